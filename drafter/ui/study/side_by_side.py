"""并排对照 window: the two full texts side by side, each read-only with its headings, and the
aligned outline above them. A trainee reads part 二 of one speech beside part 二 of the
other: choosing an aligned row brings both texts to those sections, and with 同步滚动 on,
scrolling one text keeps the other at the section aligned with it.

The dock's 学习 column is too narrow for two texts, so they get a window of their own.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.display import (
    UNTITLED,
    book_title,
    document_title,
    is_untitled,
    quote_cut,
    quoted_name,
)
from drafter.study.exercise.mask import same_document
from drafter.ui.study.annotated_render import NOTE_EDITED_WHERE
from drafter.ui.study.annotated_view import AnnotatedView
from drafter.ui.study.compare import CompareView, aligned_rows
from drafter.ui.study.info_lines import MARKS_LEGEND, follow_link, frame_line, roadmap_line
from drafter.ui.widgets.tip_label import TipLabel

HINT = "<span style='color:#666'>选中上方一行，两篇都转到该部分；点彩色词语或蓝色提纲句，这里列出各项。</span>"
MASKED_HINT = (
    "<b>提纲练习进行中</b>：{title}的标题和说出标题的词语已隐去，与阅读器一致；"
    "写完点“对照原文”后显示。"
)


class TextPane(QWidget):
    """One text, read-only, laid out by the reader's 学习模式 view (headings by level, run-in
    headings in place), with its study marks when annotated and the trainee's own highlights
    and notes always (shown, not changed here); paragraph N findable by its index.
    """

    def __init__(self, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.view = AnnotatedView()
        # not the reader's "studyText": a lookup of the reader's page must not land here
        self.view.setObjectName(name or "sideBySideText")
        self.view.notes_editable = False  # a click shows a note here; the reader changes it
        self.starts: list[int] = []  # block number of each paragraph
        self.doc: Any = None
        self.study: Any = None
        self.masked = False  # the text of an outline exercise being written: headings blanked
        self.notes: list = []  # the trainee's highlights and notes on this text
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.view, 1)

    def show_document(
        self, doc: Any, study: Any, annotate: bool = False, masked: bool = False, notes=None
    ) -> None:
        """Show the document through the reader's annotated view, so both panes read as the
        reader does: with ``annotate`` frames and their items coloured alike (a click links
        them), roadmap and transition sentences marked, opening and closing parts labelled;
        without, the same layout with no marks. ``masked``: the text of the outline exercise
        being written, blanked as the reader blanks it (the answers were readable here).
        ``notes``: the trainee's highlights and notes on it (None: those it had), drawn with
        the marks on or off: a trainee comparing two 范文 reads them with their own marks, which
        only the reader's 学习模式 showed."""
        self.doc, self.study, self.masked = doc, study, masked
        if notes is not None:
            self.notes = list(notes)
        # an untitled text's occasion or first words carry the quiet 无标题 mark, as the 学习
        # page's line and the reader's header show it (issue 8): 现在，我代表国务院… is no title
        untitled = f"<span style='color:#888'>{UNTITLED}</span>" if is_untitled(doc) else ""
        self.title.setText(f"<b>{html.escape(book_title(document_title(doc)))}</b>{untitled}")
        if masked:
            self.view.show_masked(doc, getattr(study, "roadmap", None))
        else:
            self.view.show_study(doc, study, self.notes, annotate=annotate)
        self.starts = []
        last = 0
        for para in doc.paragraphs():
            block = self.view.block_of(para.index)
            last = block if block is not None else last
            self.starts.append(last)

    def set_annotated(self, annotate: bool) -> None:
        """Switch the marks on or off, the text staying where it was read: at the same
        paragraph, the same share of the way through it (the tags change the heights)."""
        if self.doc is None:
            return
        paragraph = self.top_paragraph()
        start = self.y_of(paragraph)
        after = self.y_of(paragraph + 1) if paragraph + 1 < len(self.starts) else self.end_y()
        share = (self.top_y() - start) / max(1, after - start)
        self.show_document(self.doc, self.study, annotate, self.masked)

        def restore() -> None:
            start = self.y_of(paragraph)
            after = self.y_of(paragraph + 1) if paragraph + 1 < len(self.starts) else self.end_y()
            self.scroll_to_y(start + share * max(0, after - start))

        restore()
        # once more when the view has laid the new text out and set its scroll range
        QTimer.singleShot(0, self, restore)

    def top_paragraph(self) -> int:
        """The paragraph at the top of the viewport (0 for an empty pane); of a run-in heading
        and its text, which share a line, the heading."""
        tops = [self.y_of(i) for i in range(len(self.starts))]
        i = max(0, bisect_right(tops, self.top_y() + 1) - 1)
        while i > 0 and tops[i - 1] == tops[i]:
            i -= 1
        return i

    def y_of(self, paragraph: int) -> int:
        """Top of paragraph N in the view's document coordinates."""
        if not self.starts:
            return 0
        paragraph = max(0, min(paragraph, len(self.starts) - 1))
        block = self.view.document().findBlockByNumber(self.starts[paragraph])
        return int(self.view.document().documentLayout().blockBoundingRect(block).top())

    def end_y(self) -> int:
        """Height of the whole text: where the last paragraph ends, so a place inside it
        is a share of its height as a place inside any other paragraph is (the panes
        follow each other by that share)."""
        return int(self.view.document().documentLayout().documentSize().height())

    def top_y(self) -> int:
        """Document y at the top of the viewport: where this pane is being read, which
        the other pane follows."""
        return self.view.verticalScrollBar().value()

    def scroll_to_y(self, y: int) -> None:
        """Put document y at the top of the viewport: how a pane follows the other one
        or jumps to a section chosen in the aligned outline."""
        self.view.verticalScrollBar().setValue(max(0, int(y)))


def note_line(note: Any) -> str:
    """What the line above the texts says of a note or highlight clicked: its words and the
    text it is on, and where it is changed (a click here changes nothing)."""
    quote = html.escape(quote_cut(note.quote.replace("\n", " "), 30))
    if not note.note:
        return f"我的高亮：“{quote}”"
    return (
        f"我的笔记：{html.escape(note.note)}　<span style='color:#666'>（“{quote}”；"
        f"{NOTE_EDITED_WHERE}）</span>"
    )


class SideBySideWindow(QWidget):
    """Two texts side by side under their aligned outlines, scrolled together."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("studySideBySide")
        self.setWindowTitle("并排对照")
        # a window of its own with no button to close it but the title bar's: Esc and Ctrl+W
        # close it like a viewer (on the screen's first window it sat over the main window)
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)):
            QShortcut(keys, self, self.close, Qt.ShortcutContext.WindowShortcut)
        self.outline = CompareView()
        self.left = TextPane("sideBySideLeft")
        self.right = TextPane("sideBySideRight")
        self.sync = QCheckBox("同步滚动")
        self.sync.setChecked(True)
        self.sync.setToolTip("滚动一篇时，另一篇停在与之对齐的部分")
        self.marks = QCheckBox("学习标注")
        self.marks.setObjectName("sideBySideMarks")
        self.marks.setToolTip(
            "两篇都标出数字概括及其各项、提纲句、过渡句、开头结尾各部分（随学习模式开关）"
        )
        self.marks.toggled.connect(self._on_marks_toggled)
        self.legend = TipLabel(
            "<span style='color:#555'>图例 ⓘ</span>",
            "<b>学习标注图例</b><br>" + MARKS_LEGEND + "点彩色词语看同组各项；"
            "点蓝色提纲句看它领起的各部分",
        )
        self.legend.setObjectName("sideBySideLegend")
        self.legend.setVisible(False)
        # the hint, until a click on a frame or a roadmap sentence spells it out here, as the
        # reader's info line does (its links go to the text clicked)
        self.info = QLabel(HINT)
        self.info.setObjectName("sideBySideInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.linkActivated.connect(self._on_link)
        self._info_pane: TextPane | None = None
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(self.legend)
        top.addWidget(self.marks)
        top.addWidget(self.sync)
        # a button too: with no window manager (or a kiosk) there is no title bar to close by,
        # and a trainee does not guess Esc
        self.close_button = QPushButton("关闭")
        self.close_button.setObjectName("sideBySideClose")
        self.close_button.setToolTip("关闭并排对照（Esc）")
        self.close_button.clicked.connect(self.close)
        top.addWidget(self.close_button)
        texts = QSplitter(Qt.Orientation.Horizontal)
        texts.addWidget(self.left)
        texts.addWidget(self.right)
        texts.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(texts)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(top)
        box.addWidget(self.splitter, 1)
        # (paragraph of A, paragraph of B) at the start of each aligned part, in A's order
        self.anchors: list[tuple[int, int]] = []
        # the text of an outline exercise being written (None: none): blanked wherever shown
        self.masked_doc: Any = None
        self._pair: tuple[Any, Any, Any, Any] | None = None
        self._moving = False
        self.outline.currentItemChanged.connect(self._on_row)
        for pane, side in ((self.left, "本文"), (self.right, "对照文")):
            view = pane.view
            view.frame_clicked.connect(
                lambda k, n, p=pane, w=side: self._say(
                    p, w, frame_line(p.study, p.view.frame_colour, k, n)
                )
            )
            view.roadmap_clicked.connect(
                lambda k, p=pane, w=side: self._say(p, w, roadmap_line(p.study, k))
            )
            view.paragraph_clicked.connect(lambda _i, p=pane: self._maybe_unsay(p))
            view.note_clicked.connect(lambda n, p=pane, w=side: self._say(p, w, note_line(n)))
        self.left.view.verticalScrollBar().valueChanged.connect(
            lambda _v: self._follow(self.left, self.right, 0)
        )
        self.right.view.verticalScrollBar().valueChanged.connect(
            lambda _v: self._follow(self.right, self.left, 1)
        )

    def show_pair(
        self,
        doc_a: Any,
        study_a: Any,
        doc_b: Any,
        study_b: Any,
        annotate: bool | None = None,
        notes: tuple[Any, Any] = ((), ()),
    ) -> None:
        """Show both texts and their aligned outline; the rows know their two sections. With
        ``annotate`` set, the texts show their study marks or not (None: as the window's 学习标注
        box stands). ``notes``: the trainee's highlights and notes on each text."""
        if annotate is not None:
            with QSignalBlocker(self.marks):  # the texts are rendered once, below
                self.marks.setChecked(annotate)
            self.legend.setVisible(annotate)
        self._pair = (doc_a, study_a, doc_b, study_b)
        hide = (same_document(doc_a, self.masked_doc), same_document(doc_b, self.masked_doc))
        self.outline.show_pair(doc_a, study_a, doc_b, study_b, hide=hide)
        self._info_pane = None
        self.info.setText(self._hint())
        self.left.show_document(doc_a, study_a, self.marks.isChecked(), hide[0], notes[0])
        self.right.show_document(doc_b, study_b, self.marks.isChecked(), hide[1], notes[1])
        self.anchors = [(0, 0)]
        last_b = 0
        for _depth, a, b in aligned_rows(doc_a, doc_b):
            if a is not None and b is not None:
                self.anchors.append((a.heading, b.heading))
                last_b = b.heading
            elif a is not None:
                self.anchors.append((a.heading, last_b))
        # two texts without headings: their stretches between transitions, turn by turn, as
        # the outline pairs them (CompareView._add_stretches), so 同步滚动 keeps them together
        turns = [
            [r.paragraph for r in st.structure if r.part == "stretch"] for st in (study_a, study_b)
        ]
        self.anchors += [(a, b) for a, b in zip(*turns) if (a, b) != (0, 0)]
        self.anchors.sort()
        self.setWindowTitle(f"并排对照：{quoted_name(doc_a)}与{quoted_name(doc_b)}")
        self._fit_outline()

    def set_notes(self, notes_a: Any, notes_b: Any) -> None:
        """The trainee's highlights and notes changed (one added in the reader meanwhile): the
        texts whose notes differ are drawn again, each where it was being read."""
        self._moving = True  # one text drawn again must not drag the other along
        try:
            for pane, notes in ((self.left, list(notes_a)), (self.right, list(notes_b))):
                if pane.doc is not None and notes != pane.notes:
                    pane.notes = notes
                    pane.set_annotated(self.marks.isChecked())
        finally:
            self._moving = False

    def set_masked(self, doc: Any) -> None:
        """The outline exercise on ``doc`` began (None: it ended): where ``doc`` is shown, its
        headings, the words that spell them out and its marks are blanked as in the reader, in
        its text and its column of the aligned outline, and shown again after. The window sat
        beside the exercise with every answer readable. Each text keeps its place."""
        if doc is self.masked_doc:
            return
        before, self.masked_doc = self.masked_doc, doc
        pair = self._pair
        if pair is None or not any(
            same_document(shown, d) for shown in (pair[0], pair[2]) for d in (before, doc)
        ):
            return
        places = (self.left.top_paragraph(), self.right.top_paragraph())
        self.show_pair(*pair, notes=(self.left.notes, self.right.notes))
        self.show_sections(*places)

    def _hint(self) -> str:
        """The line above the texts before anything is clicked: the exercise's note while a
        text here is blanked, else how to use the window."""
        pair = self._pair
        for doc in (pair[0], pair[2]) if pair else ():
            if same_document(doc, self.masked_doc):
                return MASKED_HINT.format(title=html.escape(book_title(document_title(doc))))
        return HINT

    def _fit_outline(self) -> None:
        """Give the aligned outline the height of its rows, between a quarter and 40% of
        the window: a fixed quarter showed seven rows of two speeches with three parts and
        nine sub-headings each, the skeleton the window is for, behind a scroll bar."""
        total = sum(self.splitter.sizes()) or self.splitter.height() or 600
        tree = self.outline
        rows, item = 0, tree.topLevelItem(0)
        while item is not None:
            rows, item = rows + 1, tree.itemBelow(item)
        row = tree.sizeHintForRow(0) if rows else 0
        want = tree.header().sizeHint().height() + rows * max(row, 1) + 2 * tree.frameWidth() + 6
        height = max(min(want, total * 2 // 5), min(120, total // 2), total // 4)
        self.splitter.setSizes([height, total - height])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Fit the outline again once the window has its real height (a pair is often
        shown before the window is)."""
        super().showEvent(event)
        self._fit_outline()

    def set_annotated(self, on: bool) -> None:
        """Show the study marks in both texts, or none: the reader's 学习模式 sets it (the
        window's 学习标注 box can still switch them for this window alone)."""
        self.marks.setChecked(on)  # toggled re-renders both texts when it changes

    def _on_marks_toggled(self, on: bool) -> None:
        self.legend.setVisible(on)
        self._info_pane = None  # the frame it spelled out is no longer marked
        self.info.setText(self._hint())
        self._moving = True  # re-rendering one text must not drag the other along
        try:
            self.left.set_annotated(on)
            self.right.set_annotated(on)
        finally:
            self._moving = False

    def _say(self, pane: TextPane, side: str, line: str) -> None:
        """Spell out what was clicked in ``pane`` (本文 or 对照文) in the line above the texts."""
        if line:
            self._info_pane = pane
            self.info.setText(f"<b>{side}</b>　{line}")

    def _maybe_unsay(self, pane: TextPane) -> None:
        """A click on plain text of the pane the line speaks of: back to the hint."""
        view = pane.view
        if (
            pane is self._info_pane
            and view.selected_frame is None
            and view.selected_roadmap is None
        ):
            self._info_pane = None
            self.info.setText(self._hint())

    def _on_link(self, link: str) -> None:
        if self._info_pane is not None:
            follow_link(self._info_pane.view, link)

    def show_sections(self, para_a: int | None, para_b: int | None) -> None:
        """Bring each text to the given paragraph (None leaves that text where it is)."""
        self._moving = True
        try:
            if para_a is not None:
                self.left.scroll_to_y(self.left.y_of(para_a))
            if para_b is not None:
                self.right.scroll_to_y(self.right.y_of(para_b))
        finally:
            self._moving = False

    def _on_row(self, item: Any, _previous: Any = None) -> None:
        if item is None:
            return
        pair = item.data(0, Qt.ItemDataRole.UserRole)
        if pair:
            self.show_sections(*pair)

    def _follow(self, moved: TextPane, other: TextPane, side: int) -> None:
        """Keep ``other`` at the part aligned with the one at the top of ``moved``, the same
        share of the way through it."""
        if self._moving or not self.sync.isChecked() or not self.anchors:
            return
        anchors = sorted(self.anchors, key=lambda p: p[side])
        tops = [moved.y_of(p[side]) for p in anchors]
        y = moved.top_y()
        i = max(0, bisect_right(tops, y) - 1)
        here_end = tops[i + 1] if i + 1 < len(tops) else moved.end_y()
        share = (y - tops[i]) / max(1, here_end - tops[i])
        target = anchors[i][1 - side]
        start = other.y_of(target)
        later = [other.y_of(p[1 - side]) for p in anchors if p[1 - side] > target]
        end = min(later) if later else other.end_y()
        self._moving = True
        try:
            other.scroll_to_y(start + share * max(0, end - start))
        finally:
            self._moving = False
