"""Each roadmap sentence carries the reader that found it (Roadmap.rule), and the transitions ask
that rule instead of reading the sentence again (session 46, fr7).

A count of the parts ending a lead (重点从三个方面实现突破。), a lead's pointer ahead (今年要重点
做好以下几方面工作。 / 主要做了以下工作。) and a section's last sentence pointing at the sections
after it are roadmaps that carry the report on to its parts, so they stay transitions too, as
the bookends gold marks them; a sentence that speaks about the talk (下面，我讲三点意见。) is the
roadmap alone. Before the rule was carried, the transitions re-derived "a counted statement with no verb of talk" from the text, which let
through 以下几方面工作。 but held back 以下工作。 (no count) though the gold marks both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus.load import load_document, parse_text
from drafter.study.analyze import analyze
from drafter.study.model import COUNTED_STATEMENT, LEAD_POINTER, ROADMAP_RULES, SECTION_END


def _report(lead: str) -> str:
    """A short report whose tasks section opens with ``lead`` over three numbered sub-sections."""
    return (
        "政府工作报告\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
        "一、过去一年工作回顾\n\n一年来，全市经济平稳运行，城乡居民收入稳步增长。\n\n"
        "二、今年的主要任务\n\n"
        f"今年的目标是增长百分之五。{lead}\n\n"
        "（一）稳住工业\n\n工业是全市经济的基础，要稳住存量，扩大增量。\n\n"
        "（二）扩大消费\n\n消费是增长的主动力，要办好各类促消费活动。\n\n"
        "（三）办好民生实事\n\n要把群众最关心的事一件一件办好。\n\n"
        "各位代表！让我们团结一心，为完成全年目标任务而努力奋斗！\n"
    )


@pytest.mark.parametrize(
    "lead, rule, transition",
    [
        ("今年重点从三个方面实现突破。", COUNTED_STATEMENT, True),
        ("今年要重点做好以下几方面工作。", LEAD_POINTER, True),
        ("今年要重点做好以下工作。", LEAD_POINTER, True),  # no count: held back before
        ("下面，我讲三点意见。", "lead", False),
    ],
)
def test_rule_carried_and_transitions_follow_it(lead, rule, transition):
    study = analyze(parse_text(_report(lead), "report.txt"))
    found = [r for r in study.roadmap if lead in r.text]
    assert len(found) == 1, [r.text for r in study.roadmap]
    assert found[0].rule == rule
    assert len(found[0].sections) == 3
    assert (lead in [t.text for t in study.transitions]) is transition


def test_every_roadmap_names_a_known_rule():
    texts = [_report("今年重点从三个方面实现突破。"), _report("下面，我讲三点意见。")]
    texts.append(
        "在座谈会上的讲话\n\n同志们：\n\n今天听了大家的发言。我体会最深的是两点。\n\n"
        "第一，要多学习。学习是立身之本。\n\n第二，要多实践。到基层去。\n\n同志们，不负韶华！\n"
    )
    rules = []
    for text in texts:
        rules += [r.rule for r in analyze(parse_text(text, "t.txt")).roadmap]
    assert rules and set(rules) <= set(ROADMAP_RULES)
    assert COUNTED_STATEMENT in rules and "lead" in rules


SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (the real texts) is absent")
def test_a_section_ends_pointer_stays_a_transition():
    # a leaf section's last sentence pointing at the sections after it (rule "section end"):
    # a transition before the rule was carried (it reads as a counted statement), and still
    doc = load_document(SHARED / "corpus" / "structure" / "gwr_national_2003.txt")
    study = analyze(doc)
    words = "我们的主要工作体会有以下几个方面"
    assert any(words in r.text and r.rule == SECTION_END for r in study.roadmap)
    assert any(words in t.text for t in study.transitions)
