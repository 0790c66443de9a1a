"""The reader's outline pane: the rows beside the text (开头, 正文, the headings coloured by
level, 结尾, the apparatus) and, for a text without headings, its transitions found on a
worker.

A mixin of :class:`~drafter.ui.panels.reader_panel.ReaderPanel`, which owns the widgets and
the document shown: the rows are built from its ``_doc``, ``_paragraphs`` and ``outline``
(the tree) and its ``_turns_worker``; the panel calls :meth:`ReaderOutlineRows._fill_outline`
whenever it shows a document.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeWidgetItem

from drafter.corpus.apparatus_parts import part_blocks
from drafter.corpus.correction_labels import level_warnings
from drafter.corpus.display import part_label
from drafter.study.bookends import opening_count
from drafter.study.outline_notes import NO_HEADINGS, skeleton_note, transition_marks
from drafter.study.stats import LEAD_PART_LABEL, PART_MARK
from drafter.study.stats import LEAD_STRETCH_LABEL as LEAD_LABEL
from drafter.ui.panels.reader_correction_menu import heading_levels
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)

# Colours per heading level: the structure should be readable at a glance.
LEVEL_COLOURS = ["#9b1c1c", "#1d4e89", "#2f6b2f", "#6b4f1d"]
# a transition listed in the outline of a text without headings: the study page's colour
# for transitions (ui/study/study_marks.py), so the row and the sentence read as one
TRANSITION_COLOUR = "#7a4fbf"
ROADMAP_COLOUR = "#1f5fbf"  # the roadmap's blue, as 学习模式 marks it
# the row under 正文 while the transitions of a text without headings are looked for
TURNS_PENDING = "正在列出过渡句…"

ParagraphRole = Qt.ItemDataRole.UserRole + 1
# set on an outline row that lists a transition of a text without headings: its paragraph is
# body text the user may well want as a heading (其次看国民党的党务), so the row takes the
# paragraph's 更正结构 menu as a heading's row does
TransitionRole = Qt.ItemDataRole.UserRole + 2
TailRole = Qt.ItemDataRole.UserRole + 3  # a row after the body: 结尾, the apparatus


class ReaderOutlineRows:
    """The outline pane's rows, built for the :class:`ReaderPanel` this is mixed into (see
    the module docstring): apart from the text's view, so the panel's module holds the
    reading and this one what the tree beside it lists."""

    def _part_item(
        self, part: str, label: str, paras: list | None = None
    ) -> QTreeWidgetItem | None:
        """An outline entry for the opening or the closing ("开头（2 段）"), or for ``paras``
        when given."""
        if paras is None:
            paras = [p for p in self._paragraphs if getattr(p, "part", "body") == part]
        if not paras:
            return None
        item = QTreeWidgetItem([f"{label}（{len(paras)} 段）"])
        item.setData(0, ParagraphRole, paras[0].index)
        item.setToolTip(0, paras[0].text[:80])
        item.setForeground(0, QColor("#666666"))
        font = item.font(0)
        font.setItalic(True)
        item.setFont(0, font)
        return item

    def _ask_turns(self, body: QTreeWidgetItem | None) -> None:
        """List the transitions the text turns at, found on a worker: the study behind them
        took 0.4 s and more on the GUI thread for a long text, a window frozen on every open.
        Under ``body`` (正文 of a text without headings, :meth:`_add_transitions`) a grey row
        says they are being looked for; with ``body`` None (a text with headings) each goes
        under the heading it stands in when found (:meth:`_place_transitions`). A document
        opened meanwhile cancels the search, and its late answer is dropped."""
        if self._turns_worker is not None:
            self._turns_worker.cancel()
        doc = self._doc
        if body is not None:
            waiting = QTreeWidgetItem([TURNS_PENDING])
            waiting.setFlags(Qt.ItemFlag.NoItemFlags)
            waiting.setForeground(0, QColor("#888888"))
            body.addChild(waiting)

        def show(marks) -> None:
            if body is None:
                self._place_transitions(marks)
            else:
                self._add_transitions(body, marks)

        worker = Worker(lambda _t: transition_marks(doc), self)
        worker.finished.connect(
            lambda marks: show(marks) if worker is self._turns_worker and doc is self._doc else None
        )
        worker.failed.connect(
            lambda msg, exc: (
                show([])
                if worker is self._turns_worker and doc is self._doc
                else log.warning("transitions of a left document failed: %s", msg)
            )
        )
        worker.ended.connect(lambda: self._forget_turns(worker))
        worker.ended.connect(worker.deleteLater)
        self._turns_worker = worker
        worker.start()

    def _forget_turns(self, worker: Worker) -> None:
        if self._turns_worker is worker:
            self._turns_worker = None

    @property
    def outline_pending(self) -> bool:
        """Whether the outline still waits for the transitions of a text without headings
        (for a view that copies the outline, and for tests that wait on it)."""
        return self._turns_worker is not None

    def _add_transitions(self, body: QTreeWidgetItem, found: list[tuple[int, str]]) -> None:
        """Under ``body`` (正文 of a text without headings), a row for each transition the
        body turns at, a click away as a heading is, as the 结构图 and the exported 提纲 list
        them (``found``: drafter.study.outline_notes.transition_marks); without one, the
        outline says it found no headings. The pane showed only 开头 / 正文 / 结尾 for such a
        text (整顿党的作风's seven turns unseen)."""
        body.takeChildren()  # the row that said they were being looked for
        marks = [(p, label) for p, label in found if label not in (LEAD_LABEL, LEAD_PART_LABEL)]
        for paragraph, label in marks:
            body.addChild(_transition_row(paragraph, label))
        if marks:
            body.setToolTip(0, skeleton_note([label for _p, label in marks]).strip("（）"))
            body.setExpanded(True)
            return
        self.outline.insertTopLevelItem(self._tail_start(), self._no_headings_row())

    def _place_transitions(self, found: list[tuple[int, str]]) -> None:
        """In a text with headings, a row for each transition (``found``: drafter.study.
        outline_notes.transition_marks) under the row it stands in — the heading before it,
        or 开头 / 正文 / 结尾 — among that row's sub-headings in text order. One heading made
        the pane list none of a text's transitions (ux47's walk)."""
        rows: list[tuple[int, QTreeWidgetItem]] = []
        stack = [self.outline.topLevelItem(i) for i in range(self.outline.topLevelItemCount())]
        while stack:
            item = stack.pop()
            at = item.data(0, ParagraphRole)
            if at is not None and not item.data(0, TransitionRole):
                rows.append((at, item))
            stack.extend(item.child(i) for i in range(item.childCount()))
        rows.sort(key=lambda r: r[0])
        for paragraph, label in found:
            before = [item for at, item in rows if at <= paragraph]
            if not before:
                continue
            parent = before[-1]
            index = next(
                (
                    i
                    for i in range(parent.childCount())
                    if (parent.child(i).data(0, ParagraphRole) or 0) > paragraph
                ),
                parent.childCount(),
            )
            parent.insertChild(index, _transition_row(paragraph, label))
            parent.setExpanded(True)

    def _tail_start(self) -> int:
        """Where the outline's rows after the body begin (结尾, then the apparatus): the
        count of rows when there are none."""
        count = self.outline.topLevelItemCount()
        return next(
            (i for i in range(count) if self.outline.topLevelItem(i).data(0, TailRole)), count
        )

    def _add_apparatus(self) -> None:
        """A row under the outline for each part of the apparatus the text shows below it
        (注释（48 条）, 附录（109 段）), grey as 开头 and 结尾 are, a click away: 学习和时局's
        31,688-character 决议 after a 6,936-character talk was not seen until the text was
        scrolled to its end."""
        apparatus = getattr(self._doc, "apparatus", None)
        for name, label, block, paragraphs in part_blocks(apparatus, len(self._paragraphs)):
            unit = "条" if name in ("endnotes", "stage_notes", "site_chrome") else "段"
            item = QTreeWidgetItem([f"{label}（{len(paragraphs)} {unit}）"])
            item.setData(0, ParagraphRole, block)
            item.setData(0, TailRole, True)
            # (a record's stage notes are the recorder's, not an editor's)
            whose = {
                "stage_notes": "记录者所记会场情况",
                "site_chrome": "网页上的打印、分享等杂项",
            }.get(name, "编者附加内容")
            item.setToolTip(0, f"{label}：{whose}，不属于正文")
            item.setForeground(0, QColor("#5f6368"))
            self.outline.addTopLevelItem(item)

    @staticmethod
    def _no_headings_row() -> QTreeWidgetItem:
        """（未识别出标题层级）, a row that cannot be clicked."""
        empty = QTreeWidgetItem([NO_HEADINGS])
        empty.setFlags(Qt.ItemFlag.NoItemFlags)
        return empty

    def _fill_outline(self) -> None:
        self.outline.clear()
        # With no heading found, what stands before the closing is not all opening:
        # "开头（44 段）" told a trainee a speech was all opening.
        headed = any(p.is_heading for p in self._paragraphs)
        if self._turns_worker is not None:  # the transitions of the document shown before
            self._turns_worker.cancel()
            self._turns_worker = None
        asked = False  # the transitions of a text without headings are being looked for
        if not hasattr(self._doc, "outline"):
            opening = self._part_item("preamble", "开头")
            if opening is not None:
                self.outline.addTopLevelItem(opening)
        else:
            # the study's opening (开门见山 in one paragraph), then what follows it before the
            # first heading, or the whole text without one, as 正文: the study labelled an
            # opening the outline beside it did not show (团结奋斗…)
            pre = [p for p in self._paragraphs if getattr(p, "part", "body") == "preamble"]
            k = opening_count(self._doc)
            for label, paras in (("开头", pre[:k]), ("正文", pre[k:])):
                item = self._part_item("preamble", label, paras)
                if item is not None:
                    self.outline.addTopLevelItem(item)
                    if label == "正文" and not headed:
                        self._ask_turns(item)
                        asked = True
        # a heading no 一级标题 leads up to (a 二级 above the first 一级): its place said
        warned = dict(level_warnings(getattr(self._doc, "outline", None)))
        stored = heading_levels(self._doc)  # coloured by the level given, placed by depth
        stack: list[tuple[int, QTreeWidgetItem | None]] = [(0, None)]
        for i, para in enumerate(self._paragraphs):
            if not para.is_heading:
                continue
            level = max(1, len(para.section))
            while stack[-1][0] >= level:
                stack.pop()
            parent = stack[-1][1]
            after = self._paragraphs[i + 1 : i + 2]  # a bare 一's row: its first words
            first = after[0].text if after and not after[0].is_heading else None
            item = QTreeWidgetItem([part_label(para.text, first)])
            item.setData(0, ParagraphRole, para.index)
            why = warned.pop(para.text, "")
            item.setToolTip(0, f"{para.text}\n层级待核：{why}" if why else para.text)
            given = stored.get(para.index, level)
            item.setForeground(0, QColor(LEVEL_COLOURS[min(given, len(LEVEL_COLOURS)) - 1]))
            if parent is None:
                self.outline.addTopLevelItem(item)
            else:
                parent.addChild(item)
            stack.append((level, item))
        if not headed and self._doc is not None and not asked:
            self.outline.addTopLevelItem(self._no_headings_row())
        if headed and hasattr(self._doc, "outline"):
            self._ask_turns(None)  # each under the heading it stands in, when found
        closing = self._part_item("closing", "结尾")
        if closing is not None:
            closing.setData(0, TailRole, True)
            self.outline.addTopLevelItem(closing)
        self._add_apparatus()
        self.outline.expandAll()


def _transition_row(paragraph: int, label: str) -> QTreeWidgetItem:
    """An outline row for a transition: its label in the study's transition colour, a click
    away, and (TransitionRole) the paragraph's 更正结构 menu, to make it a heading. A part a
    roadmap lists (〔分项〕第一，…, a text without headings mapped by them) is in the roadmap's
    blue and said to be one: called 过渡句, 第一，从组织上动员群众 was misnamed."""
    part = label.startswith(PART_MARK)
    item = QTreeWidgetItem([label])
    item.setData(0, ParagraphRole, paragraph)
    item.setData(0, TransitionRole, True)
    kind = "提纲句所列的一项，不是小标题" if part else "过渡句"
    item.setToolTip(0, f"{kind}：{label}（右键可设为标题）")
    item.setForeground(0, QColor(ROADMAP_COLOUR if part else TRANSITION_COLOUR))
    return item
