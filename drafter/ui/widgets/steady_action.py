"""A toolbar stand-in for an action whose text changes (撤销 修改稿件信息 …).

QUndoStack's undo action names what it will undo, which is right in the 编辑 menu and wrong
on a toolbar: the button grew and shrank with every edit and every button after it jumped
sideways under the pointer. The stand-in keeps a fixed label, follows the original's
enabled state, shows the full text as its tooltip, and triggers the original (it has no
shortcut of its own, so the key stays unambiguous).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from drafter.ui.widgets.mnemonics import plain_text


def steady_copy(action: QAction, text: str, parent: QObject) -> QAction:
    """An action labelled ``text`` that mirrors ``action`` (see the module docstring)."""
    copy = QAction(text, parent)
    copy.setObjectName(f"{action.objectName() or text}Steady")

    def sync() -> None:
        try:
            copy.setEnabled(action.isEnabled())
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            label = plain_text(action.text()) or text
            copy.setToolTip(f"{label}（{keys}）" if keys else label)
            copy.setStatusTip(label)
        except RuntimeError:  # one of the two was deleted with its window
            return

    action.changed.connect(sync)
    copy.triggered.connect(lambda _checked=False: action.trigger())
    sync()
    return copy
