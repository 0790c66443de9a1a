"""A small label (图例 ⓘ) whose explanation is its tooltip on a hover and a popup on a click:
a trainee who clicked the legend to learn what the colours mean got nothing, since a tooltip
only comes after the pointer rests (and on a touch screen never)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from drafter.ui.widgets.popup import TextPopup


class TipLabel(QLabel):
    """A label whose tooltip also opens, on a click, as a popup that stays until Esc or a click
    elsewhere (``popup`` is the one shown, None before the first click)."""

    def __init__(self, text: str, tip: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setToolTip(tip)
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.popup: TextPopup | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Qt override: a left click shows the explanation under the label; a second click
        while it is open closes it (the popup takes that click, as any popup does)."""
        if event.button() != Qt.MouseButton.LeftButton or not self.toolTip():
            super().mousePressEvent(event)
            return
        event.accept()
        if self.popup is None:
            self.popup = TextPopup(self.toolTip(), self)
        else:
            self.popup.label.setText(self.toolTip())
        self.popup.show_below(self)


__all__ = ["TipLabel"]
