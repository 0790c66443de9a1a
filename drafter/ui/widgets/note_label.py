"""The grey, wrapping line of explanation under a setting or a list (说明文字): one builder,
since the dialogs wrote the same four lines (label, name, wrap, grey) for each of theirs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

NOTE_STYLE = "color:#666"


def note_label(text: str = "", name: str = "") -> QLabel:
    """A wrapping grey label holding ``text``, named ``name`` (for tests and style sheets)
    when given: a note that explains, quieter than the controls it stands beside."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


__all__ = ["NOTE_STYLE", "note_label"]
