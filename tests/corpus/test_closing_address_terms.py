"""One list of the terms a speaker addresses the room with (issue 8): the closing's own rules
(settle.BEGINS, HOST_SUMS_UP, the standalone SALUTATION) and the study's 称呼 in a closing know
同学们 / 青年朋友们 / 老师们、同学们 as they know 同志们 / 各位代表, from
drafter.corpus.closing.phrases.ADDRESS. Texts written for the project."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.closing import SALUTATION, closing_at_end, closing_like
from drafter.corpus.closing.settle import HOST_SUMS_UP
from drafter.study.analyze import analyze

BODY = ["今年各项工作有序推进。", "学校的课程改革取得了新进展。", "各学院的科研经费逐年增加。"]


@pytest.mark.parametrize(
    "last, closes",
    [
        ("同志们，任务艰巨，使命光荣。", True),
        ("同学们，母校永远是你们的家。", True),
        ("青年朋友们，未来属于你们。", True),
        ("各位来宾、朋友们，这里是一片投资兴业的热土。", True),
        ("老师们、同学们，新的学期就要开始了。", True),
        # a pronoun or 人们 opening the sentence addresses no one
        ("我们，作为新时代的青年，要勇于担当。", False),
        ("人们，总是在回望中前行。", False),
        ("各位代表的意见已经吸收进报告。", False),
    ],
)
def test_a_last_paragraph_opening_on_an_address_term(last: str, closes: bool) -> None:
    assert closing_like(last) is closes
    assert closing_at_end([*BODY, last], 1) == (3 if closes else None)


@pytest.mark.parametrize(
    "line, alone",
    [
        ("同学们：", True),
        ("青年朋友们！", True),
        ("老师们、同学们：", True),
        ("各位代表！", True),
        ("我们：", False),
        ("人们！", False),
        ("第一部分：", False),
    ],
)
def test_a_salutation_standing_alone(line: str, alone: bool) -> None:
    assert bool(SALUTATION.match(line)) is alone


def test_a_host_sums_up_with_any_address_term() -> None:
    assert HOST_SUMS_UP.match("朋友们，刚才几位企业家的发言很有见地。")
    assert not HOST_SUMS_UP.match("我们，刚才讨论的发言很有见地。")


def test_the_study_labels_a_closing_salutation_of_any_address_term() -> None:
    text = (
        "在青年座谈会上的讲话\n\n今天，我们在这里座谈交流。\n\n"
        "一、关于学习\n\n学习是一辈子的事情。图书馆借阅量逐年上升，课程改革取得了新进展。\n\n"
        "二、关于做人\n\n做人要踏实。校训讲的就是这个道理，历届校友也印证了这一点。\n\n"
        "青年朋友们，青春是用来奋斗的，未来属于你们。\n"
    )
    doc = parse_text(text)
    assert doc.outline.closing[0].startswith("青年朋友们，")
    parts = analyze(doc).closing.parts
    assert [(p.kind, p.text) for p in parts if p.kind == "称呼"] == [("称呼", "青年朋友们，")]
