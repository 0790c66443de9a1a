"""A yes/no question before a step that cannot be taken back (a file replaced, headings
typed let go), with 否 the default: Enter on the box, or a hand that does not read it,
keeps what is there. Qt's question box defaults to 是."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_before(parent: QWidget, title: str, text: str) -> bool:
    """Ask ``text`` under ``title``; True only when the user answers 是."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.No)
    return answer == buttons.Yes
