"""The 学习 tab's one-line summary breaks between its segments, never inside one: at
1280x720 it read "…2 个展 / 开、3 个只提及", a word cut in two."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument


def _line_starts(label, width: int) -> tuple[str, list[int]]:
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setHtml(label.text())
    doc.setTextWidth(width)
    doc.size()  # lays the document out
    starts = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            starts.append(block.position() + layout.lineAt(i).textStart())
        block = block.next()
    return doc.toPlainText(), starts


def test_summary_wraps_only_between_segments(studied):
    _window, panel, _library, _first = studied
    label = panel.title_label
    plain = label.text().replace("\u2060", "").replace("\u00a0", " ")
    assert "数字概括 " in plain and "只提及" in plain  # the words themselves are unchanged
    wrapped = 0
    for width in range(260, 900, 17):  # from the width of the longest segment
        text, starts = _line_starts(label, width)
        begin = text.index("数")
        end = text.index("及", begin) + 1
        inside = [s for s in starts if begin < s < end]
        assert not inside, (width, text, starts)
        wrapped += len(starts) > 1
    assert wrapped  # the narrow widths did wrap, between segments
