"""The 学习 reading view: the text with its frames, roadmap, transitions and parts marked.

Built block by block with QTextCursor (not HTML) so every character on screen maps back to
a paragraph and offset of the document: a selection becomes a note on an exact span.
Run-in headings are shown in place, at the start of their paragraph, as the original has
them; standalone headings stand on their own line. A frame and its items are linked: a click
on either marks them all (and says so), as does a click on a roadmap sentence for the
headings it announces (the marks: :mod:`drafter.ui.study.annotated_marking`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from drafter.study.model import Study
from drafter.study.note_spans import snap_span
from drafter.ui.study.annotated_marking import AnnotatedMarking
from drafter.ui.study.annotated_render import AnnotatedRendering, note_tip
from drafter.ui.study.study_marks import (
    NOTE_SIGN,
    NOTE_SIGN_COLOUR,
    PHRASE,
    WORD_JOINER,
    FrameMark,
    Segment,
)
from drafter.ui.widgets.caret_keys import caret_key
from drafter.ui.widgets.text_menu import reading_menu


class AnnotatedView(AnnotatedMarking, AnnotatedRendering, QTextBrowser):
    """Read-only annotated text.

    Signals:
        paragraph_clicked(int): the user clicked in the text of paragraph N.
        frame_clicked(int, int): a click on frame K's phrase (item -1) or on its item N; the
            frame and all its items are now marked.
        roadmap_clicked(int): a click on roadmap sentence K; it and the headings it announces
            are now marked.
        note_clicked(object): a click on one of the trainee's highlights or notes (the Note).
        tag_clicked(str): a click on a study tag such as 〔会议目的〕 (its label).
    """

    paragraph_clicked = Signal(int)
    frame_clicked = Signal(int, int)
    roadmap_clicked = Signal(int)
    note_clicked = Signal(object)
    tag_clicked = Signal(str)

    def context_menu(self, pos) -> QMenu:
        """The right-click menu at ``pos`` (viewport coordinates): Qt's, less 复制链接地址,
        as the reader's (:func:`~drafter.ui.widgets.text_menu.reading_menu`). The 学习模式 page
        builds its own on this; 并排对照's two texts showed Qt's, the greyed entry second."""
        return reading_menu(self, pos)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Qt override: :meth:`context_menu` where the user right-clicked."""
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Qt override: the reader's caret keys (Ctrl+↓ / Ctrl+↑ by paragraph, a caret out of
        view brought back first: :mod:`~drafter.ui.widgets.caret_keys`); the rest is Qt's."""
        if not caret_key(self, event):
            super().keyPressEvent(event)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("studyText")
        self.setOpenLinks(False)
        # a trainee at the keyboard selects a span with Shift+arrows, as with the mouse, to
        # highlight or annotate it (Ctrl+Alt+H, Ctrl+Alt+N); links still take Tab and Enter
        self.setTextInteractionFlags(
            self.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._segments: list[Segment] = []
        self._texts: dict[int, str] = {}  # paragraph -> its text, for a selection's snapping
        # a run-in heading's text paragraph -> its heading: shown as one line, one paragraph
        self._run_in_heading: dict[int, int] = {}
        self._first_block: dict[int, int] = {}
        # where the apparatus begins on this page and in the plain reader (its paragraph
        # count), and its blocks: a search hit in an appendix is numbered as the plain
        # reader shows it (drafter.corpus.apparatus.searchable_apparatus)
        self._apparatus: tuple[int, int, int] = (0, 0, 0)
        self.frame_colour: dict[int, str] = {}
        self.frame_marks: list[FrameMark] = []
        self._roadmap_marks: list[tuple[int, int, int, int]] = []  # (roadmap, para, start, end)
        self._heading_paragraphs: set[int] = set()
        self._notes: list = []
        self._tags: list[tuple[int, int, int, str]] = []  # (block, start, end, label)
        # notes with words: where each one's ✎ goes (paragraph, end offset), and where it went
        self._note_ends: dict[tuple[int, int], list] = {}
        self._note_signs: list[tuple[int, int, object]] = []  # (block, position, note)
        self._study: Study | None = None
        self._term_ranges: list[tuple[int, int]] = []  # search terms, document positions
        self._term_current = -1
        self._mark_selections: list = []
        self.selected_frame: int | None = None
        self.selected_roadmap: int | None = None

    # -- showing -----------------------------------------------------------------------------

    def toPlainText(self) -> str:  # noqa: N802 (Qt's name)
        """The page's text without the word joiners that hold each tag on one line."""
        return super().toPlainText().replace(WORD_JOINER, "")

    def createMimeDataFromSelection(self):  # noqa: N802 (Qt's name)
        """A copy of the page carries the plain tags, without the display-only word joiners."""
        mime = super().createMimeDataFromSelection()
        if mime.hasText():
            text = mime.text().replace(WORD_JOINER, "")
            mime.setText(text)
            if mime.hasHtml():
                mime.setHtml(mime.html().replace(WORD_JOINER, ""))
        return mime

    def tag_at(self, point) -> str | None:
        """The study tag (〔会议目的〕, 〔提纲句〕 …) under ``point`` (viewport coordinates), if any."""
        cursor = self.cursorForPosition(point)
        block, at = cursor.block().blockNumber(), cursor.positionInBlock()
        for b, start, end, name in self._tags:
            if b == block and start <= at < end:
                return name
        return None

    def _emit(self, cursor, block, index, text, base, spans, tags) -> None:
        self._texts[index] = text
        cuts = {0, len(text)}
        for start, end, _f, _r in spans:
            cuts.update((max(0, start), min(len(text), end)))
        for (p, s), _t in tags.items():
            if p == index:
                cuts.add(min(max(0, s), len(text)))
        points = sorted(c for c in cuts if 0 <= c <= len(text))
        for a, b in zip(points, points[1:]):
            tag = tags.get((index, a))
            if tag and not (a == 0 and tag in ("开头", "结尾")):
                self._tag(cursor, tag)
            fmt = QTextCharFormat(base)
            for start, end, f, _rank in sorted(spans, key=lambda s: s[3]):
                if start <= a and b <= end:
                    fmt.merge(f)
            at = cursor.positionInBlock()
            cursor.insertText(text[a:b], fmt)
            self._segments.append(Segment(block, at, index, a, b - a))
            for note in self._note_ends.get((index, b), ()):
                self._note_sign(cursor, note)

    def _note_sign(self, cursor: QTextCursor, note) -> None:
        """✎ after a note's words: a note and a highlight were
        drawn alike (the same colour and wavy line), and only a hover told them apart. The
        sign is no text of the document (positions skip it, as they skip tags); a click on
        it opens the note."""
        fmt = QTextCharFormat()
        # full size and a strong tone: a superscript in the note's dark tone was barely seen
        fmt.setForeground(NOTE_SIGN_COLOUR)
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setToolTip(note_tip(note, self.notes_editable))
        self._note_signs.append((cursor.block().blockNumber(), cursor.positionInBlock(), note))
        cursor.insertText(NOTE_SIGN, fmt)

    def note_sign_at(self, point):
        """The note whose ✎ is under ``point`` (viewport coordinates), if any."""
        cursor = self.cursorForPosition(point)
        # the character clicked, as char_at finds it: Qt's caret is after it on its right half
        if point.x() < self.cursorRect(cursor).x() and not cursor.atBlockStart():
            cursor.movePosition(QTextCursor.MoveOperation.Left)
        block, at = cursor.block().blockNumber(), cursor.positionInBlock()
        for b, start, note in self._note_signs:
            if b == block and at == start:
                return note
        return None

    # -- positions ---------------------------------------------------------------------------

    def position_of(self, cursor: QTextCursor) -> tuple[int, int] | None:
        """(paragraph, offset) of a cursor position, or None on an annotation tag."""
        block = cursor.block().blockNumber()
        at = cursor.positionInBlock()
        for seg in self._segments:
            if seg.block == block and seg.at <= at <= seg.at + seg.length:
                return seg.paragraph, seg.start + (at - seg.at)
        return None

    def selected_span(self) -> tuple[int, int, int, str] | None:
        """The selection as (paragraph, start, end, text) when it lies in one paragraph,
        without the few characters of the sentence before or after that a rough drag takes
        in (:func:`~drafter.study.note_spans.snap_span`: a note quoted 反。在我们进行…)."""
        c = self.textCursor()
        if not c.hasSelection():
            return None
        pa = self._text_position(c.selectionStart(), c.selectionEnd(), 1)
        pb = self._text_position(c.selectionEnd(), c.selectionStart(), -1)
        if pa is None or pb is None or pa[0] != pb[0] or pb[1] <= pa[1]:
            return None
        start, end = snap_span(self._texts.get(pa[0], ""), pa[1], pb[1])
        return pa[0], start, end, ""

    def selected_note_span(self) -> tuple[int, int, int, int] | None:
        """The selection as a note would keep it: (paragraph, start, end_paragraph, end),
        over as many paragraphs as it covers (a trainee marks a passage: 一是… 二是… in
        three paragraphs; a note had to lie in one), each end snapped as
        :meth:`selected_span` snaps them. An end at a paragraph's edge (a drag from past
        the last character of a line) begins in the next paragraph or ends in the one
        before; None when no text is selected."""
        ends = self.selected_range()
        if ends is None:
            return None
        (pa, a), (pb, b) = ends
        shown = sorted(p for p in self._texts if pa <= p <= pb)
        while pa < pb and a >= len(self._texts.get(pa, "")):
            pa, a = next(p for p in shown if p > pa), 0
        while pb > pa and b == 0:
            pb = max(p for p in shown if p < pb)
            b = len(self._texts.get(pb, ""))
        if pa == pb:
            if b <= a:
                return None
            start, end = snap_span(self._texts.get(pa, ""), a, b)
            return pa, start, pa, end
        first, last = self._texts.get(pa, ""), self._texts.get(pb, "")
        return pa, snap_span(first, a, len(first))[0], pb, snap_span(last, 0, b)[1]

    def selected_range(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The selection's first and last text positions as (paragraph, offset) pairs, across
        paragraphs (several selected with Ctrl+Shift+↓, or a run-in heading's line), the
        annotation tags at its ends left out; None when it holds no text. 插入到草稿 takes this:
        :meth:`selected_span` is one paragraph's (a note's quotation), and a selection over two
        paragraphs inserted nothing (先在阅读器中选中要插入的文字)."""
        c = self.textCursor()
        if not c.hasSelection():
            return None
        pa = self._text_position(c.selectionStart(), c.selectionEnd(), 1)
        pb = self._text_position(c.selectionEnd(), c.selectionStart(), -1)
        if pa is None or pb is None or pb <= pa:
            return None
        return pa, pb

    def _text_position(self, at: int, limit: int, step: int) -> tuple[int, int] | None:
        """(paragraph, offset) of document position ``at``, or of the nearest text position
        towards ``limit`` when ``at`` lies on an annotation tag (a drag that began on
        〔会议目的〕 still means the words after it)."""
        cursor = QTextCursor(self.document())
        while (at <= limit) if step > 0 else (at >= limit):
            cursor.setPosition(at)
            found = self.position_of(cursor)
            if found is not None:
                return found
            at += step
        return None

    def block_of(self, paragraph: int) -> int | None:
        """The number of the on-screen block that shows paragraph ``paragraph`` (a run-in
        heading's paragraph and its text share one), or None for a paragraph not shown; a view
        beside this one (并排对照) finds where a section starts by it."""
        return self._first_block.get(paragraph)

    def scroll_to_paragraph(self, index: int) -> None:
        """Bring a paragraph of the document into view (from the structure map or a note); unknown
        indexes are ignored because the document may have changed since the click was queued.
        """
        block = self._first_block.get(index)
        start, plain, added = self._apparatus
        if block is None and plain <= index < plain + added:
            block = start + index - plain  # the apparatus, numbered as the plain reader's
        if block is None:
            return
        found = self.document().findBlockByNumber(block)
        self.setTextCursor(QTextCursor(found))
        # at the top of the view, as the plain reader does (not just somewhere on screen)
        self._scroll_to_block(block)
        # once more after the view settles its width (a page just shown is laid out again);
        # by number, looked up then: the document may have been replaced meanwhile
        QTimer.singleShot(0, self, lambda: self._scroll_to_block(block))

    def _scroll_to_block(self, number: int) -> None:
        found = self.document().findBlockByNumber(number)
        if found.isValid():
            top = self.document().documentLayout().blockBoundingRect(found).top()
            self.verticalScrollBar().setValue(max(0, int(top) - 8))

    def doc_ranges(self, paragraph: int, start: int, end: int) -> list[tuple[int, int]]:
        """The on-screen document positions of paragraph ``paragraph`` from ``start`` to ``end``
        (several ranges when an annotation tag sits inside the span)."""
        out = []
        doc = self.document()
        for seg in self._segments:
            if seg.paragraph != paragraph:
                continue
            lo, hi = max(start, seg.start), min(end, seg.start + seg.length)
            if hi <= lo:
                continue
            base = doc.findBlockByNumber(seg.block).position() + seg.at - seg.start
            out.append((base + lo, base + hi))
        return out

    def frame_at(self, paragraph: int, offset: int) -> FrameMark | None:
        """The frame phrase or item at a place of the text; the narrowest wins, so 四勤 inside a
        heading that is itself an item of 两点意见 picks 四勤."""
        hits = [
            m for m in self.frame_marks if m.paragraph == paragraph and m.start <= offset < m.end
        ]
        hits.sort(key=lambda m: (m.end - m.start, m.item == PHRASE))
        return hits[0] if hits else None

    def note_at(self, paragraph: int, offset: int):
        """The trainee's note or highlight at a place of the text (the shortest when they nest)."""
        hits = [n for n in self._notes if n.covers(paragraph, offset)]
        return min(hits, key=lambda n: len(n.quote)) if hits else None

    def roadmap_at(self, paragraph: int, offset: int) -> int | None:
        """The roadmap sentence at a place of the text, by its index in ``Study.roadmap``."""
        for k, p, start, end in self._roadmap_marks:
            if p == paragraph and start <= offset < end:
                return k
        return None

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Qt override: a plain click (no selection) reports the paragraph clicked, and on a
        frame, an item or a roadmap sentence marks what belongs to it; a drag keeps its
        selection for notes.
        """
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        point = event.position().toPoint()
        sign = self.note_sign_at(point)
        pos = self.char_at(point) if sign is None else None
        if sign is not None:
            self.note_clicked.emit(sign)
        elif pos is not None:
            self.click_at(*pos)
        else:
            name = self.tag_at(point)
            if name is not None:
                self.tag_clicked.emit(name)

    def char_at(self, point) -> tuple[int, int] | None:
        """(paragraph, offset) of the character under ``point`` (viewport coordinates). Qt gives
        the caret position nearest the point, which is *after* a character clicked on its right
        half; that character is the one meant."""
        cursor = self.cursorForPosition(point)
        if point.x() < self.cursorRect(cursor).x() and not cursor.atBlockStart():
            cursor.movePosition(QTextCursor.MoveOperation.Left)
        return self.position_of(cursor)

    def line_paragraph(self, paragraph: int) -> int:
        """The paragraph whose line ``paragraph`` is shown on: the heading, for the text of a
        run-in heading (shown after it on one line, as written), else ``paragraph`` itself.
        A correction of the line acts on its heading; splitting it there made no sense."""
        return self._run_in_heading.get(paragraph, paragraph)

    def paragraph_at(self, point) -> int | None:
        """The paragraph whose line is under ``point`` (viewport coordinates), on its text or
        on the annotation tags before it (〔会议目的〕), or None between paragraphs."""
        here = self.char_at(point)
        if here is not None:
            return here[0]
        block = self.cursorForPosition(point).block().blockNumber()
        return next((seg.paragraph for seg in self._segments if seg.block == block), None)

    def click_at(self, paragraph: int, offset: int) -> None:
        """What a click on this place of the text does: link a frame and its items, or a roadmap
        sentence and its sections, or clear the marks; the paragraph is reported either way."""
        hit = self.frame_at(paragraph, offset)
        road = self.roadmap_at(paragraph, offset) if hit is None else None
        note = self.note_at(paragraph, offset) if hit is None and road is None else None
        if hit is not None:
            self.select_frame(hit.frame)
            self.frame_clicked.emit(hit.frame, hit.item)
        elif road is not None:
            self.select_roadmap(road)
            self.roadmap_clicked.emit(road)
        else:
            self.clear_marks()
        self.paragraph_clicked.emit(paragraph)
        if note is not None:  # after the paragraph, whose handler resets the info line
            self.note_clicked.emit(note)
