"""Browsing the library table: the filter line, the 体裁 and 年份 boxes, the count under
the table, and the 按场合浏览 tree beside it (above it when the panel is narrow, as tall as
its rows there).

Above the table the tree is folded to its 全部文稿 row where, open, it would leave the
table fewer than :data:`MIN_TABLE_ROWS` rows: ux53's walk at 1280×720 found its kinds
taking 45% of the column and the table showing about 7 rows (at 1600×1000 both have room,
and the tree stays open). One click on the row's arrow opens it; whether the user opens or
folds it is kept (``Settings.occasion_tree``, through ``occasion_tree_chosen``) and wins
over the default from then on.

A mixin of :class:`~drafter.ui.panels.library_panel.LibraryPanel`, over its ``model``,
``proxy``, ``filter_box``, ``genre_box``, ``year_box``, ``count_label``,
``occasion_tree``, ``no_match`` (what a blank table says), ``browse`` (the tree | table
splitter), ``_fitted_rows`` and ``occasion_choice``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from drafter.ui.panels.library_no_match import no_match_text

ALL_GENRES = "全部体裁"

ALL_YEARS = "全部年份"

NARROW_BROWSE = 620  # px: below it the occasion tree goes above the table

# rows the table keeps in sight under an open tree before the tree folds by default
MIN_TABLE_ROWS = 10


class LibraryBrowsing:
    """Filters, the count and the occasion tree's place (see the module docstring)."""

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Put the occasion tree above the table when the panel is narrow.

        Beside a narrow table the tree left the title column two characters wide (the
        three-column layout gives this panel ~400 px), so nobody could read the titles."""
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_BROWSE
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.browse.orientation() != wanted:
            self.browse.setOrientation(wanted)
            if not self.occasion_choice and not narrow:  # beside the table: open
                self.occasion_tree.set_root_open(True)
            # sizes are weights here: above the table the tree gets a quarter of the height
            # (110 of 710 showed four kinds at 1600x1000, the rest behind a scroll bar)
            self.browse.setSizes([200, 600] if narrow else [130, 600])
            self._fitted_rows = None
        self._fit_tree()

    def set_occasion_choice(self, choice: str) -> None:
        """The user's last fold of the 按场合浏览 tree ("open", "folded"; "" for none yet:
        the layout decides, see the module docstring), as the settings keep it."""
        self.occasion_choice = choice if choice in ("open", "folded") else ""
        if self.occasion_choice:
            self.occasion_tree.set_root_open(self.occasion_choice == "open")
        self._fitted_rows = None
        self._fit_tree()

    def _occasion_root_opened(self, on: bool) -> None:
        """The user opened or folded the tree's 全部文稿 row: kept for the next start."""
        self.occasion_choice = "open" if on else "folded"
        self.occasion_tree_chosen.emit(self.occasion_choice)

    def _fit_tree(self) -> None:
        """Above the table, give the occasion tree the height of its rows (a quarter of the
        panel at least, 45% at most): a quarter showed eight of a real library's eleven rows behind a scroll bar
        while the table below had room to spare. Folded to its 全部文稿 row it takes that row
        only. Done again only when the rows or the panel's height change, so a splitter the
        user dragged stays where it was put."""
        if self.browse.orientation() != Qt.Orientation.Vertical:
            return
        tree = self.occasion_tree
        total = sum(self.browse.sizes())
        if total <= 0:
            return
        if not self.occasion_choice:  # the user has not chosen: open where the table has room
            root = tree.topLevelItem(0)
            kinds = root.childCount() if root is not None else 0
            open_height = self._tree_height(1 + kinds, total, True)
            table_row = max(self.view.verticalHeader().defaultSectionSize(), 1)
            room = total - open_height - self.view.horizontalHeader().sizeHint().height()
            tree.set_root_open(room // table_row >= MIN_TABLE_ROWS)
        rows, item = 0, tree.topLevelItem(0)
        while item is not None:
            rows, item = rows + 1, tree.itemBelow(item)
        if (rows, total) == self._fitted_rows:
            return
        self._fitted_rows = (rows, total)
        height = self._tree_height(rows, total, tree.root_is_open())
        self.browse.setSizes([height, total - height])

    def _tree_height(self, rows: int, total: int, opened: bool) -> int:
        """The tree's height above the table for ``rows`` rows of a panel ``total`` high."""
        tree = self.occasion_tree
        row = tree.sizeHintForRow(0) if tree.topLevelItemCount() else 0
        row = max(row, tree.fontMetrics().height() + 4)
        want = tree.header().sizeHint().height() + rows * row + 2 * tree.frameWidth() + 4
        height = min(want, int(total * 0.45))
        if opened:
            height = max(height, total // 4)  # open, never below the old quarter
        return height

    def _on_filter_changed(self, *_args) -> None:
        self.proxy.set_text(self.filter_box.text())
        genre = self.genre_box.currentText()
        self.proxy.set_genre("" if genre == ALL_GENRES else genre)
        year = self.year_box.currentText()
        self.proxy.set_year("" if year == ALL_YEARS else year)
        # 按场合浏览 counts what the filter lets through, as the table shows it
        self.occasion_tree.set_filtered(
            self.proxy.matching_ids() if self.proxy.filtering() else None
        )
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        chars = sum(int(d.chars or 0) for d in self.model.documents())
        text = f"共 {total} 篇，{chars:,} 字" if total else ""
        if shown != total:
            text = f"显示 {shown} / {total} 篇"
        self.count_label.setText(text)
        # a blank table over a library that has documents says which filters emptied it
        self.no_match.say(None if shown or not total else self._no_match_text())

    def _no_match_text(self) -> str:
        genre, year = self.genre_box.currentText(), self.year_box.currentText()
        return no_match_text(
            self.occasion_tree.chosen_path(),
            self.filter_box.text(),
            "" if genre == ALL_GENRES else genre,
            "" if year == ALL_YEARS else year,
        )

    def clear_filters(self) -> None:
        """清除筛选: the filter text, 体裁, 年份 and the occasion tree's choice, all at once."""
        for box in (self.genre_box, self.year_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.filter_box.clear()
        self._on_filter_changed()
        self.occasion_tree.choose_all()

    @staticmethod
    def _refill_combo(box: QComboBox, all_text: str, values: set[str], reverse=False) -> None:
        current = box.currentText()
        box.blockSignals(True)
        box.clear()
        box.addItem(all_text)
        box.addItems(sorted(values, reverse=reverse))
        box.setCurrentIndex(max(0, box.findText(current)))
        box.blockSignals(False)
