"""The 学习 reading view: the text with its frames, roadmap, transitions and parts marked.

Built block by block with QTextCursor (not HTML) so every character on screen maps back to
a paragraph and offset of the document: a selection becomes a note on an exact span.
Run-in headings are shown in place, at the start of their paragraph, as the original has
them; standalone headings stand on their own line. A frame and its items are linked: a click
on either marks them all (and says so), as does a click on a roadmap sentence for the
headings it announces.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QWidget

from drafter.study.exercise.mask import exercise_masks, mask_text
from drafter.study.glossary import explain
from drafter.study.layout import layout
from drafter.study.model import Bookend, Study
from drafter.study.notes import snap_span
from drafter.study.text import item_place
from drafter.ui.panels.reader_apparatus import append_apparatus
from drafter.ui.widgets.text_menu import reading_menu

FRAME_COLOURS = (
    "#ffd6a5",
    "#caffbf",
    "#9bf6ff",
    "#bdb2ff",
    "#ffc6ff",
    "#fdffb6",
    "#a0c4ff",
    "#ffadad",
)
# a frame only mentioned: nothing of it to link, so no colour of its own
MENTIONED_COLOUR = "#e8e8e8"
NOTE_COLOURS = {"yellow": "#fff3a0", "green": "#c8f7c5", "blue": "#cfe3ff", "pink": "#ffd1e8"}
# how much darker than its background the wavy line under a highlight or note is drawn
NOTE_LINE_DARKER = 260
NOTE_SIGN = "✎"  # after a note's words (a highlight has none)
NOTE_SIGN_COLOUR = QColor("#b35900")
ROADMAP_COLOUR = QColor("#1f5fbf")
TRANSITION_COLOUR = QColor("#7a4fbf")
TAG_COLOUR = QColor("#8a6d3b")
# Heading colours per level, as the plain reader shows them (drafter.ui.panels.reader_panel).
LEVEL_COLOURS = ("#9b1c1c", "#1d4e89", "#2f6b2f", "#6b4f1d")
SELECTED_EDGE = QColor("#c0392b")
TERM_COLOUR = QColor("#ffe066")  # search terms, as the plain reader shows them
TERM_CURRENT = QColor("#ff9f43")
# a frame or roadmap sentence chosen from a list comes to this fraction of the view from its
# top, so what follows it (the items it counts, the parts it announces) is in sight too
REVEAL_AT = 0.25
PHRASE = -1  # the item number of a frame's own phrase in frame marks


def transition_tip(t) -> str:
    """The tooltip of a marked transition: what it does for the talk (its role and the
    glossary's note on it), not only that it is one."""
    role = getattr(t, "role", "") or ("承上启下" if t.kind == "lead-in" else "收束引出")
    note = explain(role)
    return f"过渡句（{role}）" + (f"\n{note}" if note else "")


@dataclass(frozen=True)
class FrameMark:
    """Where frame ``frame`` (its index in ``Study.frames``) shows: its phrase (``item`` is
    :data:`PHRASE`) or its item number ``item``, on paragraph ``paragraph`` from ``start`` to
    ``end``. The view keeps these to link a click to the whole frame."""

    frame: int
    item: int
    paragraph: int
    start: int
    end: int


@dataclass
class _Segment:
    block: int
    at: int  # position in the block
    paragraph: int
    start: int  # offset in the paragraph
    length: int


WORD_JOINER = "\u2060"


class AnnotatedView(QTextBrowser):
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

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("studyText")
        self.setOpenLinks(False)
        # a trainee at the keyboard selects a span with Shift+arrows, as with the mouse, to
        # highlight or annotate it (Ctrl+Alt+H, Ctrl+Alt+N); links still take Tab and Enter
        self.setTextInteractionFlags(
            self.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._segments: list[_Segment] = []
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

    def show_study(
        self, doc, study: Study, notes=(), keep_place: bool = False, annotate: bool = True
    ) -> None:
        """Render ``doc`` with the marks of ``study`` and the user's ``notes``. With
        ``keep_place`` (a note was added or removed) the view stays where the trainee was
        reading and the frame they had selected stays marked. Without ``annotate`` the page is
        the same text laid out the same way (headings by level, run-in headings in place) with
        no study marks, so a view that switches its marks on and off (并排对照 outside 学习模式)
        keeps every paragraph where it was."""
        if not annotate:
            study = unmarked(study)
        scroll = self.verticalScrollBar().value() if keep_place else 0
        selected = (self.selected_frame, self.selected_roadmap) if keep_place else (None, None)
        self.setExtraSelections([])
        self._term_ranges, self._mark_selections = [], []
        self._segments, self._first_block, self._tags = [], {}, []
        self._apparatus = (0, 0, 0)
        self._texts = {}
        self._note_ends, self._note_signs = {}, []
        self.frame_marks, self._roadmap_marks = [], []
        self.selected_frame = self.selected_roadmap = None
        self._study = study
        self._notes = list(notes)
        lay = layout(doc)
        paras = lay.paragraphs + lay.appendix  # the whole text, an appendix kept after it too
        marks: dict[int, list[tuple[int, int, QTextCharFormat, int]]] = {}

        def mark(p: int, start: int, end: int, fmt: QTextCharFormat, rank: int) -> None:
            if end > start:
                marks.setdefault(p, []).append((start, end, fmt, rank))

        self.frame_colour = frame_colours(study.frames)
        for k, frame in enumerate(study.frames):
            colour = self.frame_colour[k]
            f = QTextCharFormat()
            f.setBackground(QColor(colour))
            f.setFontWeight(QFont.Weight.Bold)
            f.setToolTip(_frame_tip(frame))
            mark(frame.span.paragraph, frame.span.start, frame.span.end, f, 3)
            self.frame_marks.append(
                FrameMark(k, PHRASE, frame.span.paragraph, frame.span.start, frame.span.end)
            )
            for n, span in enumerate(frame.item_spans):
                g = QTextCharFormat()
                g.setBackground(QColor(colour).lighter(108))
                g.setToolTip(
                    f"{frame.phrase} 之{n + 1}：{frame.items[n] if n < len(frame.items) else ''}"
                )
                item = frame.items[n] if n < len(frame.items) else ""
                start, end = item_place(paras[span.paragraph].text, item, span.start, span.end)
                mark(span.paragraph, start, end, g, 2)
                self.frame_marks.append(FrameMark(k, n, span.paragraph, start, end))
        for k, r in enumerate(study.roadmap):
            self._roadmap_marks.append((k, r.span.paragraph, r.span.start, r.span.end))
            f = QTextCharFormat()
            f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            f.setUnderlineColor(ROADMAP_COLOUR)
            f.setForeground(ROADMAP_COLOUR)
            f.setToolTip(
                "提纲句：预告下文结构，点击标出它领起的各节"
                + (f"（{r.warning}）" if r.warning else "")
            )
            mark(r.span.paragraph, r.span.start, r.span.end, f, 1)
        for t in study.transitions:
            f = QTextCharFormat()
            f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            f.setUnderlineColor(TRANSITION_COLOUR)
            f.setForeground(TRANSITION_COLOUR)
            f.setToolTip(transition_tip(t))
            mark(t.span.paragraph, t.span.start, t.span.end, f, 1)
        for note in notes:
            if note.note:  # a note, not only a highlight: ✎ after it says so
                self._note_ends.setdefault((note.paragraph, note.end), []).append(note)
            f = QTextCharFormat()
            colour = QColor(NOTE_COLOURS.get(note.color, "#fff3a0"))
            f.setBackground(colour)
            # the frames' colours are laid over the trainee's (they rank higher), so a
            # highlight of 四个目的 showed nothing: the wavy line under it always shows
            f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            f.setUnderlineColor(colour.darker(NOTE_LINE_DARKER))
            f.setToolTip(
                f"笔记：{note.note}（点击可修改）" if note.note else "我的高亮（点击可写笔记）"
            )
            mark(note.paragraph, note.start, note.end, f, 0)
        tags: dict[tuple[int, int], str] = {}

        def tag(key: tuple[int, int], name: str) -> None:
            known = tags.get(key)
            if known is None:
                tags[key] = name
            elif name not in known.split("·"):
                tags[key] = f"{known}·{name}"

        if study.closing.paragraphs and getattr(study.closing, "start", 0):
            # a closing that starts inside its paragraph (…。总起来说，…) is tagged where it starts
            tag((study.closing.paragraphs[0], study.closing.start), "结尾")
        for r in study.roadmap:
            tag((r.span.paragraph, r.span.start), "提纲句")
        for part in [*study.opening.parts, *study.closing.parts]:
            if part.kind != "过渡" or (part.span.paragraph, part.span.start) not in tags:
                tag((part.span.paragraph, part.span.start), part.kind)
        for t in study.transitions:
            # the role beside the mark (〔过渡句·转入问题〕): what the sentence does for the talk
            tag((t.span.paragraph, t.span.start), "过渡句")
            if t.role:
                tag((t.span.paragraph, t.span.start), t.role)
        cursor = QTextCursor(self._new_document())
        first = True
        heading_level = {n.heading: n.depth for n in lay.nodes()}
        self._heading_paragraphs = set(heading_level)
        run_in_of = _run_in_paragraphs(lay)
        run_in_rest = set(run_in_of.values())
        self._run_in_heading = {rest: heading for heading, rest in run_in_of.items()}
        for para in paras:
            if para.index in run_in_rest:
                continue
            if not first:
                cursor.insertBlock()
            first = False
            block_fmt = self._paragraph_format()
            level = heading_level.get(para.index)
            if level is None or para.index in run_in_of:
                block_fmt.setTextIndent(self._body_indent())
            else:
                block_fmt.setTopMargin(12 if level == 1 else 6)
            # The bookends name their paragraphs: a text without headings has its opening
            # and closing told apart there, not in the outline.
            if study.opening.paragraphs and para.index == study.opening.paragraphs[0]:
                self._tag(cursor, "开头")
            closing = study.closing
            if closing.paragraphs and para.index == closing.paragraphs[0] and not closing.start:
                self._tag(cursor, "结尾")
            cursor.setBlockFormat(block_fmt)
            block = cursor.block().blockNumber()
            self._first_block.setdefault(para.index, block)
            base = QTextCharFormat()
            if level is not None:
                base.setFontWeight(QFont.Weight.Bold)
                base.setForeground(QColor(LEVEL_COLOURS[min(level, len(LEVEL_COLOURS)) - 1]))
                if level == 1 and para.index not in run_in_of:
                    base.setFontPointSize(self.font().pointSizeF() * 1.08)
            self._emit(cursor, block, para.index, para.text, base, marks.get(para.index, []), tags)
            rest = run_in_of.get(para.index)
            if rest is not None:
                self._first_block.setdefault(rest, block)
                tail = QTextCharFormat(base)
                tail.setToolTip("小标题与正文连写（原文如此）")
                if not para.text.endswith(("。", "！", "？", "：", "；")):
                    cursor.insertText("。", tail)
                self._emit(
                    cursor,
                    block,
                    rest,
                    paras[rest].text,
                    QTextCharFormat(),
                    marks.get(rest, []),
                    tags,
                )
        # the editor's note, endnotes and source under the text, apart, as the plain reader
        # shows them: the note says where and when the speech was given, which the mode hid
        self._append_apparatus(cursor, doc)
        self._install(cursor.document())
        self.moveCursor(QTextCursor.MoveOperation.Start)
        if keep_place:
            self.verticalScrollBar().setValue(scroll)
            QTimer.singleShot(0, self, lambda: self.verticalScrollBar().setValue(scroll))
            if selected[0] is not None and selected[0] < len(study.frames):
                self.select_frame(selected[0])
            elif selected[1] is not None and selected[1] < len(study.roadmap):
                self.select_roadmap(selected[1])

    def show_masked(self, doc, roadmap=None) -> None:
        """Render ``doc`` for the outline exercise: every heading replaced by its marker and a
        blank (run-in ones too, with their paragraph after them), the words of the text that
        spell the headings out blanked one for one (:func:`exercise_masks`: the parts a roadmap
        sentence lists, a heading said again in its part; ``roadmap`` is the study's), and no
        study marks, which would give the headings away. Paragraph positions still map back,
        so the view can scroll."""
        self.setExtraSelections([])
        self._term_ranges, self._mark_selections = [], []
        self._segments, self._first_block, self._tags = [], {}, []
        self._apparatus = (0, 0, 0)
        self._note_ends, self._note_signs = {}, []
        self.frame_marks, self._roadmap_marks = [], []
        self.selected_frame = self.selected_roadmap = None
        self._study = None
        self._notes = []
        lay = layout(doc)
        paras = lay.paragraphs + lay.appendix  # the whole text, an appendix kept after it too
        blank = QTextCharFormat()
        blank.setForeground(QColor("#9b1c1c"))
        blank.setFontWeight(QFont.Weight.Bold)
        blank.setToolTip("提纲练习进行中：原文标题已隐去")
        hidden = QTextCharFormat()
        hidden.setForeground(QColor("#9b1c1c"))
        hidden.setToolTip("提纲练习进行中：说出标题的词语已隐去，点“对照原文”后显示")
        masks = exercise_masks(doc, roadmap)

        def emit(cursor, block, index) -> None:
            spans = [(a, b, hidden, 0) for a, b in masks.get(index, ())]
            text = mask_text(paras[index].text, masks.get(index, ()))
            self._emit(cursor, block, index, text, QTextCharFormat(), spans, {})

        run_in_of = _run_in_paragraphs(lay)
        run_in_rest = set(run_in_of.values())
        self._run_in_heading = {rest: heading for heading, rest in run_in_of.items()}
        cursor = QTextCursor(self._new_document())
        first = True
        for node_para in paras:
            if node_para.index in run_in_rest:
                continue
            if not first:
                cursor.insertBlock()
            first = False
            block_fmt = self._paragraph_format()
            node = lay.by_paragraph.get(node_para.index) if node_para.is_heading else None
            if node is None or node.heading != node_para.index:
                block_fmt.setTextIndent(self._body_indent())
                cursor.setBlockFormat(block_fmt)
                block = cursor.block().blockNumber()
                self._first_block.setdefault(node_para.index, block)
                emit(cursor, block, node_para.index)
                continue
            rest = run_in_of.get(node_para.index)
            if rest is None:
                block_fmt.setIndent(node.depth - 1)
            else:  # a run-in heading starts its paragraph, indented as body text
                block_fmt.setTextIndent(self._body_indent())
            cursor.setBlockFormat(block_fmt)
            block = cursor.block().blockNumber()
            self._first_block.setdefault(node_para.index, block)
            cursor.insertText(f"{node.section.marker or '·'}＿＿＿＿＿＿", blank)
            if rest is not None:
                self._first_block.setdefault(rest, block)
                cursor.insertText("。", blank)
                emit(cursor, block, rest)
        # what is set apart from the text (an appendix, the editor's notes) under it, as the
        # annotated page shows it: the exercise hides headings, not the document's apparatus
        self._append_apparatus(cursor, doc)
        self._install(cursor.document())
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _append_apparatus(self, cursor: QTextCursor, doc: Any) -> None:
        """The apparatus under the text, as the plain reader shows it, and where it begins
        here and there, so a paragraph number past the text (an appendix's search hit) finds
        its block on this page too: 学习模式 stayed at the top of the page."""
        cursor.movePosition(QTextCursor.MoveOperation.End)
        start = cursor.block().blockNumber() + 1  # the rule line comes next
        added = append_apparatus(cursor, getattr(doc, "apparatus", None), self.font())
        self._apparatus = (start, len(doc.paragraphs()), added)

    def _paragraph_format(self) -> QTextBlockFormat:
        """The block format every paragraph of the page starts from (spacing, 1.5 lines),
        so the annotated and the masked page read alike."""
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(6)
        fmt.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt

    def _body_indent(self) -> float:
        """Two characters of first-line indent, as body text is printed."""
        return 2 * self.font().pointSizeF() * 1.4

    def _new_document(self) -> QTextDocument:
        """A document to build the text in, apart from the view: laid out once when installed
        instead of after every insert (a long report shows about twice as fast)."""
        doc = QTextDocument(self)
        doc.setDefaultFont(self.font())
        return doc

    def _install(self, doc: QTextDocument) -> None:
        # the view deletes the document it replaces when it is the view's child (ours are)
        self.setDocument(doc)

    def _tag(self, cursor: QTextCursor, text: str) -> None:
        fmt = QTextCharFormat()
        fmt.setForeground(TAG_COLOUR)
        fmt.setFontPointSize(max(7.0, self.font().pointSizeF() * 0.8))
        fmt.setToolTip(explain(text) or "学习标注")
        block, at = cursor.block().blockNumber(), cursor.positionInBlock()
        # word joiners keep the label on one line (CJK may break between any two characters:
        # "〔提 / 纲句〕"); they live only on screen, toPlainText() and copies drop them
        cursor.insertText("〔" + WORD_JOINER.join(text) + "〕", fmt)
        self._tags.append((block, at, cursor.positionInBlock(), text))

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
            self._segments.append(_Segment(block, at, index, a, b - a))
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
        fmt.setToolTip(f"笔记：{note.note}（点击可修改）")
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
        in (:func:`~drafter.study.notes.snap_span`: a note quoted 反。在我们进行…)."""
        c = self.textCursor()
        if not c.hasSelection():
            return None
        pa = self._text_position(c.selectionStart(), c.selectionEnd(), 1)
        pb = self._text_position(c.selectionEnd(), c.selectionStart(), -1)
        if pa is None or pb is None or pa[0] != pb[0] or pb[1] <= pa[1]:
            return None
        start, end = snap_span(self._texts.get(pa[0], ""), pa[1], pb[1])
        return pa[0], start, end, ""

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
        hits = [n for n in self._notes if n.paragraph == paragraph and n.start <= offset < n.end]
        return min(hits, key=lambda n: n.end - n.start) if hits else None

    def roadmap_at(self, paragraph: int, offset: int) -> int | None:
        """The roadmap sentence at a place of the text, by its index in ``Study.roadmap``."""
        for k, p, start, end in self._roadmap_marks:
            if p == paragraph and start <= offset < end:
                return k
        return None

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
        for heading in road.sections:
            # a first part run on after the announcement starts where the announcement ends
            start = road.span.end if heading == road.span.paragraph else 0
            spans.append((heading, start, 10**6))
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


def unmarked(study: Study) -> Study:
    """``study`` with nothing to mark (no frames, roadmap, transitions or bookend parts): the
    annotated page rendered from it is the plain text in the same layout."""
    return replace(
        study,
        frames=[],
        roadmap=[],
        transitions=[],
        opening=Bookend(type=None, text=""),
        closing=Bookend(type=None, text=""),
    )


def _run_in_paragraphs(lay) -> dict[int, int]:
    """Run-in headings: the heading's paragraph -> the paragraph holding its text."""
    return {n.heading: n.own[0] for n in lay.nodes() if n.section.run_in and n.own}


def frame_colours(frames) -> dict[int, str]:
    """Each frame's colour by its index: the spelled-out frames take the palette in turn, the
    ones only mentioned are grey. Counted among the spelled-out frames alone, so the palette
    repeats only after eight of them; counted among all (as before), two of the five frames
    of an office-work seed came out alike, the mentioned ones between them using up colours.
    """
    out: dict[int, str] = {}
    listed = 0
    for k, frame in enumerate(frames):
        if frame.listed:
            out[k] = FRAME_COLOURS[listed % len(FRAME_COLOURS)]
            listed += 1
        else:
            out[k] = MENTIONED_COLOUR
    return out


def _frame_tip(frame) -> str:
    if frame.listed:
        return f"数字概括：{frame.phrase}（{frame.number}项，点击标出各项）\n" + "｜".join(
            frame.items
        )
    return f"数字概括：{frame.phrase}（只提及，文中未展开）"
