"""并排对照 window: the two full texts side by side, each read-only with its headings, and the
aligned outline above them. A trainee reads part 二 of one speech beside part 二 of the
other: choosing an aligned row brings both texts to those sections, and with 同步滚动 on,
scrolling one text keeps the other at the section aligned with it.

The dock's 学习 column is too narrow for two texts, so they get a window of their own.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.display import document_title
from drafter.study.layout import layout
from drafter.ui.study.compare import CompareView, aligned_rows


class TextPane(QWidget):
    """One text, read-only, headings bold and by level, paragraph N findable by its index."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.starts: list[int] = []  # block number of each paragraph
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.view, 1)

    def show_document(self, doc: Any) -> None:
        """Lay the document out as the study page does: headings bold (level 1 larger), a
        run-in heading in place at the start of its paragraph, as the original has it."""
        self.title.setText(f"<b>《{document_title(doc)}》</b>")
        self.view.clear()
        cursor = QTextCursor(self.view.document())
        lay = layout(doc)
        levels = {n.heading: n.depth for n in lay.nodes()}
        run_in = {n.heading: n.own[0] for n in lay.nodes() if n.section.run_in and n.own}
        rest = set(run_in.values())
        self.starts = []
        indent = 2 * self.view.fontMetrics().horizontalAdvance("中")
        paras = doc.paragraphs()
        for para in paras:
            i = para.index
            if i in rest:  # already written after its run-in heading
                self.starts.append(cursor.block().blockNumber())
                continue
            if i:
                cursor.insertBlock()
            self.starts.append(cursor.block().blockNumber())
            fmt = QTextCharFormat()
            block = QTextBlockFormat()
            block.setBottomMargin(6)
            level = levels.get(i)
            if level is None or i in run_in:
                block.setTextIndent(indent)
            else:
                block.setTopMargin(10 if level == 1 else 6)
                block.setIndent(level - 1)
            if level is not None:
                fmt.setFontWeight(QFont.Weight.Bold)
                if level == 1 and i not in run_in:
                    fmt.setFontPointSize(self.view.font().pointSizeF() * 1.1)
            cursor.setBlockFormat(block)
            cursor.insertText(para.text, fmt)
            if i in run_in:
                if not para.text.endswith(("。", "！", "？", "：", "；")):
                    cursor.insertText("。", fmt)
                cursor.insertText(paras[run_in[i]].text, QTextCharFormat())
        self.view.moveCursor(QTextCursor.MoveOperation.Start)

    def y_of(self, paragraph: int) -> int:
        """Top of paragraph N in the view's document coordinates."""
        if not self.starts:
            return 0
        paragraph = max(0, min(paragraph, len(self.starts) - 1))
        block = self.view.document().findBlockByNumber(self.starts[paragraph])
        return int(self.view.document().documentLayout().blockBoundingRect(block).top())

    def end_y(self) -> int:
        """Height of the whole text."""
        return int(self.view.document().documentLayout().documentSize().height())

    def top_y(self) -> int:
        """Document y at the top of the viewport."""
        return self.view.verticalScrollBar().value()

    def scroll_to_y(self, y: int) -> None:
        """Put document y at the top of the viewport."""
        self.view.verticalScrollBar().setValue(max(0, int(y)))


class SideBySideWindow(QWidget):
    """Two texts side by side under their aligned outlines, scrolled together."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("studySideBySide")
        self.setWindowTitle("并排对照")
        self.outline = CompareView()
        self.left = TextPane()
        self.right = TextPane()
        self.sync = QCheckBox("同步滚动")
        self.sync.setChecked(True)
        self.sync.setToolTip("滚动一篇时，另一篇停在与之对齐的部分")
        hint = QLabel("选中上方一行，两篇都转到该部分。")
        hint.setStyleSheet("color:#666")
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.sync)
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
        self._moving = False
        self.outline.currentItemChanged.connect(self._on_row)
        self.left.view.verticalScrollBar().valueChanged.connect(
            lambda _v: self._follow(self.left, self.right, 0)
        )
        self.right.view.verticalScrollBar().valueChanged.connect(
            lambda _v: self._follow(self.right, self.left, 1)
        )

    def show_pair(self, doc_a: Any, study_a: Any, doc_b: Any, study_b: Any) -> None:
        """Show both texts and their aligned outline; the rows know their two sections."""
        self.outline.show_pair(doc_a, study_a, doc_b, study_b)
        self.left.show_document(doc_a)
        self.right.show_document(doc_b)
        self.anchors = [(0, 0)]
        last_b = 0
        for _depth, a, b in aligned_rows(doc_a, doc_b):
            if a is not None and b is not None:
                self.anchors.append((a.heading, b.heading))
                last_b = b.heading
            elif a is not None:
                self.anchors.append((a.heading, last_b))
        self.anchors.sort()
        self.setWindowTitle(f"并排对照：《{document_title(doc_a)}》与《{document_title(doc_b)}》")
        total = self.splitter.height() or 600
        self.splitter.setSizes([max(120, total // 4), total - max(120, total // 4)])

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
