"""The reader's text view: read-only with a caret, and the selection can be dragged onto the
draft carrying where it came from (a search hit's format, so the editor keeps the provenance)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from drafter.ui.mime import hit_mime_data
from drafter.ui.widgets.caret_keys import caret_key


class ReaderView(QTextBrowser):
    """A QTextBrowser whose selection is dragged as hits (``hits_for_selection()`` gives
    one hit-shaped dict per selected paragraph; an empty list means plain text only).

    Qt starts no drag from a read-only browser by itself: a press inside the selection
    followed by a move past the drag distance starts one here.

    The keyboard has a caret (:mod:`~drafter.ui.widgets.caret_keys`): Ctrl+3 put the focus
    here, but the arrows only scrolled and Shift+↓ selected nothing, so 插入到草稿
    (Ctrl+Shift+Return) was for mouse users only (ux54's walk).
    """

    def __init__(
        self, hits_for_selection: Callable[[], list[dict]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._hits_for_selection = hits_for_selection
        self._press: QPoint | None = None
        self._double_click: tuple[float, QPoint] | None = None
        self.setTextInteractionFlags(
            self.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Qt override: the caret's paragraph keys and a caret out of view brought back first
        (:func:`~drafter.ui.widgets.caret_keys.caret_key`); every other key is Qt's."""
        if not caret_key(self, event):
            super().keyPressEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """Qt override: a selection is dragged or copied as search hits with their provenance, so a
        drop into the draft keeps where the text came from.
        """
        hits = self._hits_for_selection()
        return hit_mime_data(hits) if hits else super().createMimeDataFromSelection()

    def _in_selection(self, pos: QPoint) -> bool:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return False
        at = self.cursorForPosition(pos).position()
        return cursor.selectionStart() <= at < cursor.selectionEnd()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Qt override: remember when and where a double click happened, to recognise the third
        click of a triple click.
        """
        super().mouseDoubleClickEvent(event)  # selects the word
        self._double_click = (time.monotonic(), event.position().toPoint())

    def _is_triple_click(self, pos: QPoint) -> bool:
        """A press soon after a double click, near it: the third click of a triple."""
        if self._double_click is None:
            return False
        at, where = self._double_click
        interval = QApplication.doubleClickInterval() / 1000
        near = (pos - where).manhattanLength() <= QApplication.startDragDistance() * 2
        return time.monotonic() - at <= interval and near

    def select_paragraph_at(self, pos: QPoint) -> None:
        """Select the whole paragraph under ``pos`` (without its paragraph break)."""
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        cursor.setPosition(block.position())
        cursor.setPosition(
            block.position() + max(block.length() - 1, 0), cursor.MoveMode.KeepAnchor
        )
        self.setTextCursor(cursor)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Qt override: a triple click selects the whole paragraph, and a press inside the selection
        may start a drag instead of clearing it.
        """
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self._is_triple_click(pos):
            # Triple click selects the paragraph (Qt's own selects one visual line, and
            # the press inside the word a double click selected would start a drag)
            self._double_click = None
            self._press = None
            self.select_paragraph_at(pos)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self._in_selection(
            event.position().toPoint()
        ):
            self._press = event.position().toPoint()
            event.accept()  # keep the selection: a click without a move clears it below
            return
        self._press = None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Qt override: start dragging the selection once the mouse moved past the drag distance."""
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = (event.position().toPoint() - self._press).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._press = None
                drag = QDrag(self)
                drag.setMimeData(self.createMimeDataFromSelection())
                drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Qt override: a click inside the selection that did not drag places the cursor, as in any
        text view.
        """
        if self._press is not None:  # a plain click inside the selection: place the cursor
            cursor = self.cursorForPosition(self._press)
            self._press = None
            self.setTextCursor(cursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)
