"""A table's lesser columns step aside while the column that names each row has no room.

Walking 学习模式 at 1600×1000 with the library kept open in it (ux68), the library column was
about 300 px wide: 讲话人, 日期, 体裁 and 字数 kept their widths and the stretched 标题 got
the header's minimum, so every title read 20… or 在… and no 范文 could be told from another.
While the named column would be narrower than a few characters, the lesser columns are
hidden one by one (体裁 first, then 讲话人); they come back, in the reverse order, as soon as
the room returns. Only the columns this hid are ever shown again: a column the user or
:class:`~drafter.ui.widgets.empty_columns.EmptyColumns` hid stays as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class NarrowColumns(QObject):
    """Hides ``columns`` of ``view`` (in that order) while column ``main`` would be narrower
    than ``least`` pixels, and shows them again (last hidden first) when it would not."""

    def __init__(self, view: QTableView, main: int, columns: Iterable[int], least: int) -> None:
        super().__init__(view)
        self._view = view
        self._main = main
        self._columns = tuple(columns)
        self._least = least
        # hidden by this, in the order they were hidden, with the width each had (a hidden
        # section's own size reads 0)
        self._hidden: list[tuple[int, int]] = []
        view.viewport().installEventFilter(self)

    def hidden(self) -> list[int]:
        """The columns hidden now for want of room (tests, and a caller that lists them)."""
        return [col for col, _width in self._hidden]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Qt override: fit the columns to the viewport's new width."""
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def _room(self) -> int:
        """What the main column would get: the viewport less every other column shown."""
        header = self._view.horizontalHeader()
        others = sum(
            header.sectionSize(col)
            for col in range(header.count())
            if col != self._main and not header.isSectionHidden(col)
        )
        return self._view.viewport().width() - others

    def update(self) -> None:
        """Hide the next lesser column while the main one is short of room; show the last one
        hidden again while it fits without making the main one short."""
        header = self._view.horizontalHeader()
        if self._view.viewport().width() <= 0:
            return
        for col in self._columns:
            if self._room() >= self._least:
                break
            if not header.isSectionHidden(col):
                self._hidden.append((col, header.sectionSize(col)))
                header.setSectionHidden(col, True)
        while self._hidden:
            col, width = self._hidden[-1]
            if self._room() - width < self._least:
                break
            self._hidden.pop()
            header.setSectionHidden(col, False)


__all__ = ["NarrowColumns"]
