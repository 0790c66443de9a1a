"""A talk that numbers nothing but moves on out loud (现在我来讲一讲主观主义。 as a line of its
own) has those turns for its parts (drafter/corpus/spoken_turns.py), when it announced their
topics or opens on its first turn; a point numbered 第一， whose paragraph counts its own
首先…其次… is still a point (drafter/corpus/markers.py). Our own sentences; the two real texts
the rules were written for (mao 3-006, 1-008) are development gold (tests/gold/dev48_*)."""

from __future__ import annotations

import pytest

from drafter.corpus.markers import DI, ordinal_marker_in
from tests.corpus.conftest import levelled

_HEAD = "在全县干部大会上的讲话\n\n（2021年3月5日）\n\n"
_P = "这个问题在一些单位还相当突出，群众有意见，工作受影响，必须下决心认真加以解决，不能拖。"
_ROADMAP = "今天我讲两个问题：一是作风建设，二是队伍建设。这两件事都很要紧，大家要听进去。"
_CLOSE = "总之，希望同志们振奋精神，把今年的各项工作做得更好。"


def _talk(*paras: str) -> str:
    return _HEAD + "\n\n".join(paras) + "\n"


def _top(text: str) -> list[str]:
    return [h for level, h in levelled(text) if level == 1]


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # the opening names both topics: the turns are the parts
        (
            [
                "同志们：",
                _ROADMAP,
                _P,
                "现在我来讲一讲作风建设。",
                _P,
                _P,
                "下面谈谈队伍建设的问题。",
            ]
            + [_P, _P, _CLOSE],
            ["现在我来讲一讲作风建设", "下面谈谈队伍建设的问题"],
        ),
        # no roadmap, but the talk opens on its first turn and the turns run through it
        (
            ["同志们：", "我先讲一讲作风建设。", _P, _P, "再讲讲队伍建设。", _P, _P, _CLOSE],
            ["我先讲一讲作风建设", "再讲讲队伍建设"],
        ),
        # turns that start late with no roadmap naming them: no skeleton
        (
            ["同志们：", _P, _P, _P, "现在我来讲一讲作风建设。", _P, "再讲讲队伍建设。", _P],
            [],
        ),
        # a turn typed onto the end of the paragraph before it, its sibling said the same way
        # standing alone: split off, both turns the parts
        (
            [
                "同志们：",
                _ROADMAP,
                "现在我来讲一讲作风建设。",
                _P,
                _P,
                "关于作风建设，今天讲的就是这些。现在我来讲一讲队伍建设的问题。",
                _P,
                _P,
                _CLOSE,
            ],
            ["现在我来讲一讲作风建设", "现在我来讲一讲队伍建设的问题"],
        ),
        # the same last sentence said otherwise than the turn alone: the paragraph's own end
        (
            [
                "同志们：",
                _ROADMAP,
                "现在我来讲一讲作风建设。",
                _P,
                _P,
                "关于作风建设，今天讲的就是这些。下面谈谈队伍建设的问题。",
                _P,
                _P,
                _CLOSE,
            ],
            [],
        ),
        # a turn run into its paragraph is prose, and one line alone is no series
        (
            ["同志们：", _ROADMAP, "现在我来讲一讲作风建设。", _P, "再讲讲队伍建设，" + _P, _P],
            [],
        ),
    ],
)
def test_spoken_turns(paras: list[str], expected: list[str]) -> None:
    assert _top(_talk(*paras)) == expected


def test_a_dialogue_keeps_its_turns_as_answers() -> None:
    # (the same lines outside a dialogue would be taken: the talk opens on its first turn)
    text = _talk(
        *["问：" + _P, "答：" + _P, "我先讲一讲作风建设。", _P, "问：" + _P, "答：" + _P],
        *["再讲讲队伍建设。", _P, "问：" + _P, "答：" + _P],
    )
    assert _top(text) == []


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # 首先 opens the point's own list: its 其次 is not the next point
        ("第一，要抓组织。首先是各级领导要过问；其次，要推动群众团体。", False),
        # 其次 with no 首先 before it is the paragraph's second point: an enumeration in prose
        ("第一，要抓组织，各级领导要过问；其次，要推动群众团体。", True),
        ("第一，要抓组织；第二，要推动群众团体。", True),
    ],
)
def test_an_inner_list_opened_by_shouxian(text: str, inside: bool) -> None:
    assert ordinal_marker_in(text, DI, 2) is inside


_ARMY = "首先看驻军的情况。" + _P
_PARTY = "其次看党务的情况。" + _P


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        # halves opened by 首先看… / 其次看… run in, each over a stretch of paragraphs
        (
            ["同志们：", _P, _ARMY, _P, _P, _PARTY, _P, _P, _CLOSE],
            ["首先看驻军的情况", "其次看党务的情况"],
        ),
        # one paragraph each: points inside a part, not its halves
        (["同志们：", _P, _ARMY, _PARTY, _P, _P, _CLOSE], []),
        # the verbs differ: no one series
        (["同志们：", _P, _ARMY, _P, _P, "其次说党务的情况。" + _P, _P, _P, _CLOSE], []),
        # 其次 before 首先: no series from the first
        (["同志们：", _P, _PARTY, _P, _P, _ARMY, _P, _P, _CLOSE], []),
    ],
)
def test_halves_opened_by_sequence_words(paras: list[str], expected: list[str]) -> None:
    assert _top(_talk(*paras)) == expected
