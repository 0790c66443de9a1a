"""The keyboard in a read-only text view with a caret (the reader, the 学习模式 page): a writer
moves through the text and selects a sentence or a paragraph to send to the draft without
the mouse.

Qt gives the caret, Shift+arrows and Ctrl+A once the view takes
``TextSelectableByKeyboard``; two things are added here. Ctrl+↓ / Ctrl+↑ go to the next
paragraph / the start of this one (the previous one from its start), and with Shift select
to the end / the start of the paragraph, one more paragraph at each press, as in a word
processor: Linux has no key of its own for a whole paragraph, and Shift+↓ line by line
through a long paragraph of a report took a dozen presses. And a caret left out of view (the
reader scrolled with the wheel, the scroll bar or Space) is first put at the top of what is
shown, so the next arrow key moves from there: it jumped the view back to where the document
had been opened.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit

# keys that move the caret (with or without Shift / Ctrl)
CARET_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}

_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_KEYPAD = Qt.KeyboardModifier.KeypadModifier


def caret_key(view: QTextEdit, event: QKeyEvent) -> bool:
    """Handle ``event`` in ``view`` as described in the module docstring; True when it was
    handled here (the caller then skips Qt's own handling), False to let Qt handle it (after
    the caret was brought into view when it had to be)."""
    if event.key() not in CARET_KEYS:
        return False
    modifiers = event.modifiers() & ~_KEYPAD
    if modifiers & ~(_CTRL | _SHIFT):
        return False  # Alt+arrows are window shortcuts (the draft's 上移 / 升级 …)
    if not view.textCursor().hasSelection():
        bring_caret_into_view(view)
    if modifiers & _CTRL and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        cursor = paragraph_step(
            view.textCursor(),
            forward=event.key() == Qt.Key.Key_Down,
            select=bool(modifiers & _SHIFT),
        )
        view.setTextCursor(cursor)
        event.accept()
        return True
    return False


def paragraph_step(cursor: QTextCursor, forward: bool, select: bool) -> QTextCursor:
    """``cursor`` moved by one paragraph step (a copy). Without ``select``: forward to the
    start of the next paragraph (the end of the last), back to the start of this paragraph or,
    from there, of the previous. With ``select`` the anchor stays and the end moves to the end
    (forward) or the start (back) of this paragraph, or of the next / previous one when it is
    there already, so that each press takes one paragraph more."""
    moved = QTextCursor(cursor)
    mode = QTextCursor.MoveMode.KeepAnchor if select else QTextCursor.MoveMode.MoveAnchor
    op = QTextCursor.MoveOperation
    if forward and select:
        if moved.atBlockEnd():
            moved.movePosition(op.NextBlock, mode)
        moved.movePosition(op.EndOfBlock, mode)
    elif forward:
        if not moved.movePosition(op.NextBlock, mode):
            moved.movePosition(op.EndOfBlock, mode)
    else:
        if moved.atBlockStart():
            moved.movePosition(op.PreviousBlock, mode)
        moved.movePosition(op.StartOfBlock, mode)
    return moved


def bring_caret_into_view(view: QTextEdit) -> None:
    """Put the caret at the start of the first whole line shown when it is out of view."""
    viewport = view.viewport().rect()
    if viewport.intersects(view.cursorRect()):
        return
    cursor = view.cursorForPosition(QPoint(0, 0))
    if view.cursorRect(cursor).top() < 0:  # the top line is cut: the next one
        cursor.movePosition(QTextCursor.MoveOperation.Down)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
    view.setTextCursor(cursor)
