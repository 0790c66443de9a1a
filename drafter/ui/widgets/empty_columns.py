"""A table's columns that say nothing for the rows shown are hidden until a row fills them.

Walking the library at 1280x720 (ux53) the table had about 545 px: a list of Mao's texts or of
regulations had an empty 讲话人 column, and a list of Mao's texts an empty 体裁 column beside
titles cut at ten characters (在"班长的战争"对华为的启示和挑战汇报…). A hidden column keeps the
width the user dragged it to and comes back with it once a row shown has a value there.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QTableView


class EmptyColumns(QObject):
    """Hides ``columns`` of ``view`` while no row its model shows has text in them.

    Checked again (once per turn of the event loop) whenever the rows shown change: a new
    listing, a filter, an import, a correction. Only these columns are ever touched; a column
    the user's choice hid stays as it is (:meth:`hidden`: the ones this hid)."""

    def __init__(self, view: QTableView, columns: Iterable[int]) -> None:
        super().__init__(view)
        self._view = view
        self._columns = tuple(columns)
        self._hidden: set[int] = set()  # hidden by this, not by the user
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self.update)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self._again.start)
        self.update()

    def hidden(self) -> set[int]:
        """The columns hidden now for being empty (tests, and a caller that lists them)."""
        return set(self._hidden)

    def update(self) -> None:
        """Hide each watched column no row shown has text in, show again the ones hidden
        before that a row now fills. An empty table hides nothing (the header still says
        what a listing would show)."""
        model = self._view.model()
        rows = model.rowCount()
        header = self._view.horizontalHeader()
        for col in self._columns:
            empty = rows > 0 and not any(
                str(model.index(row, col).data(Qt.ItemDataRole.DisplayRole) or "").strip()
                for row in range(rows)
            )
            if empty and not header.isSectionHidden(col):
                self._hidden.add(col)
                header.setSectionHidden(col, True)
            elif not empty and col in self._hidden:
                self._hidden.discard(col)
                header.setSectionHidden(col, False)


__all__ = ["EmptyColumns"]
