"""The standard right-click menu of a read-only text, without what a reader has no use for.

Qt's menu for a text browser carries 复制链接地址 (Copy Link Location), greyed out everywhere
but on a link; the reader's only links are its note marks, whose address (#note-3) means
nothing outside the app. Walking the reader, the greyed entry stood second in every
right-click menu, above 更正结构, and a user wondered which link it meant.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QTextEdit

DROPPED = ("link-copy",)  # Qt's objectName of 复制链接地址


def reading_menu(view: QTextEdit, pos: QPoint) -> QMenu:
    """``view``'s standard context menu at ``pos`` (viewport coordinates), less the entries
    in :data:`DROPPED`."""
    menu = view.createStandardContextMenu(pos)
    for action in menu.actions():
        if action.objectName() in DROPPED:
            menu.removeAction(action)
    return menu
