"""Intertitles numbered after a noun (drafter/corpus/noun_ordinals.py): 锦囊一：…, 关键词一：…,
故事一, 第一课：…, …之一. Own minimal fixtures only: no text of ../shared has such a run
(mao 5-047's 序言一 / 序言二 is a named part, read by title_lines, and stays so); the blind case
is modern_blind8 u10, whose floor is in tests/modern/test_modern_blind8.py."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.noun_ordinals import is_labelled, labelled_family, labelled_runs

OPENING = "同志们：今天我们在这里召开会议，我想围绕今年的工作讲几点想法，和大家交流。"
BODY = [
    "这一条说的是学习。学习不是一时的事，而是一辈子的事，要持之以恒、久久为功。",
    "这一条说的是实干。空谈误国，实干兴邦，干部要把精力放在抓落实上，一件一件干。",
    "这一条说的是担当。遇到矛盾不回避，碰到难题不推诿，关键时刻站得出来、顶得上去。",
]
CLOSING = "同志们，让我们携起手来，把今年的各项工作做得更好！"


def _text(lines: list[str]) -> str:
    out = ["在全县干部大会上的讲话", OPENING]
    for line, body in zip(lines, BODY):
        out += [line, body]
    return "\n\n".join(out + [CLOSING]) + "\n"


def _heads(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.marker + s.heading) for s in parse_text(text).outline.walk()]


@pytest.mark.parametrize(
    "lines",
    [
        ["关键词一：学习", "关键词二：实干", "关键词三：担当"],
        ["故事一", "故事二", "故事三"],
        ["第一课：学会学习", "第二课：学会实干", "第三课：学会担当"],
        ["基层随笔之一", "基层随笔之二", "基层随笔之三"],
        ["专题1 学习", "专题2 实干", "专题3 担当"],
    ],
)
def test_a_run_of_lines_numbered_after_one_noun_is_the_outline(lines: list[str]):
    assert _heads(_text(lines)) == [(1, line.replace(" ", "")) for line in lines]


def test_the_marker_is_the_noun_and_its_number_the_heading_the_title():
    doc = parse_text(_text(["关键词一：学习", "关键词二：实干", "关键词三：担当"]))
    first = doc.outline.sections[0]
    assert (first.marker, first.heading) == ("关键词一：", "学习")


@pytest.mark.parametrize(
    "lines",
    [
        ["关键词一：学习", "关键词三：实干", "关键词四：担当"],  # a number skipped
        ["关键词二：学习", "关键词三：实干", "关键词四：担当"],  # not from the first
        ["图1 学习", "图2 实干", "图3 担当"],  # captions
        ["关键词一：学习", "故事二：实干", "案例三：担当"],  # no noun shared
    ],
)
def test_no_run_without_one_noun_numbered_in_turn(lines: list[str]):
    texts = [OPENING] + [t for pair in zip(lines, BODY) for t in pair] + [CLOSING]
    assert labelled_runs(texts, set()) == []


def test_lines_back_to_back_are_a_list_not_parts():
    texts = [OPENING, "案例一：学习", "案例二：实干", "案例三：担当", BODY[0], CLOSING]
    assert labelled_runs(texts, set()) == []


def test_one_family_per_noun():
    assert is_labelled(labelled_family("锦囊"))
    assert labelled_family("锦囊") != labelled_family("案例")
    assert not is_labelled("cn") and not is_labelled("h1")
