"""A note (or a comment) written in the 写笔记 / 批注 box wraps at the box's width: seen in the
running app at 1600×1000 and 1280×720, the box was Qt's plain multi-line input with no
wrapping, so a note of one sentence ran off to the right behind a horizontal scroll bar and
the trainee saw only its first dozen characters while writing it. Real dialog, shown."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from drafter.ui.widgets.text_prompt import text_dialog

from .waits import WAIT_MS

NOTE = "督查要聚焦中心工作：这里用了四个“坚持”排比，每一句都是坚持某某、某某取得新突破的句式。"


def test_a_long_note_wraps_instead_of_scrolling_sideways(qtbot):
    dialog = text_dialog(None, "写笔记", "“坚持聚焦中心”\n（笔记仅保存在本机）：")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    box = dialog.findChild(QPlainTextEdit)
    box.insertPlainText(NOTE)
    qtbot.wait(50)
    assert box.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    assert box.horizontalScrollBar().maximum() == 0
    assert box.document().lineCount() >= 2  # the sentence shows whole, on several lines
    assert dialog.textValue() == NOTE  # wrapping adds no line break to what is kept


def test_the_note_box_holds_a_readable_line(qtbot):
    """The box was 282 px wide at both screen sizes, about fifteen characters a line."""
    dialog = text_dialog(None, "写笔记", "“坚持聚焦中心”\n（笔记仅保存在本机）：")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    box = dialog.findChild(QPlainTextEdit)
    assert box.width() >= 400 and dialog.width() <= 1280
