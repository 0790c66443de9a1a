"""The 学习 reading view's marks: a frame and all its items, or a roadmap sentence and the
headings it announces, marked together (and scrolled to), and the search terms the reader
was opened with, under those marks, stepped through with F3.

A part of :class:`~drafter.ui.study.annotated_view.AnnotatedView` (a mixin over the
QTextBrowser and the positions its rendering keeps).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from drafter.ui.study.study_marks import (
    MENTIONED_COLOUR,
    PHRASE,
    REVEAL_AT,
    SELECTED_EDGE,
    TERM_COLOUR,
    TERM_CURRENT,
)


class AnnotatedMarking:
    """Frame, roadmap and search-term marks on the page (see the module docstring)."""

    def select_frame(self, frame: int, item: int | None = None, reveal: bool = False) -> None:
        """Mark frame ``frame`` and every item of it, so the trainee sees what the number counts;
        with ``reveal`` the view scrolls to ``item`` (or to the phrase)."""
        marks = [m for m in self.frame_marks if m.frame == frame]
        if not marks:
            return
        colour = QColor(self.frame_colour.get(frame, MENTIONED_COLOUR)).darker(118)
        spans = [(m.paragraph, m.start, m.end) for m in marks]
        self.selected_frame, self.selected_roadmap = frame, None
        self._mark(spans, colour)
        if reveal:
            target = next(
                (m for m in marks if m.item == (PHRASE if item is None else item)), marks[0]
            )
            self._reveal(target.paragraph, target.start)

    def select_roadmap(self, index: int, reveal: bool = False) -> None:
        """Mark roadmap sentence ``index`` and the headings it announces (its links to the
        sections), so the promise and its parts can be checked against each other."""
        if self._study is None or not 0 <= index < len(self._study.roadmap):
            return
        road = self._study.roadmap[index]
        spans = [(road.span.paragraph, road.span.start, road.span.end)]
        headed = self._study.in_outline(road)
        for k, heading in enumerate(road.sections):
            # a first part run on after the announcement starts where the announcement ends
            start = road.span.end if heading == road.span.paragraph else 0
            end = 10**6
            label = road.labels[k] if k < len(road.labels) else ""
            if not headed[k] and label:
                # a part in the running text (第一，… that is no heading) is marked on its first
                # words, where it begins, as a heading would be: its whole paragraph marked too
                # turned the page into one blue block in which no part could be told apart
                text = self._texts.get(heading, "")
                at = text.find(label, start)
                if at >= 0 and not text[start:at].strip():
                    start, end = at, at + len(label)
            spans.append((heading, start, end))
        self.selected_frame, self.selected_roadmap = None, index
        self._mark(spans, QColor("#cfe0ff"))
        if reveal:
            self._reveal(road.span.paragraph, road.span.start)

    def clear_marks(self) -> None:
        """Forget the selected frame or roadmap sentence (a click on plain text)."""
        self.selected_frame = self.selected_roadmap = None
        self._apply([])

    def set_terms(self, terms) -> int:
        """Highlight the search terms the reader was opened with (as the plain reader does), so a
        trainee who searched for 三个服务 sees where it stands in the annotated text too; returns
        how many places were found."""
        self._term_ranges, self._term_current = [], -1
        document = self.document()
        for term in sorted({t for t in terms if t and t.strip()}, key=len, reverse=True):
            cursor = document.find(term)
            while not cursor.isNull():
                a, b = cursor.selectionStart(), cursor.selectionEnd()
                if not any(x < b and a < y for x, y in self._term_ranges):
                    self._term_ranges.append((a, b))
                cursor = document.find(term, cursor)
        self._term_ranges.sort()
        self._apply(self._mark_selections)
        return len(self._term_ranges)

    def step_term(self, delta: int) -> None:
        """Go to the next (``delta`` 1) or previous (-1) search term, wrapping around."""
        if not self._term_ranges:
            return
        self._term_current = (self._term_current + delta) % len(self._term_ranges)
        a, b = self._term_ranges[self._term_current]
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._apply(self._mark_selections)

    def _apply(self, marks: list) -> None:
        """Show the search terms under the frame or roadmap marks."""
        self._mark_selections = marks
        terms = []
        for n, (a, b) in enumerate(self._term_ranges):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format.setBackground(TERM_CURRENT if n == self._term_current else TERM_COLOUR)
            terms.append(sel)
        self.setExtraSelections(terms + marks)

    def _mark(self, spans, colour: QColor) -> None:
        selections = []
        for paragraph, start, end in spans:
            for a, b in self.doc_ranges(paragraph, start, end):
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(a)
                cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                sel.format.setBackground(colour)
                sel.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                sel.format.setUnderlineColor(SELECTED_EDGE)
                selections.append(sel)
        self._apply(selections)

    def _reveal(self, paragraph: int, offset: int) -> None:
        ranges = self.doc_ranges(paragraph, offset, offset + 1)
        if not ranges:
            self.scroll_to_paragraph(paragraph)
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(ranges[0][0])
        self.setTextCursor(cursor)
        self._place_caret_line()

    def _place_caret_line(self) -> None:
        """Scroll so the caret's line stands a quarter down the view unless it already stands
        in the view's upper part: a frame chosen in the list came in on the bottom line, its
        items (which follow it) out of sight below."""
        height = self.viewport().height()
        rect = self.cursorRect()
        if height * 0.05 <= rect.top() and rect.bottom() <= height * 0.6:
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - int(height * REVEAL_AT))
