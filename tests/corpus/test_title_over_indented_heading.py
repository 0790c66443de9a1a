"""A title typed flush, then a short line indented as the body's paragraphs are and a
paragraph under it indented the same: the short line is the text's first heading, not the
title's second line (drafter/corpus/metadata.py, ``_indented_under_flush_title``). The real
case, ren 19940621 pasted into Word or scraped off a site, is scored by
bench/format_robustness.py (docx_pasted, txt_scraped). Own text."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text

_BODY = "这几年全县农村电话发展很快，用户成倍增加，但也暴露出不少问题，需要认真研究解决。"


def _doc(second: str, body_indent: str = "　　"):
    lines = ["关于全县农村通信发展的几点看法", "", second, "", body_indent + _BODY, ""]
    for head in ("农村通信的主要问题", "下一步的建议"):
        lines += [body_indent + head, "", body_indent + _BODY, "", body_indent + _BODY, ""]
    return parse_text("\n".join(lines), "x.txt")


@pytest.mark.parametrize(
    ("second", "title", "first_heading"),
    [
        # indented like the paragraphs, under a flush title: the first heading
        ("　　农村通信的现状", "关于全县农村通信发展的几点看法", "农村通信的现状"),
        # flush like the title: its second line
        ("农村通信的现状", "关于全县农村通信发展的几点看法农村通信的现状", "农村通信的主要问题"),
        # centred with spaces, further in than a paragraph: still the title's
        (
            "　　　　　　农村通信的现状",
            "关于全县农村通信发展的几点看法农村通信的现状",
            "农村通信的主要问题",
        ),
    ],
)
def test_an_indented_line_under_a_flush_title(second: str, title: str, first_heading: str) -> None:
    doc = _doc(second)
    assert (doc.metadata.title or "").replace(" ", "") == title
    assert doc.outline.sections[0].heading == first_heading
