"""第一、 第二、 (a 顿号 after an ordinal) is flagged, as GB/T 15834 asks for 第一，.

Walking the office head's path on a real office speech whose points run 第一，…第二、…
第三、 (and, in two earlier parts, 第一、 through 第七、), the review said nothing about the
markers: numbering.punct only knew 一. and (一). The 顿号 belongs after 一、 甲、; after a
第/首先 ordinal GB/T 15834-2011 (4.3.3) puts a comma. Measured on 676 real texts outside
the hold-out: 24 findings in 8, every one a 第X、 marker (Mao's 1950s texts, Ren's talks).
"""

from __future__ import annotations

from drafter.review import ReviewConfig, review_document
from drafter.review.text import document_from_lines


def _punct(lines):
    doc = document_from_lines(lines, date="2026-03-02")
    result = review_document(doc, ReviewConfig(only={"numbering"}))
    return [(f.text, f.suggestion) for f in result.findings if f.rule == "numbering.punct"]


def test_dun_after_an_ordinal_is_flagged_with_the_comma():
    lines = [
        "同志们：",
        "第一，希望大家提高政治站位。要讲政治。",
        "第二、希望大家提高工作标准。要高标准。",
        "第三、希望大家提高人格品德。要严律己。",
    ]
    assert _punct(lines) == [("第二、", "第二，"), ("第三、", "第三，")]


def test_comma_after_an_ordinal_and_dun_after_a_numeral_pass():
    assert _punct(["第一，提高站位。要讲政治。", "第二，突出重点。要抓落实。"]) == []
    assert _punct(["一、总体要求", "要抓好落实。", "二、重点任务", "要抓好落实。"]) == []
