"""Paragraphs counted after a lead phrase (drafter/corpus/led_ordinals.py): X的第一个Y是：…,
X的第二个Y是：… as a speech's skeleton, and ordinal labels (第一条：, 第二点：) that are no
speaker's turns (group_score.TURN). Own minimal fixtures; the real case is mao 3-007, whose
counts the 680-text dump shows."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.candidates import Candidate
from drafter.corpus.led_ordinals import led_runs
from drafter.corpus.turns import is_dialogue

OPENING = "同志们：今天这个会，主要讲一讲形式主义的问题。形式主义的表现很多，我归纳为四条。"
HEADS = [
    "文山会海，疲于应付",
    "重留痕轻实效，只看材料",
    "调研走过场，蜻蜓点水",
    "表态调门高，落实少",
]
BODY = "有的单位会议一个接一个，文件一份接一份，基层干部整天忙于应付，没有时间抓落实。"
NUMS = "一二三四五六"
QUOTED = [
    "第一条：“文章要短，话要少。”这是说不要空话连篇，写文章要删去可有可无的字句。",
    "第二条：“言之有物。”这是说要讲实在的东西，不讲空洞的道理，不说正确的废话。",
    "第三条：“看对象说话。”这是说心中要有群众，讲给谁听就用谁听得懂的话来讲。",
    "第四条：“不要套话。”这是说要用自己的语言，把自己想清楚的道理明明白白讲出来。",
]
CLOSING = "同志们，作风建设永远在路上，让我们以更加务实的作风，把各项工作落到实处！"


def _text(openings: list[str], tail: list[str] = ()) -> str:
    out = ["在作风建设推进会上的讲话", OPENING]
    out += [f"{o}{h}。{BODY}" for o, h in zip(openings, HEADS)]
    return "\n\n".join(out + list(tail) + [CLOSING]) + "\n"


def _led(n: int, lead: str = "形式主义的", noun: str = "个表现是：") -> list[str]:
    return [f"{lead}第{NUMS[i]}{noun}" for i in range(n)]


def _heads(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.heading) for s in parse_text(text).outline.walk()]


def test_a_run_counted_after_one_lead_is_the_outline():
    assert _heads(_text(_led(4))) == [(1, h) for h in HEADS]


def test_later_items_may_drop_the_lead():
    openings = _led(3) + ["第四个表现是："]
    assert _heads(_text(openings)) == [(1, h) for h in HEADS]


def test_quoted_rules_after_the_run_neither_end_it_nor_become_headings():
    # 第一条：“…” 第二条：“…”: no speaker's turns (the text stays no dialogue), no points
    assert _heads(_text(_led(4), QUOTED)) == [(1, h) for h in HEADS]


@pytest.mark.parametrize(
    "openings",
    [
        _led(2),  # two counted sentences are prose
        ["形式主义的第一个表现是：", "形式主义的第三个表现是：", "形式主义的第四个表现是："],
        ["形式主义的第一个表现是：", "官僚主义的第二个表现是：", "享乐主义的第三个表现是："],
        _led(4, lead="这是我们的", noun="个五年计划，"),  # 是 in the lead: a predicate
        ["第一个表现是：", "形式主义的第二个表现是：", "形式主义的第三个表现是："],  # no lead first
    ],
)
def test_prose_that_counts_stays_prose(openings: list[str]):
    runs = led_runs([f"{o}{h}。{BODY}" for o, h in zip(openings, HEADS)], set())
    assert runs == []


def test_short_lines_and_taken_paragraphs_are_no_items():
    texts = [f"{o}{h}。" for o, h in zip(_led(4), HEADS)]  # no paragraph of its own text
    assert led_runs(texts, set()) == []
    texts = [f"{o}{h}。{BODY}" for o, h in zip(_led(4), HEADS)]
    assert led_runs(texts, {1}) == []
    (run,) = led_runs(texts, set())
    assert all(isinstance(c, Candidate) for c in run) and [c.ordinal for c in run] == [1, 2, 3, 4]


def test_ordinal_labels_are_no_speakers_turns():
    assert not is_dialogue(QUOTED)
    assert not is_dialogue(
        ["第一点：要学习。", "第二点：要实干。", "第三：要担当。", "其四：要廉洁。"]
    )
    assert is_dialogue(["问：怎么看？", "答：这样看。", "问：为什么？", "答：因为如此。"])


def test_a_speech_quoting_rules_here_and_there_is_no_text_of_articles():
    from drafter.corpus.articles import article_start

    law = [f"第{n}条　本办法适用于全县各级机关。" for n in "一二三四五六"]
    assert article_start(law)[0] == 0
    quoted = [f"第{n}条：“要短。”这是说不要空话。" for n in "七一二四六八"]
    assert article_start(quoted) == (None, set())


def _glued_last(third_tail: str) -> str:
    """Four counted items, the fourth run on inside the third's paragraph after its heading."""
    out = ["在作风建设推进会上的讲话", OPENING]
    out += [f"{o}{h}。{BODY}" for o, h in zip(_led(2), HEADS)]
    out.append(f"第三个表现是：{HEADS[2]}。第四个表现是：{HEADS[3]}。{third_tail}")
    return "\n\n".join([*out, CLOSING]) + "\n"


def test_an_item_run_on_inside_the_one_before_it_is_split_off():
    # the member the run lacks, after a sentence end of the last item's paragraph
    assert _heads(_glued_last(BODY)) == [(1, h) for h in HEADS]


def test_a_list_written_on_in_the_paragraph_stays_prose():
    # the item after it follows in the same paragraph: a list in prose, nothing split off
    tail = "第五个表现是：文风不正。" + BODY
    assert _heads(_glued_last(tail)) == [(1, h) for h in HEADS[:3]]


def test_mao_3_007_has_its_eight_counts():
    from pathlib import Path

    path = Path(__file__).resolve().parents[2].parent / "shared/corpus/speeches/mao"
    found = sorted(path.glob("第三卷_007*")) if path.is_dir() else []
    if not found:
        pytest.skip(f"../shared text mao 3-007 not found under {path}")
    heads = _heads(found[0].read_text(encoding="utf-8"))
    assert len(heads) == 8 and all(level == 1 for level, _ in heads)
    assert heads[-1][1].startswith("传播出去")
