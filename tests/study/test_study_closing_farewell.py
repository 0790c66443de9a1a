"""The study's closing inside the last paragraph: a farewell sentence run into the last point.
Texts written for the project, not taken from ../shared."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.study.analyze import analyze

WORK = "研发要把质量放在第一位，版本发布前要经过三轮测试，问题单要在两周内闭环。"
TEXT = f"在研讨会上的致辞\n\n一、质量\n\n{WORK}\n\n二、规模\n\n{WORK}\n\n"


def test_a_farewell_sentence_ending_the_last_paragraph_is_the_closing() -> None:
    last = f"{WORK}我们正在尽力进步中，十分真诚地欢迎您们再次光临指导。"
    study = analyze(parse_text(TEXT + last + "\n"))
    assert study.closing.text == "我们正在尽力进步中，十分真诚地欢迎您们再次光临指导。"
    assert study.closing.type == "致谢式"


def test_a_last_paragraph_of_work_alone_has_no_closing() -> None:
    study = analyze(parse_text(TEXT + WORK + WORK + "\n"))
    assert study.closing.text == ""
