"""The search's hits in the reader: the spans the query matched (exactly as the index cut
them, where the library can say, else every occurrence of the terms), marked in the text,
counted in the 第 N / M 处 label and stepped through with F3 / Shift+F3; the paragraph
opened at is marked with them.

A mixin of :class:`~drafter.ui.panels.reader_panel.ReaderPanel`, over its ``view``, the
document shown (``_doc``, ``_doc_key``, ``_doc_library``), ``query_source``, the
``prev_button`` / ``next_button`` / ``hits_label`` and its state ``_terms``,
``_terms_asked``, ``_matches``, ``_current``, ``_target``, ``_pinned`` and
``_highlight_read``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from drafter.ui.library_reads import off_thread

log = logging.getLogger(__name__)

TERM_BG = QColor("#ffe066")
CURRENT_BG = QColor("#ff9f43")
TARGET_BG = QColor("#e3f0ff")


class ReaderHits:
    """The reader's search hits (see the module docstring)."""

    def set_terms(self, terms: Iterable[str]) -> None:
        """Highlight what the search matched: with a :attr:`query_source` and a library
        that can say (``library.highlight``), exactly the spans the query matches, cut as
        the index cuts; otherwise every occurrence of ``terms`` (longest first)."""
        self._terms = sorted({t for t in terms if t and t.strip()}, key=len, reverse=True)
        text = self.view.document().toPlainText() if self._doc is not None else ""
        self._matches = []
        exact = self._query_matches() if self._terms else None
        if exact is not None:
            self._matches = exact
        elif self._terms and text:
            pattern = re.compile("|".join(re.escape(t) for t in self._terms))
            self._matches = [(m.start(), m.end()) for m in pattern.finditer(text)]
        self._show_matches()

    def _show_matches(self) -> None:
        """Mark :attr:`_matches`, the current one the first at or after the target."""
        self._current = -1
        if self._target is not None and self._matches:
            start = self.view.document().findBlockByNumber(self._target).position()
            self._current = next((i for i, (s, _e) in enumerate(self._matches) if s >= start), -1)
        self._apply_selections()
        self._update_hits_label()

    def _query_matches(self) -> list[tuple[int, int]] | None:
        """Spans of the whole document the current query matches, or None when there is
        no query or the library cannot highlight (a file opened directly). A team
        library's (its segmenter asks the server which words the index was built with)
        come from a worker: None here, every occurrence of the terms marked meanwhile,
        and the exact spans replace them when they come (:meth:`_exact_matches_read`)."""
        query = self.query_source() if self.query_source is not None else ""
        library = self._doc_library
        if not query or library is None or not hasattr(library, "highlight"):
            return None
        document = self.view.document()
        blocks = [document.findBlockByNumber(i) for i in range(document.blockCount())]
        texts = [b.text() for b in blocks]
        if off_thread(library):
            key, doc = self._doc_key, self._doc
            self._highlight_read.run(
                library, lambda: (key, doc, query, library.highlight(query, texts))
            )
            return None
        try:
            spans = library.highlight(query, texts)
        except Exception:  # noqa: BLE001 - highlighting must never stop the reader
            log.exception("cannot highlight %r", query)
            return None
        return self._spans_to_matches(blocks, spans)

    def _exact_matches_read(self, read: tuple) -> None:
        """The exact spans of a team library's query, read on a worker: they replace the
        terms' occurrences marked meanwhile, when the document and the query are still
        the ones shown."""
        key, doc, query, spans = read
        now = self.query_source() if self.query_source is not None else ""
        if key != self._doc_key or doc is not self._doc or query != now or not self._terms:
            return
        document = self.view.document()
        blocks = [document.findBlockByNumber(i) for i in range(document.blockCount())]
        self._matches = self._spans_to_matches(blocks, spans)
        self._show_matches()

    @staticmethod
    def _spans_to_matches(blocks: list, spans: list) -> list[tuple[int, int]]:
        """Spans per block as spans of the whole document, touching ones joined."""
        matches: list[tuple[int, int]] = []
        for block, found in zip(blocks, spans):
            for start, end in found:
                start, end = block.position() + start, block.position() + end
                if matches and matches[-1][1] == start:  # 三|服务: one match, one count
                    matches[-1] = (matches[-1][0], end)
                else:
                    matches.append((start, end))
        return matches

    def next_hit(self) -> None:
        """F3 / ▼ 下一处: jump to the next search hit in the text; after the last it wraps to
        the first, so every hit is one key away without going back."""
        self._step(1)

    def previous_hit(self) -> None:
        """Shift+F3 / ▲ 上一处: jump to the previous search hit; before the first it wraps to
        the last."""
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self._matches:
            self.status_message.emit("本文中没有检索词。")
            return
        self._current = (self._current + delta) % len(self._matches)
        self._pinned = None  # the hit is shown now, not the paragraph opened at
        start, end = self._matches[self._current]
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        QTimer.singleShot(0, self.view.ensureCursorVisible)  # after a pending relayout
        self._apply_selections()
        self._update_hits_label()

    def _update_hits_label(self) -> None:
        if not self._terms:
            self.hits_label.setText("")
        elif not self._matches:
            self.hits_label.setText("本文无检索词" if self._terms_asked else "")
        else:
            pos = f"第 {self._current + 1} / " if self._current >= 0 else "共 "
            self.hits_label.setText(f"{pos}{len(self._matches)} 处")
        has = bool(self._matches)
        self.prev_button.setEnabled(has)
        self.next_button.setEnabled(has)

    def _apply_selections(self) -> None:
        selections = []
        doc = self.view.document()
        if self._target is not None and self._doc is not None:
            block = doc.findBlockByNumber(self._target)
            if block.isValid():
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                sel.cursor = cursor
                sel.format.setBackground(TARGET_BG)
                sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selections.append(sel)
        for i, (start, end) in enumerate(self._matches):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format.setBackground(CURRENT_BG if i == self._current else TERM_BG)
            selections.append(sel)
        self.view.setExtraSelections(selections)
