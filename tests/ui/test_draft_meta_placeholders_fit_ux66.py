"""The draft's header fields show their whole placeholder at a 1440×900 window (ux66).

At 1440 px the subtitle and date boxes cut their placeholders short (可不填；印在标题下，前加…,
YYYY-MM-D…: the clear button keeps its room even while hidden), and larger fonts cut the
title's and post's too, so a writer read half a hint. The placeholders are shorter now and
each fits the room its box gives text."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolButton

from .fakes import FakeLibrary
from .waits import WAIT_MS


def usable_width(edit: QLineEdit) -> int:
    """Where the placeholder can stand: from where the text starts (the cursor of the empty
    box) to the clear button's room, which the box keeps even while the button is hidden."""
    start = edit.cursorRect().center().x()
    buttons = [b.geometry().left() for b in edit.findChildren(QToolButton)]
    right = min(buttons) if buttons else edit.contentsRect().right()
    return right - start - 2  # Qt's own margin before the button


def test_each_header_placeholder_fits_its_box_at_1440(qtbot, make_window, tmp_path):
    window = make_window()
    window.set_library(FakeLibrary(tmp_path / "lib"))
    window.resize(1440, 900)
    window.show()
    edits = window.editor.meta.edits
    qtbot.waitUntil(lambda: edits["title"].isVisible() and window.width() == 1440, timeout=WAIT_MS)
    for name, edit in edits.items():
        need = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert need <= edit.contentsRect().width(), name
        assert need <= usable_width(edit), (name, need, usable_width(edit))
