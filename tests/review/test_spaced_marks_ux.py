"""A space beside a full-width mark (ux50's walk, a writer exporting to Word): the 1978
government work report of ../shared carries "劝进书 ”，" as published on the web; exported,
the space let LibreOffice break before the ” (the render check's 避头尾 failure, exit 1) and
left a gap in the Word file. 45 of the 4,234 texts of ../shared have such a space (93 in
all; every one of 30 sampled is a stray space). The review now says so and offers to
delete it."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import load_document
from drafter.review import ReviewConfig, review_document
from drafter.review.registry import RULES
from drafter.review.text import document_from_lines

REPORT_1978 = (
    Path(__file__).resolve().parents[2].parent / "shared/corpus/structure/gwr_national_1978.txt"
)
ONLY = ReviewConfig(disabled={r for r in RULES if r != "punctuation.space"})


def test_the_space_before_a_closing_quote_in_a_real_report_is_found():
    if not REPORT_1978.exists():
        pytest.skip(f"{REPORT_1978} is absent (../shared is not checked out)")
    doc = load_document(REPORT_1978)
    found = review_document(doc, ONLY).findings
    assert found and all(f.text == " " and f.suggestion == "" for f in found)
    texts = [p.text for p in doc.paragraphs()]
    around = [texts[f.paragraph][f.start - 3 : f.end + 1] for f in found]
    assert "劝进书 ”" in around and "四人帮 ”" in around


def test_spaces_that_belong_are_left_alone():
    lines = [
        "区委常委、办公室主任　张三",  # a full-width space between post and name
        "参照ISO 9001:2015标准，增长 5%。",
        "要学习“两个确立”，做到“两个维护”。",
    ]
    assert review_document(document_from_lines(lines), ONLY).findings == []
