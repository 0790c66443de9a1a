"""提纲练习: a marker typed before one's heading costs nothing. Walking the app as a trainee,
each box read 一、 [一、 写下你的标题]: the placeholder repeated the marker standing beside it,
as if it were to be typed, and typing it (一、做到“四勤”) scored 86% against the original
做到“四勤” and showed 一、一、做到“四勤” in the comparison. The placeholder now says only
写下你的标题, and a marker typed before the heading is left out of the score and the display."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def _type(exercise, row: int, text: str) -> None:
    """Type ``text`` into a hidden heading's box as a Chinese input method commits it."""
    box = exercise._boxes[row]
    box.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(box, event)


def test_a_typed_marker_is_not_scored_nor_shown_twice(studied, qtbot):
    _window, panel, _library, _first = studied
    ex = panel.exercise
    assert ex.rows[0].marker == "一、"
    assert ex._boxes[0].placeholderText() == "写下你的标题"
    _type(ex, 0, "一、" + ex.rows[0].original)
    ex.check_button.click()
    first = ex.answer_item(0)
    assert first.text(2) == "100%"
    assert first.text(0) == "一、" + ex.rows[0].original
