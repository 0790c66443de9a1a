"""What a trainee saw wrong at a glance on real 范文 (helper st52's walk, issue 11), each fault
by its general cause, with an own fixture and the real text it was seen on (read from
../shared at run time, skipped when absent):

* an opening whose roadmap announces a first part before the first heading (我现在…讲几点意见。
  then an unnumbered first point, then 第二点：… as headings; mao 5-059) ran to that heading: the
  first point was read as opening (its 形势 a part of it) and was in no row of the map;
  the map now gives it a row under the roadmap's words for it;
* a roadmap standing in its own section's first paragraph that lists that section first (论持久战:
  能动性在战争中 over …我们将依次说明下列的问题：能动性在战争中，战争和政治，…) labelled its
  first part by the next paragraph's words, （六○）我们反对主观地看问题, not by its heading;
* a short heading that names several items (防御中的进攻，持久中的速决，内线中的外线) labelled its
  part by its first clause alone (防御中的进攻);
* opening parts the speaker gives about the talk itself (我现在想讲的是：…, 作为公司总裁在…讲话,
  现在咱们开始开会, 你们也可以插话, 刚才凯丰同志讲了…) were read as no part (study gold b4);
* a closing that restates the thesis (让我再说一遍：, mao 4-035) or says the cause will win
  (相信我们的事业一定会胜利, ren 19940605) had no type (未归类).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import parse_text
from drafter.corpus.load import load_document
from drafter.study.analyze import analyze
from drafter.study.bookends import CLOSING_RULES, OPENING_RULES, find_closing, opening_paragraphs
from drafter.study.layout import layout
from drafter.study.roadmap import find_roadmap
from drafter.study.stats import structure_rows

SPEECHES = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "speeches"

FIRST_POINT_UNNUMBERED = """在宣传工作会议上的讲话

同志们！这次会议开得很好。我现在就同志们讨论的问题讲几点意见。

我们现在处在一个社会大变动的时期。社会的变动带来了许多新问题，需要我们认真研究。

第二点：关于干部的情况

干部队伍总体是好的，但是还有不少问题需要解决。

第三点：干部的学习问题

干部要加强学习，不断提高自己的水平。

第四点：关于作风

作风问题要常抓不懈。
"""

LISTED_FROM_ITS_OWN_SECTION = """论工作方法

问题的提起

工作的方法问题，是大家关心的问题。

调查研究

以上说的是问题从哪里来。下面要说怎样做。为了这个，我们将依次说明下列的问题：调查研究，依靠群众，抓住重点，总结经验。

调查研究是一切工作的起点，没有调查就没有发言权。

依靠群众

群众是真正的英雄，工作要依靠群众。

抓住重点

工作要抓住重点，不能眉毛胡子一把抓。

总结经验

每做完一件事，都要总结经验。
"""


def _real(name: str) -> Path:
    path = SPEECHES / name
    if not path.is_file():
        pytest.skip(f"{path} is absent (../shared holds the real texts)")
    return path


def test_opening_ends_where_its_roadmap_starts_the_first_part():
    study = analyze(parse_text(FIRST_POINT_UNNUMBERED, "t.txt"))
    assert study.opening.paragraphs == [0]
    assert [p.kind for p in study.opening.parts] == ["肯定成绩", "过渡"]
    rows = structure_rows(study)
    assert [(r.part, r.label) for r in rows][:2] == [
        ("opening", "〔开头〕肯定成绩式"),
        ("lead-in", "〔正文〕我们现在处在一个社会大变动的时期"),
    ]
    assert sum(r.chars for r in rows if r.level <= 1) == study.total_chars


def test_real_first_point_before_the_headings_is_no_opening():
    lay = layout(load_document(_real("mao/第五卷_059 在中国共产党全国宣传工作会议上的讲话.md")))
    assert opening_paragraphs(lay) == [0]  # 各位同志！…讲几点意见。 — not 我们现在是处在…


def test_a_part_that_is_the_rest_of_the_roadmaps_own_section_is_labelled_by_its_heading():
    lay = layout(parse_text(LISTED_FROM_ITS_OWN_SECTION, "t.txt"))
    (road,) = find_roadmap(lay)
    assert road.labels == ["调查研究", "依靠群众", "抓住重点", "总结经验"]
    assert not lay.paragraphs[road.sections[0]].is_heading  # still linked where the part runs


def test_real_first_listed_part_of_lun_chijiuzhan_reads_its_heading():
    lay = layout(load_document(_real("mao/第二卷_009 论持久战.md")))
    road = next(r for r in find_roadmap(lay) if "依次说明下列的问题" in r.text)
    assert road.labels[:2] == ["能动性在战争中", "战争和政治"]


def _kind(rules, sentence: str) -> str | None:
    return next((name for name, rx in rules if rx.search(sentence)), None)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("我现在想讲的是：形式主义怎样成为官僚主义的表现形式。", "交代事由"),
        ("今天我不代表理事会，是作为单位负责人在年度会议上讲话。", "交代事由"),
        ("现在咱们开始开会，听听大家的想法。", "交代事由"),
        ("下面我一边说，你们也可以一边插话，也可以提问。", "交代事由"),
        ("刚才王强同志介绍了这项工作的情况。", "交代事由"),
        # not the speaker's account of the talk
        ("刚才几位同志都讲得很好。", None),
        ("他作为代表参加了会议。", None),
    ],
)
def test_opening_parts_about_the_talk_itself(sentence, kind):
    assert _kind(OPENING_RULES, sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("让我再说一遍：", "总结"),
        ("相信我们的事业一定会胜利，一定能胜利。", "号召"),
        ("我不相信这件事一定是他做的。", None),
    ],
)
def test_closing_restatement_and_confidence(sentence, kind):
    assert _kind(CLOSING_RULES, sentence) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("mao/第四卷_035 在晋绥干部会议上的讲话.md", "总结强调式"),
        ("ren/19940605_胜利祝酒辞.md", "号召激励式"),
    ],
)
def test_real_closings_have_a_type(name, kind):
    assert find_closing(layout(load_document(_real(name)))).type == kind


def test_a_short_heading_naming_several_items_is_its_parts_label_whole():
    text = LISTED_FROM_ITS_OWN_SECTION.replace("\n抓住重点\n", "\n抓住重点，突出关键，以点带面\n")
    (road,) = find_roadmap(layout(parse_text(text, "t.txt")))
    assert road.labels[2] == "抓住重点，突出关键，以点带面"  # not 抓住重点，突出关键's first clause


def test_real_headings_of_several_items_read_whole():
    lay = layout(load_document(_real("mao/第二卷_009 论持久战.md")))
    road = next(r for r in find_roadmap(lay) if "依次说明下列的问题" in r.text)
    assert "防御中的进攻，持久中的速决，内线中的外线" in road.labels
    assert "主动性，灵活性，计划性" in road.labels
