"""Item views whose long Chinese text wraps onto more lines instead of being cut off.

``QTreeView.setWordWrap(True)`` alone does not grow a row: the default delegate is asked
for its size without the column's width, so a long heading stays one line and is elided
to the few characters that fit ("一、提高政治站位，充分…"). This delegate measures the
text at the column's width (less the tree's indentation), and the view lays its rows out
again whenever a column is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextWrapAnywhere)

# A cell's own left indent in pixels, for a column other than the tree's first: only the first
# column is indented by the tree, so the 对照文 column of two aligned outlines showed 一、 and
# its 第一、… flush with each other, the other text's levels lost
INDENT_ROLE = int(Qt.ItemDataRole.UserRole) + 41


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

    def _text_width(self, index: QModelIndex) -> int:
        width = self._view.columnWidth(index.column()) - 12
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self._view.indentation() * (depth + int(self._view.rootIsDecorated()))
        width -= int(index.data(INDENT_ROLE) or 0)
        return max(width, 40)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        """The cell's height with its text wrapped at the column's width."""
        base = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            return base
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        metrics = QFontMetrics(font)
        rect = metrics.boundingRect(QRect(0, 0, self._text_width(index), 100_000), _WRAP, text)
        return QSize(base.width(), max(base.height(), rect.height() + 6))

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        """Paint the text wrapped (not elided) inside the taller cell."""
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone
        indent = int(index.data(INDENT_ROLE) or 0)
        if indent:
            option.rect.setLeft(option.rect.left() + indent)
