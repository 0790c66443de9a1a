"""The 结构 panel's column widths: the counts at their figures' width, the structure
column at its longest label within the room left, the example list's titles up to half
of it; fitted again whenever the table is resized.

:class:`StructuresColumns` is a part of
:class:`~drafter.ui.study.structures_panel.StructuresPanel` (a mixin over its table and
example list)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QStyle

# the counts' headings one character where one says it (篇, 次): two took a count column
# half as wide again as its one- or two-digit figures; the tooltips say them whole
HEADERS = ("结构", "篇", "次", "展开", "例")
EXAMPLE_LEAST_CHARS = 5  # the 例 column keeps room for this many characters (民族主义｜…)


class StructuresColumns:
    """Fitting the 结构 panel's columns (see the module docstring)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Size the structure column again when the table is resized (the dock dragged,
        the window at another size)."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The counts at their width, then the structure column in the room left."""
        self._fit_counts()
        self._fit_structures()

    def _fit_counts(self) -> None:
        """Size 篇, 次 and 展开 to their widest figure or heading, with the sort arrow's room
        only on the column sorted by. Qt's own fit (ResizeToContents) gave every column the
        arrow's room and a two-character heading's, about 55 px each for one-digit counts:
        in the 学习 dock at 1280×720 the three took 165 px of ~390 and the pattern and the
        example were cut to 在××上…/在教育方…."""
        header = self.table.header()
        fm = self.table.fontMetrics()
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        cell = 2 * fm.horizontalAdvance(" ") + 2 * margin
        rows = [self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount())]
        for col in range(1, 4):
            figures = max((fm.horizontalAdvance(r.text(col)) for r in rows), default=0)
            title = fm.horizontalAdvance(HEADERS[col]) + 2 * margin
            if header.sortIndicatorSection() == col:
                title += arrow
            header.resizeSection(col, max(figures + cell, title))

    def _fit_structures(self) -> None:
        """Give the structure column the width of its longest label, of every row (Qt's
        own fit measured only the rows on screen, and a longer pattern further down was
        cut to 坚持…), up to 45% of the table, and never so wide that the counts and the
        example's least width (:data:`EXAMPLE_LEAST_CHARS`) do not fit beside it: in a
        column under 400 px at 最少出现篇数 1 the table grew a horizontal scrollbar and the
        例 column went out of sight (ux68). The label is cut in the middle, whole in its
        tooltip."""
        fm = self.table.fontMetrics()
        pad = 2 * fm.horizontalAdvance("　")
        header = self.table.header()
        least_example = EXAMPLE_LEAST_CHARS * fm.horizontalAdvance("字") + pad
        rows = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        widest = max((fm.horizontalAdvance(r.text(0)) for r in rows), default=0)
        want = max(widest, fm.horizontalAdvance("结构")) + pad
        room = self.table.viewport().width()
        counts = sum(header.sectionSize(c) for c in range(1, 4) if not header.isSectionHidden(c))
        cap = min(room * 45 // 100, room - counts - least_example)
        floor = fm.horizontalAdvance("三个坚持") + pad
        header.resizeSection(0, min(want, max(cap, floor)))

    def _fit_titles(self) -> None:
        """Give the document column room for its titles, up to half the list: a fixed narrow
        column showed every title as 在全市办… and no two could be told apart."""
        self.examples.resizeColumnToContents(0)
        cap = max(self.examples.viewport().width() // 2, 120)
        if self.examples.columnWidth(0) > cap:
            self.examples.setColumnWidth(0, cap)
