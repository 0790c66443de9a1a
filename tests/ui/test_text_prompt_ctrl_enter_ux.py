"""A comment, a reply or a note is sent with Ctrl+Enter: in Qt's multi-line box Enter starts
a new line, and the walk's office head, typing 请补充具体事例 and pressing Ctrl+Enter as in
a chat program, found the box still open (only a click on 确定 closed it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from drafter.ui.widgets.text_prompt import text_dialog

from .waits import WAIT_MS


def _shown(qtbot, text=""):
    dialog = text_dialog(None, "添加批注", "对“这方面”的批注：", text)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    box = dialog.findChild(QPlainTextEdit)
    box.setFocus()
    return dialog, box


def test_ctrl_enter_sends_and_enter_starts_a_new_line(qtbot):
    dialog, box = _shown(qtbot)
    assert dialog.labelText() == "对“这方面”的批注（Ctrl+Enter 确定）："
    box.insertPlainText("请补充")  # typed (QTest types ASCII keys only)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # a new line, not the end
    assert dialog.isVisible()
    box.insertPlainText("具体事例")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.textValue() == "请补充\n具体事例"


def test_a_note_being_changed_starts_with_its_text(qtbot):
    dialog, box = _shown(qtbot, "原来的笔记")
    assert box.toPlainText() == "原来的笔记"
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.keyClick(box, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
