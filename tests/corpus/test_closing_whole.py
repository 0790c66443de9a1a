"""The closing convention's general turn (docs/outline.md §4): a last paragraph that bears the
three marks of a speaker leaving the last point for the whole — the listeners addressed, a
hope, call or resolve, the talk or the meeting itself spoken of — is the closing when no
formula opened one, and none of the body's marks (figures, a numbered last point, a labelled
turn of an exchange) may stand in it. Texts written for the project, not taken from
../shared; each mark has a text that lacks it and stays body."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.closing import turns_to_whole

WORK = "研发要把质量放在第一位，版本发布前要经过三轮测试，问题单要在两周内闭环。"
BODY = "培训中心要面向一线，课程按岗位设计，学员学什么由业务需要决定。"
SPEECH = (
    "在培训工作座谈会上的讲话\n\n"
    f"一、质量是生命\n\n{WORK}\n\n{BODY}\n\n二、培训要专\n\n{BODY}\n\n{WORK}\n\n"
)
# all three marks: the listeners (大家 / 你们), a hope or resolve, the meeting or the talk
TURNS = [
    # the meeting judged, the talk said, then a long hope whose last sentence hopes nothing
    "今天的座谈很有收获。我要说的都说过了。希望大家把这些意见带回去研究一下。好的做法要坚持，"
    "错的地方要改掉。每个人都要担起这份责任，把开放的风气一直保持下去。这是我的心里话。",
    # the listeners told what they must do, among the matter's own details (a colon), ending
    # on a hope in a paragraph too long for the short-hope rule
    "你们一定不能守着老办法不变。今天的基础是好的，不是推倒重来，而是一边走一边改。学院要有个"
    "好名字，也要有校训：说明办学的宗旨。名字你们自己取，要响亮。校训要短，要好记。希望你们把"
    "这股朝气长期保持下去，新的做法要在学院里扎下根来。",
]


def _closing(ending: str) -> list[str]:
    return parse_text(SPEECH + ending + "\n").outline.closing


@pytest.mark.parametrize("last", TURNS)
def test_the_turn_to_the_whole_closes(last: str) -> None:
    assert turns_to_whole(last)
    assert _closing(f"{BODY}\n\n{last}") == [last]


@pytest.mark.parametrize(
    "last",
    [
        # two marks of three: no word of the talk or the meeting
        "大家不能守着老办法不变，开放的风气要一直保持，努力做到一边走一边改。",
        # no listeners: the matter's own resolve
        "今天的课程体系一定要按岗位重新设计，不是推倒重来，而是一边走一边改。",
        # figures: the body's matter
        "今天大家要把第三季度的12项任务抓紧落实，希望年底前全部完成。",
    ],
)
def test_without_all_three_marks_or_with_the_bodys_it_is_body(last: str) -> None:
    assert not turns_to_whole(last)
    assert _closing(f"{BODY}\n\n{last}") == []


def test_a_labelled_turn_of_an_exchange_answers_a_question() -> None:
    assert not turns_to_whole("答：今天大家问到的课程问题，我们一定要努力按岗位来设计。")


def test_a_numbered_last_point_is_body_whatever_it_says() -> None:
    last = "（三）今天大家一定要把这次会议的部署带回去，希望你们抓紧落实。"
    assert not turns_to_whole(last)
    assert not turns_to_whole("最后一点，希望大家把今天会议的精神带回去。")


def test_the_only_text_of_the_last_part_is_that_parts() -> None:
    """Right under a last heading standing alone, the paragraph is the part's own text."""
    last = TURNS[0]
    assert _closing(f"三、开放办学\n\n{last}") == []
