"""A study tag is one label: 〔提纲句〕 must never break across two lines ("〔提 / 纲句〕" at a line
end), whatever the width; the text the page gives back (toPlainText, copying) stays the
plain tag."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _split_tags(view) -> list[str]:
    doc = view.document()
    out = []
    for block_no, start, end, name in view._tags:
        layout = doc.findBlockByNumber(block_no).layout()
        if layout.lineForTextPosition(start).lineNumber() != (
            layout.lineForTextPosition(end - 1).lineNumber()
        ):
            out.append(name)
    return out


def test_study_tags_never_break_inside(studied, qtbot):
    window, _panel, _library, _first = studied
    view = window.study.mode.page.text
    assert len(view._tags) >= 3
    broken = set()
    for width in range(150, 420, 4):
        view.document().setTextWidth(width)
        broken.update(_split_tags(view))
    assert not broken, broken
    text = view.toPlainText()
    assert "〔提纲句〕" in text and "\u2060" not in text
    view.selectAll()
    view.copy()
    assert "〔提纲句〕" in QApplication.clipboard().text()
    assert "\u2060" not in QApplication.clipboard().text()
