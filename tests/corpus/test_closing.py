"""Closings found by how a speech ends (drafter.corpus.closing), each cue with a text it
must find and one it must leave alone (written for the project, not taken from ../shared)."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.closing import closing_by_cue

BODY = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好各项工作的落实。"
HEAD = "安全生产工作会议上的讲话\n\n同志们：\n\n今天召开会议，安排部署安全生产工作。\n\n"
PARTS = f"一、提高认识\n\n{BODY}\n\n{BODY}\n\n二、压实责任\n\n{BODY}\n\n{BODY}\n\n"


@pytest.mark.parametrize(
    "ending, first",
    [
        ("我的讲话完了，谢谢大家！", "我的讲话完了，谢谢大家！"),
        (f"{BODY}今天就说到这里，谢谢大家！", f"{BODY}今天就说到这里，谢谢大家！"),
        ("让我们紧密团结起来，奋力开创全县安全生产工作新局面！", "让我们"),
        ("最后，祝大家新春愉快、工作顺利！", "最后，祝大家"),
        ("预祝这次会议圆满成功！", "预祝"),
        ("我的讲演至此为止。希望同志们研究讨论。", "我的讲演至此为止"),
        ("一共讲了三点。这三点归结起来，就是要把安全放在首位。", "一共讲了三点"),
        ("全县人民大团结万岁！\n\n安全发展万岁！", "全县人民大团结万岁！"),
        (f"{BODY}（热烈鼓掌）", BODY),
        ("任总：谢谢大家这二百多天的努力，希望有机会再相见。", "任总：谢谢大家"),
        ("以上是我的一些看法，是否有当，希望读者不吝指教。", "以上是我的一些看法"),
        # a last paragraph that turns to the audience with a hope: the closing the study
        # labels 提出希望式 is the outline's closing too (one decision, drafter.corpus.closing)
        ("希望大家认真抓好落实。", "希望大家"),
    ],
)
def test_closing_found_by_how_the_speech_ends(ending: str, first: str) -> None:
    doc = parse_text(HEAD + PARTS + ending + "\n")
    assert doc.outline.closing, "no closing found"
    assert doc.outline.closing[0].startswith(first)
    # the last part keeps its own paragraphs
    assert doc.outline.sections[-1].paragraphs


@pytest.mark.parametrize(
    "ending",
    [
        BODY,  # a speech that just stops has no closing to show
        "让我们来看一组数据：全县去年共发生事故十二起，比上年下降百分之二十。\n\n"
        + BODY * 2
        + "\n\n"
        + BODY
        + "\n\n"
        + BODY,  # 让我们 far from the end is body
        "他说：“谢谢大家的关心”，然后继续工作，一干就是三十年，从来没有叫过苦。",
    ],
)
def test_no_closing_without_a_cue_at_the_end(ending: str) -> None:
    doc = parse_text(HEAD + PARTS + ending + "\n")
    assert doc.outline.closing == []


def test_window_and_start() -> None:
    texts = ["让我们开始。", BODY, BODY, BODY, BODY]
    assert closing_by_cue(texts, 0) is None  # the cue is not among the last paragraphs
    assert closing_by_cue([BODY, "谢谢大家！"], 1) == 1
    assert closing_by_cue([BODY, "谢谢大家！"], 2) is None  # nothing at or after start


def test_thanks_to_the_audience_opening_the_last_paragraph() -> None:
    thanks = "再次谢谢你们这些年的努力，希望大家回家好好休息，过一个愉快的春节。"
    assert closing_by_cue([BODY, BODY, BODY, thanks], 1) == 3
    # thanks to a third party inside the body are no closing
    assert closing_by_cue([BODY, BODY, "我们感谢合作伙伴的支持，" + BODY], 1) is None


def test_the_meetings_success_celebrated_in_the_last_words() -> None:
    last = "各位代表远道而来，我很高兴地庆祝这个盛会，庆祝这个盛会的成功。"
    assert closing_by_cue([BODY, BODY, last], 1) == 2
    assert closing_by_cue([BODY, BODY, "我们庆祝了抗战的胜利，" + BODY], 1) is None
