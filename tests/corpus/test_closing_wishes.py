"""Two starts of a modern speech's closing (issue 8, "closing found"): last lines that only
wish or thank leave the closing to the call just above them (drafter/corpus/closing/wishes.py),
and a paragraph that names the talk's short parts together starts it
(drafter/corpus/closing/names_items.py). Texts written for the project."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.closing.names_items import names_the_parts, part_names
from drafter.corpus.closing.wishes import call_above_wishes, wishes_only

TITLE = "在全县新春团拜会上的讲话\n\n"
BODY = [
    "过去的一年，全县上下顶住压力，经济运行稳中有进，重点项目建设加快推进，民生实事全部办结，"
    "城乡面貌发生了新的变化，群众的获得感不断增强。",
    "新的一年，我们将坚持稳中求进，抓产业、扩投资、惠民生，全力推进县城扩容提质，"
    "持续办好民生实事，让发展成果更多更公平地惠及全县人民。",
    "我们深知，群众的每一个期盼，都是我们努力的方向；群众的每一声抱怨，都是我们改进的动力。",
]
CALL = "新的一年，让我们携起手来，只争朝夕、勇毅前行，共同书写高质量发展的崭新篇章！"
REQUEST = (
    "县委将一如既往做好服务保障工作。也恳请各位老领导一如既往关心家乡、支持家乡，多提宝贵意见。"
)
WISHES = "最后，祝大家新年快乐，身体健康，阖家幸福，万事如意！"


@pytest.mark.parametrize(
    "text, only",
    [
        (WISHES, True),
        ("谢谢大家！", True),
        ("各位老领导、老同志，新春将至，万象更新。最后，祝大家新春愉快、身体健康！", True),
        ("最后，祝大家在2027年工作顺利！", False),  # figures: the body's
        ("最后，我再讲一点意见，请大家认真抓好落实。", False),  # no wish, no thanks
        (CALL, False),  # a call, not a formula of wishes
    ],
)
def test_a_line_of_wishes_or_thanks(text: str, only: bool) -> None:
    assert wishes_only(text) is only


@pytest.mark.parametrize("above", [CALL, REQUEST])
def test_the_call_above_the_wishes_starts_the_closing(above: str) -> None:
    doc = parse_text(TITLE + "\n\n".join([*BODY, above, WISHES, "谢谢大家！"]) + "\n")
    assert doc.outline.closing == [above, WISHES, "谢谢大家！"]


def test_a_dateline_under_the_wishes_does_not_hide_the_call() -> None:
    doc = parse_text(TITLE + "\n\n".join([*BODY, CALL, WISHES, "2026年12月31日"]) + "\n")
    assert doc.outline.closing[:2] == [CALL, WISHES]


def test_a_paragraph_of_the_subject_above_the_wishes_stays_in_the_body() -> None:
    """The body's last paragraph (our own resolve, nothing asked of the room) above the wishes:
    the closing is the wishes alone."""
    doc = parse_text(TITLE + "\n\n".join([*BODY, WISHES]) + "\n")
    assert doc.outline.closing == [WISHES]


def test_wishes_with_more_than_wishes_below_or_above_the_first_text_change_nothing() -> None:
    texts = [*BODY, CALL, WISHES]
    assert call_above_wishes(texts, 4, 1) == 3
    # a paragraph of the subject under the wishes: they are not the text's last words
    assert call_above_wishes([*texts, BODY[0]], 4, 1) == 4
    # the call is the last part's first text (lo past it): the part's, not the closing's
    assert call_above_wishes(texts, 4, 4) == 4
    assert call_above_wishes(texts, None, 1) is None


# a talk whose parts carry short names, said again together where the speaker turns to the room
GIFTS = (
    "在新生开学典礼上的讲话\n\n"
    "同学们，今天我给大家送三件礼物，希望对你们的成长有所帮助。\n\n"
    "礼物一：一把尺子\n\n"
    "这把尺子，量的是规矩。做人做事都要守规矩，心中有尺，行为才有度，学习才能踏实。\n\n"
    "礼物二：一双草鞋\n\n"
    "这双草鞋，走的是实路。求学没有捷径，只有一步一个脚印，才能走得稳、走得远。\n\n"
    "礼物三：一盏灯\n\n"
    "这盏灯，照的是前方。无论走多远，心里都要亮着一盏灯，记得自己从哪里出发。\n\n"
    "人生的路很长，有起有伏，只有守住本心，才能行稳致远。\n\n"
    "同学们，一把尺子、一双草鞋、一盏灯，送给大家，希望对你们有所帮助。"
    "县里今年安排专项资金3200万元，用于学校新建实验楼和改造学生宿舍，明年秋季就能投入使用。\n\n"
    "老师们，希望大家继续以爱育人、以德立身，做学生成长路上的引路人。\n\n"
    "同学们，青春正好，未来可期。愿你们带着梦想出发，带着收获远航！\n\n"
    "谢谢大家！\n"
)


def test_a_closing_that_names_the_parts_together_starts_there() -> None:
    closing = parse_text(GIFTS).outline.closing
    assert closing[0].startswith("同学们，一把尺子、一双草鞋、一盏灯")
    assert len(closing) == 4


@pytest.mark.parametrize(
    "text, names",
    [
        ("同学们，一把尺子、一双草鞋、一盏灯，送给大家。", True),
        ("一把尺子和一双草鞋，都是我当年的宝贝。", True),
        ("这盏灯，照的是前方，也照着一把尺子。", False),  # one of three: still a part's own
        ("这些年我一直记着老师的话。送给大家的是一把尺子、一双草鞋。", False),  # 2nd sentence
    ],
)
def test_naming_the_parts(text: str, names: bool) -> None:
    assert names_the_parts(text, ["一把尺子", "一双草鞋", "一盏灯"]) is names


def test_only_short_headings_are_names() -> None:
    assert part_names(["一把尺子", "坚持以人民为中心的发展思想，扎实推进共同富裕", "一盏灯"]) == [
        "一把尺子",
        "一盏灯",
    ]
