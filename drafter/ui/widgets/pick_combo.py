"""A combo box that tells a choice made in its open list from one stepped to with the
arrow keys: the 对照 tab compares at once on the first (the trainee opened the list and
picked a title, and nothing happened until 并排对照 or Enter) but not on the second,
where each step would open the 并排对照 window again."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox


class PickComboBox(QComboBox):
    """A :class:`QComboBox` whose :attr:`picked` says a row was chosen in the open list
    (a click, or Enter there) or, editable, in its completer's list of the rows matching
    the words typed, and :attr:`stepped` one chosen otherwise (the arrow keys or the wheel
    on the closed box); ``activated`` still comes for both."""

    picked = Signal(int)
    """The row chosen in the open list."""

    stepped = Signal(int)
    """The row chosen on the closed box."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._closing = False
        self.activated.connect(self._on_activated)

    def hidePopup(self) -> None:  # noqa: N802 - Qt's name
        """Qt override: note that the list is closing. Qt closes it before it says which
        row was activated, in the same turn of the event loop; the note lasts that turn."""
        self._closing = True
        super().hidePopup()
        QTimer.singleShot(0, self._closed)

    def _closed(self) -> None:
        """The turn of the event loop the list closed in is over: an activation now is a step."""
        self._closing = False

    def _completing(self) -> bool:
        """Whether the completer's list is open: Qt says which row it chose while the list
        still shows (it hides it after). A title clicked there after typing words of it came
        as a step, and the 对照 tab said 按 Enter 或点“并排对照” to the trainee who had just
        clicked it (st51)."""
        completer = self.completer() if self.isEditable() else None
        return completer is not None and completer.popup().isVisible()

    def _on_activated(self, row: int) -> None:
        """Say which way ``row`` was chosen: in the open list (:attr:`picked`) or on the closed box
        (:attr:`stepped`)."""
        if self._closing or self._completing():
            self._closing = False
            self.picked.emit(row)
        else:
            self.stepped.emit(row)
