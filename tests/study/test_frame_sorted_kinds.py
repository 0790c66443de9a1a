"""A whole sorted into its kinds (知识分子有两种, 干部分为三种): a bare count of kinds after a
verb of having or dividing is kept without weighing and named with its subject
(drafter/study/frames/refused_counts.py ``_classed``), on sentences written for these tests."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.frames import find_frames
from drafter.study.layout import layout


def _found(text: str) -> dict[str, list[str]]:
    return {f.phrase: f.items for f in find_frames(layout(parse_text(text, "t.txt")))}


def test_a_subject_sorted_into_kinds_is_a_frame():
    text = "去年的会议开得很好。所以读者有两种，越是老读者越爱提意见，新读者还在观望。\n"
    assert "读者有两种" in _found(text)  # 所以 opens the clause: no part of the subject


def test_a_subject_divided_into_kinds_is_a_frame():
    text = "我们的干部分为三种，占三成的是后备队，中间的是骨干，最后面的要调整岗位。\n"
    assert "干部分为三种" in _found(text)


def test_many_kinds_are_a_tally_not_a_sorting():
    text = "基本上消灭的危害牲畜最严重的病疫有八种，其中的牛瘟已经基本消灭。\n"
    assert not any(p.endswith("八种") for p in _found(text))


def test_no_subject_no_frame():
    text = "他说这么有两种，我也不知道对不对。\n"
    assert not any(p.endswith("两种") for p in _found(text))
