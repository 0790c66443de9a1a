"""The study summaries break between their segments, never inside one: at 1280x720 the
学习 tab read "…2 个展 / 开、3 个只提及" and the reader's 学习模式 line "提 / 纲句"."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from drafter.ui.study.unbroken import plain


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
    text = plain(label.text())
    assert "数字概括 " in text and "只提及" in text  # the words themselves are unchanged
    wrapped = 0
    for width in range(260, 900, 17):  # from the width of the longest segment
        text, starts = _line_starts(label, width)
        begin = text.index("数")
        end = text.index("及", begin) + 1
        inside = [s for s in starts if begin < s < end]
        assert not inside, (width, text, starts)
        wrapped += len(starts) > 1
    assert wrapped  # the narrow widths did wrap, between segments


def test_reader_study_line_wraps_only_between_segments(studied):
    window, _panel, _library, _first = studied
    info = window.study.mode.page.info
    assert "提纲句" in plain(info.text())
    for width in range(260, 900, 17):
        text, starts = _line_starts(info, width)
        begin = text.index("提\u2060纲")  # 提纲句 N, not 只提及
        end = text.index("句", begin) + 1
        assert not [s for s in starts if begin < s < end], (width, text, starts)
