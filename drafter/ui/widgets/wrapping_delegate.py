"""Item views whose long Chinese text wraps onto more lines instead of being cut off.

``QTreeView.setWordWrap(True)`` alone does not grow a row: the default delegate is asked
for its size without the column's width, so a long heading stays one line and is elided
to the few characters that fit ("一、提高政治站位，充分…"). This delegate measures the
text at the width it is painted at (the column's, less the tree's indentation), and the
view lays its rows out again whenever a column is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

# A cell's own left indent in pixels, for a column other than the tree's first: only the first
# column is indented by the tree, so the 对照文 column of two aligned outlines showed 一、 and
# its 第一、… flush with each other, the other text's levels lost
INDENT_ROLE = int(Qt.ItemDataRole.UserRole) + 41

# The most lines a cell's text may take, for a cell that holds a list rather than a sentence
# (a frame's items, a closing's words): at 1280×720 the study's 要点 pane is under 200 px and
# one frame's items wrapped over four lines; past this many lines the text ends in …, the
# item's tooltip holds it whole and its own text stays whole for whatever reads it
MAX_LINES_ROLE = int(Qt.ItemDataRole.UserRole) + 42

PADDING = 6  # pixels under every cell's wrapped text, the same for one line or five


class WrappingDelegate(QStyledItemDelegate):
    """Sizes and paints cells of ``view`` with their text wrapped to the column width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setUniformRowHeights(False)
        relayout = QTimer(view)
        relayout.setSingleShot(True)
        relayout.setInterval(0)
        relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_: relayout.start())

    def _cell_width(self, index: QModelIndex) -> int:
        """The width Qt paints the cell at: the column's, less the tree's indentation in
        its first column (a cell's own INDENT_ROLE is taken off by initStyleOption). A row
        whose first column spans the row (提纲练习's line over a group) is as wide as the view:
        measured at its first column's width it stood over three lines of blank."""
        width = self._view.columnWidth(index.column())
        if index.column() == 0 and self._view.isFirstColumnSpanned(index.row(), index.parent()):
            width = self._view.viewport().width()
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self._view.indentation() * (depth + int(self._view.rootIsDecorated()))
        return max(width, 40)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        """The cell's height with its text wrapped at the width it is painted at.

        Qt's own measure (the style's size of an item view cell) is asked with the cell's
        painted width, so the lines counted are the lines drawn, with the same margins and
        text layout. The text was measured 12 px narrower than drawn: a heading filling its
        lines to the last character was counted a line longer than painted, and the
        reader's outline showed a blank line under some wrapped headings and none under
        others (ux53, at 1600x1000)."""
        if not index.data(Qt.ItemDataRole.DisplayRole):
            return super().sizeHint(option, index)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, self._cell_width(index), 100_000)
        size = super().sizeHint(sized, index)
        return QSize(size.width(), size.height() + PADDING)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        """Paint the text wrapped (not elided) inside the taller cell."""
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone
        indent = int(index.data(INDENT_ROLE) or 0)
        if indent:
            option.rect.setLeft(option.rect.left() + indent)
        lines = int(index.data(MAX_LINES_ROLE) or 0)
        if lines and option.text:
            option.text = capped(option.text, option, lines)


def capped(text: str, option: QStyleOptionViewItem, lines: int) -> str:
    """``text`` cut with … to what ``lines`` lines of the cell hold. Each line is counted a
    character short of the cell's text width: a line wrapped where a phrase may not break
    (before ，or ）) holds less than its full width, and the cut text must still fit."""
    metrics = option.fontMetrics
    em = metrics.horizontalAdvance("中")
    # the text's width inside the cell: the style's margin on each side (and a pixel) off
    width = option.rect.width()
    if option.widget is not None:
        style = option.widget.style()
        margin = style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin, option, option.widget)
        width -= 2 * (margin + 1)
    room = max(lines * (width - em), em)
    if metrics.horizontalAdvance(text) <= room:
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
