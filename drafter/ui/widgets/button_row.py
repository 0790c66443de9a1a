"""A line of a panel: one widget taking the width, its buttons after it, no margins of its own.

The review panel's rows (查重索引 progress and 取消, a finding's places and 上一处/下一处, the
settled comments and 解决已改好的批注) and the import bar with its 取消 each built the same
five lines (a QWidget, its QHBoxLayout, margins 0, the first widget stretched, the buttons);
built here once, every such row lines up with the panel's other widgets the same way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget


def button_row(wide: QWidget, *buttons: QWidget) -> QWidget:
    """A row holding ``wide`` (given all the room the buttons leave) then ``buttons``, with
    no margins, so it stands flush with the widgets above and below it in the panel; shown
    and hidden as one."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(wide, 1)
    for button in buttons:
        layout.addWidget(button)
    return row


__all__ = ["button_row"]
