"""Issue 8 point 8 on hard-wrapped laws: a line may break inside the number of a
cross-reference (…除本条例第十 / 二条规定的…). No line starts with a bare number and its
counter (二条 / 三款), so the two lines are one. Own sentences; the class was found on
../shared/corpus/scale/laws (a 商丘 regulation, /work/notes/f-legal.md)."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.reflow import should_join

BODY = "为了保护饮用水水源，保障饮用水安全，根据有关法律法规，结合本市实际，制定本条例。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_line_broken_inside_an_article_number_is_rejoined(gap):
    text = (
        f"饮用水水源保护条例{gap}第一条　{BODY}{gap}"
        f"第二条　在一级保护区内，除本条例第十{gap}二条规定的禁止行为以外，还禁止下列行为："
        f"{gap}第三条　本条例自公布之日起施行。"
    )
    paragraphs = [p.text for p in parse_text(text).paragraphs()]
    assert (
        "第二条　在一级保护区内，除本条例第十二条规定的禁止行为以外，还禁止下列行为：" in paragraphs
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("依照本法第", "三十五条的规定处理。"),
        ("违反本条例第二十", "条第一款规定的"),
        ("依照第十二条第", "二款规定"),
    ],
)
def test_an_open_ordinal_goes_on_with_its_counter(a, b):
    assert should_join("违反规定的，" + a, b, gap=True, width=None)


@pytest.mark.parametrize(
    ("a", "b"),
    [("本章规定的第", "二、工作任务"), ("坚持人民第一", "二是加强党的建设")],
)
def test_a_number_that_opens_a_heading_is_not_taken_for_the_rest_of_an_ordinal(a, b):
    assert not should_join(a, b, gap=True, width=None)
