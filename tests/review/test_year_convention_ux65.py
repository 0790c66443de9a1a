"""A target year written in Chinese numerals on purpose is no slip of number.year_style.

The 2026 government work reports of 广东 and 湖南, written in Arabic figures, were told
their 二〇三五 was written the other way (全文年份多用阿拉伯数字): 从党的二十大到二〇三五年 and
为二○三五年基本实现社会主义现代化 quote the Party's milestones as the central documents
write them. A Chinese year met in that milestone wording, or a target year (到/至/为 before
it, after the text's own year) the text writes in Chinese every time, is the document's
convention; a year written once in Chinese where the text writes it, or a year like it, in
Arabic elsewhere is still a slip. The texts here are made up in the same shapes.
"""

from __future__ import annotations

import pytest
from holdout import skip_held_out

from drafter.corpus import load_document
from drafter.review import ReviewConfig, review_document
from drafter.review.registry import RULES
from drafter.review.text import document_from_lines

ARABIC = ["2024年完成投资120亿元。", "2025年计划投资150亿元。", "2026年要再上台阶。"]


def _flagged(lines: list[str], date: str | None = "2026-01-20") -> list[str]:
    cfg = ReviewConfig(disabled={r for r in RULES if r != "number.year_style"})
    found = review_document(document_from_lines(lines, date=date), cfg).findings
    return [f.text for f in found]


def test_milestone_wording_keeps_its_chinese_year_beside_an_arabic_one():
    lines = ARABIC + ["实现2035年远景目标。", "为二○三五年基本实现社会主义现代化打下坚实基础。"]
    assert _flagged(lines) == []
    assert _flagged(ARABIC + ["到二〇二〇年全面建成小康社会。"], date=None) == []


def test_a_target_year_written_in_chinese_every_time_is_the_texts_convention():
    lines = ARABIC + ["从党的二十大到二〇三五年，用13年时间基本实现现代化。"]
    assert _flagged(lines) == []
    lines += ["二〇三五年人均收入翻一番。"]  # the same target again, the same way
    assert _flagged(lines) == []


def test_slips_are_still_flagged():
    # a current year written once in Chinese: no target, the text's habit broken
    assert _flagged(ARABIC + ["二〇二五年要抓好落实。"]) == ["二〇二五"]
    # a target the text also writes in Arabic: one year, two ways
    lines = ARABIC + ["到二〇三〇年建成示范区。", "2030年前完成改造。"]
    assert _flagged(lines) == ["二〇三〇"]
    # a 'target' before the text's own year is a past year, not a milestone
    assert _flagged(ARABIC + ["到二〇二〇年底全部完成。"]) == ["二〇二〇"]


@pytest.mark.shared
def test_real_reports_keep_their_2035(shared_dir):
    """The two 2026 reports where the walk met it; skipped when held out."""
    rels = [
        "corpus/structure/gwr_province_2026_广东省.txt",
        "corpus/structure/gwr_province_2026_湖南省.txt",
    ]
    paths = skip_held_out([shared_dir / rel for rel in rels], shared_dir)
    if not paths:
        pytest.skip("both reports are in the session's hold-out")
    for path in paths:
        found = review_document(load_document(path)).findings
        assert not [f for f in found if f.rule == "number.year_style"], path.name
