"""Where the reader's text stands: a paragraph jumped to is put at the top of the view and
held there (pinned) while the dock settles to its width and the text is wrapped anew, until
the reader scrolls; the paragraph at the top is what a re-read of the document reopens at.

A mixin of :class:`~drafter.ui.panels.reader_panel.ReaderPanel`, over its ``view``, its
``_paragraphs`` and its state ``_target`` (the paragraph marked) and ``_pinned``.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor


class ReaderScrolling:
    """The reader's jumps and the paragraph held at the top (see the module docstring)."""

    def jump_to_paragraph(self, index: int) -> None:
        """Scroll so paragraph ``index`` is at the top and mark it."""
        block = self.view.document().findBlockByNumber(index)
        if not block.isValid():
            return
        self._target = index
        self._apply_selections()
        self.view.setTextCursor(QTextCursor(block))
        self._pinned = index
        self._scroll_to_block(index)
        # A document just shown is laid out again once the view has its final width (the
        # dock settles after the event loop runs): scroll again then, or the paragraph
        # ends up far from the top (seen with long reports opened from a search hit); and
        # again whenever the text is wrapped anew while it is pinned (_keep_pinned). Not once
        # the reader has moved on (keys pressed before the event loop ran again, F3).
        QTimer.singleShot(0, self._keep_pinned)

    def _keep_pinned(self, *_range) -> None:
        """The text was laid out again (a new width): put the pinned paragraph back on top.
        Not when the view is gone: the window closed with a paragraph pinned, and the rescroll
        asked for after the event loop turned (or the scroll bar's last range change while
        the view is destroyed) would reach a deleted ReaderView."""
        if self._pinned is not None and shiboken6.isValid(self.view):
            self._scroll_to_block(self._pinned)

    def _let_go(self, *_action) -> None:
        """The reader scrolled: the view is theirs now."""
        self._pinned = None

    def _caret_moved(self) -> None:
        """The caret left the paragraph held at the top (the keyboard moved it on): the view is
        the reader's now. Qt scrolls to a caret without a scroll bar action, so the next
        relayout put the view back on the paragraph opened at, the caret out of sight."""
        if self._pinned is not None and self.view.textCursor().blockNumber() != self._pinned:
            self._pinned = None

    def _scroll_to_block(self, index: int) -> None:
        """Put block ``index`` at the top of the view (as far as the scroll range allows)."""
        if self._target != index:
            return  # the reader moved on meanwhile
        doc = self.view.document()
        block = doc.findBlockByNumber(index)
        if not block.isValid():
            return
        top = doc.documentLayout().blockBoundingRect(block).top()
        self.view.verticalScrollBar().setValue(max(0, int(top) - 8))

    def _top_paragraph(self) -> int | None:
        """The paragraph at the top of the view (None: above the text, e.g. the apparatus)."""
        block = self.view.cursorForPosition(self.view.viewport().rect().topLeft()).blockNumber()
        return block if 0 <= block < len(self._paragraphs) else None
