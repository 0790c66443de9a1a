"""A report framed by named parts around its numbered ones (引言 … 一、二、三、 … 结论): the named
parts are level-1 headings beside the numbered ones, and the closing is the first paragraph under
结论, not the signature under it. Every text is written for the test (places and people made
up)."""

from __future__ import annotations

from tests.corpus.framed_report import CONCLUSION, framed_report


def test_named_parts_around_numbered_parts_are_level_one():
    doc = framed_report("县政协调研组", "2025年6月10日")
    tops = [(s.marker, s.heading) for s in doc.outline.sections]
    assert tops == [
        ("", "引言"),
        ("一、", "发展现状"),
        ("二、", "存在问题"),
        ("三、", "对策建议"),
        ("", "结论"),
    ]
    assert doc.outline.closing[0] == CONCLUSION  # not the signature line
