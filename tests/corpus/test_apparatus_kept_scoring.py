"""How the gold's apparatus items are found kept with a document (outline_scoring.
apparatus_kept): by their first words after a label, by the label where the line is
nothing else, and without the bracket a source line is written in. Our own strings."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from outline_scoring import apparatus_kept  # noqa: E402


def _kept(item: dict, apparatus: dict) -> tuple[int, int]:
    base = {"notes": [], "endnotes": [], "source": None, "appendix": []}
    return apparatus_kept({"apparatus": [item]}, {**base, **apparatus})


def test_a_source_line_counts_without_its_brackets() -> None:
    item = {"kind": "source", "first": "（《某某文选》第五"}
    assert _kept(item, {"source": "《某某文选》第五卷，某某出版社"}) == (1, 1)
    assert _kept(item, {"source": "《另一本书》第一卷"}) == (0, 1)


def test_a_label_line_alone_counts_by_its_label_or_its_kinds_text() -> None:
    label = {"kind": "appendix", "first": "【参考资料】"}
    assert _kept(label, {"appendix": ["【参考资料】", "某某文件全文"]}) == (1, 1)
    assert _kept(label, {}) == (0, 1)
    note = {"kind": "notes", "first": "编者按："}
    assert _kept(note, {"notes": ["这是编者写在前面的话。"]}) == (1, 1)
    assert _kept(note, {}) == (0, 1)


def test_words_after_a_label_still_decide() -> None:
    item = {"kind": "notes", "first": "【导  读】有员工对"}
    assert _kept(item, {"notes": ["有员工对此次讲话评价很高"]}) == (1, 1)
    assert _kept(item, {"notes": ["另一段按语"]}) == (0, 1)
