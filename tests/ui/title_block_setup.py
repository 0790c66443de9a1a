"""The title-block tests' shared steps: an editor with a speech and a reviewer's name, words
selected in a field with the keyboard, an entry picked in a field's context menu — each as a
user does it (Chinese is typed with draft_setup.type_chinese)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from tests.export.conftest import build_speech

from .draft_setup import head_editor
from .waits import WAIT_MS


def title_block_editor(qtbot, make_editor):
    """A draft editor at 1280x700, comments signed 王主任, with the test speech loaded."""
    widget = head_editor(make_editor)
    qtbot.waitExposed(widget, timeout=WAIT_MS)
    widget.set_draft(build_speech(), unsaved=False, ask=False)
    return widget


def select_in(qtbot, edit, start: int, length: int) -> None:
    """Click into a line edit and select with the keyboard, as a user does."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(start):
        qtbot.keyClick(edit, Qt.Key.Key_Right)
    for _ in range(length):
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def choose_in_context_menu(edit, label: str) -> list[str]:
    """Right-click ``edit`` and pick ``label`` in the menu that opens; returns what was picked
    (empty when the menu had no such entry)."""
    chosen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose)
            return
        action = next(a for a in menu.actions() if a.text() == label)
        chosen.append(action.text())
        action.trigger()
        menu.close()

    QTimer.singleShot(0, choose)
    edit.customContextMenuRequested.emit(edit.rect().center())  # what a right-click sends
    return chosen
