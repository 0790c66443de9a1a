"""The 结构图's length bar: a thin band centred in its row with the part's share written
beside it, so rows of wrapped headings keep bars that line up and compare."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QProgressBar, QStyle, QStyleOptionProgressBar, QStylePainter

from drafter.study.stats import share_label

LABEL_GAP = 6  # px between a length bar and its share
BAR_HEIGHT = 16  # px: the length bar's band, whatever the height of its (wrapped) row


def share_bar(share: float) -> LengthBar:
    """The length bar of a part that is ``share`` of the whole, labelled with its share."""
    bar = LengthBar()
    bar.setRange(0, 1000)
    bar.setValue(int(round(share * 1000)))
    bar.setFormat(share_label(share))
    bar.setToolTip(f"占全文 {share * 100:.1f}%")
    return bar


class LengthBar(QProgressBar):
    """A section's length bar, drawn as a band of :data:`BAR_HEIGHT` in the middle of its row.

    A row with an item widget is no taller than the widget's maximum height: the bar's
    setMaximumHeight(16) held every row of the map to one line, so a long heading could not
    wrap and was cut. This bar may grow with its row and still draws a thin band."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as a progress bar asks, one band high."""
        return QSize(super().sizeHint().width(), BAR_HEIGHT)

    def label_width(self) -> int:
        """Room kept right of the bar for its share (as wide as "100%" in this font), the
        same in every row so that the bars line up and compare."""
        return self.fontMetrics().horizontalAdvance("100%") + LABEL_GAP

    def bar_rect(self) -> QRect:
        """Where the band is drawn: centred in the height, left of the label."""
        band = min(BAR_HEIGHT, self.height())
        width = max(0, self.width() - self.label_width())
        return QRect(0, (self.height() - band) // 2, width, band)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        """Qt override: the styled bar in a band centred in the widget, its share written
        beside it. Written inside it, as a progress bar does, the label sat in the middle of
        the band, where the fill of a part near half the text (50%) ran through it."""
        painter = QStylePainter(self)
        option = QStyleOptionProgressBar()
        self.initStyleOption(option)
        option.textVisible = False
        option.rect = self.bar_rect()
        painter.drawControl(QStyle.ControlElement.CE_ProgressBar, option)
        label = QRect(option.rect.right() + 1, 0, self.width() - option.rect.width(), self.height())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(label, int(align), self.text())
