"""The 学习 page's text, built block by block: the study's marks laid on the document.

A mixin of :class:`~drafter.ui.study.annotated_view.AnnotatedView`, which owns the widget
and what a click or a selection does: :meth:`AnnotatedRendering.show_study` (and
:meth:`AnnotatedRendering.show_masked` for 提纲练习) build a new QTextDocument with
QTextCursor, recording for the view where each paragraph and mark landed (``_segments``,
``frame_marks``, ``_roadmap_marks``, ``_tags``, ``_note_signs``), so every character on
screen maps back to a paragraph and offset.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from drafter.study.exercise.mask import exercise_masks, mask_text
from drafter.study.glossary import explain
from drafter.study.layout import layout
from drafter.study.model import Study
from drafter.study.text import item_place
from drafter.ui.panels.reader_apparatus import append_apparatus
from drafter.ui.study.study_marks import (
    LEVEL_COLOURS,
    NOTE_COLOURS,
    NOTE_LINE_DARKER,
    PHRASE,
    ROADMAP_COLOUR,
    TAG_COLOUR,
    TRANSITION_COLOUR,
    WORD_JOINER,
    FrameMark,
    frame_colours,
    frame_tip,
    run_in_paragraphs,
    transition_tip,
    unmarked,
)

# where a note shown read-only (并排对照) is changed: the reader's 学习模式 edits it
NOTE_EDITED_WHERE = "在阅读器的学习模式中修改"


def note_tip(note: Any, editable: bool = True) -> str:
    """The tooltip of the trainee's note or highlight: what a click does where it can be
    changed (the reader's 学习模式); elsewhere (``editable`` False: 并排对照, where a click
    only shows it) where to change it. 并排对照 drew no notes at all, and drawn with the
    reader's tips would have said 点击可修改 of a click that changes nothing."""
    if editable:
        return f"笔记：{note.note}（点击可修改）" if note.note else "我的高亮（点击可写笔记）"
    return f"笔记：{note.note}（{NOTE_EDITED_WHERE}）" if note.note else "我的高亮"


class AnnotatedRendering:
    """Builds the annotated text for the :class:`AnnotatedView` this is mixed into (see the
    module docstring): apart from the view's links and selections, so the rules of layout
    (run-in headings in place, parts and transitions tagged, notes coloured) stand together."""

    # whether a click on a note or highlight here changes it (the reader's 学习模式) or only
    # shows it (并排对照): what its tooltip promises
    notes_editable = True

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
            f.setToolTip(frame_tip(frame))
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
                "提纲句：预告下文结构，点击标出它领起的各部分"
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
        texts = [p.text for p in paras]
        for note in notes:
            if note.note:  # a note, not only a highlight: ✎ after it says so
                self._note_ends.setdefault((note.last_paragraph, note.end), []).append(note)
            f = QTextCharFormat()
            colour = QColor(NOTE_COLOURS.get(note.color, "#fff3a0"))
            f.setBackground(colour)
            # the frames' colours are laid over the trainee's (they rank higher), so a
            # highlight of 四个目的 showed nothing: the wavy line under it always shows
            f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            f.setUnderlineColor(colour.darker(NOTE_LINE_DARKER))
            f.setToolTip(note_tip(note, self.notes_editable))
            # a note over several paragraphs is drawn in each, up to its end
            if note.last_paragraph < len(texts):
                for p, start, end in note.spans(texts):
                    mark(p, start, end, f, 0)
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
        run_in_of = run_in_paragraphs(lay)
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

        run_in_of = run_in_paragraphs(lay)
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
