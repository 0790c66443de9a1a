"""结构: the numeric frames and parallel-heading patterns of the whole library, with counts
by genre, occasion kind and year, examples that open in the reader, and one click to turn
a structure into a template. Mining runs on a worker with progress and cancel
(:mod:`~drafter.ui.study.structures_mining`); the table's columns are fitted to their
figures and labels by :mod:`~drafter.ui.study.structures_columns`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.settings import DEFAULT_STRUCTURES_MIN_DOCUMENTS
from drafter.study.mining import Mined, MinedStructure, shown_examples
from drafter.study.siblings import SLOT
from drafter.ui.study.structures_columns import HEADERS, StructuresColumns
from drafter.ui.study.structures_mining import IDLE_TEXT, StructuresMining
from drafter.ui.workers import Worker

ITEM_ROLE = Qt.ItemDataRole.UserRole + 3
ALL = "全部"
# a filter of the 结构 tab keeps this many characters in view however long its items
MIN_FILTER_CHARS = 2
KINDS = ("数字概括", "并列标题框架")
MIN_DOCUMENTS = DEFAULT_STRUCTURES_MIN_DOCUMENTS  # one text's habit is not the office's
MAX_MIN_DOCUMENTS = 999
MIN_TIP = (
    "只列出至少在这么多篇文稿中出现过的结构（默认 2：一篇文稿自己的写法不算本单位的常用结构）；"
    "设为 1 列出找到的全部结构。改动后立即生效，不必重新分析"
)


def _least_width(box: QComboBox, items: tuple[str, ...]) -> int:
    """The width at which ``box`` shows the widest of ``items`` whole: the text's own width
    and what the style takes around it (frame, arrow). Not minimumContentsLength: Qt counts
    that in widths of "x", and six of them read 并列标题框 under the app's CJK font, while
    thirteen widened the whole column by the room an icon would take."""
    widest = max(box.fontMetrics().horizontalAdvance(item) for item in items)
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    option.rect.setWidth(1000)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return widest + option.rect.width() - field.width() + 2


class StructuresPanel(StructuresMining, StructuresColumns, QWidget):
    """Mined structures of the library.

    Signals:
        example_activated(str, int): open document (id) at paragraph N.
        template_requested(object, object): make a template from (structure, example).
        min_documents_changed(int): the user set 最少出现篇数 (to keep in the settings).
        status_message(str)
    """

    example_activated = Signal(str, int)
    template_requested = Signal(object, object)
    min_documents_changed = Signal(int)
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("structuresPanel")
        self.library: Any = None
        self.mined: Mined | None = None
        self._worker: Worker | None = None
        self._on_screen = False  # see StructuresMining.set_on_screen
        self._never_mined = False  # the cache lookup found no result kept for this library
        self._mine_again = False  # an import finished since it was mined (library_grew)
        self._mined_on_open = False  # its first mining started by opening the panel
        self.run_button = QPushButton(RUN_FIRST)
        self.run_button.setObjectName("mineButton")
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton("取消")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        # 最少出现篇数: mining keeps every structure and the table lists those used in at least
        # this many documents; the panel said 至少 2 篇 and offered no way to see the rest
        self.min_box = QSpinBox()
        self.min_box.setObjectName("structuresMinDocuments")
        self.min_box.setRange(1, MAX_MIN_DOCUMENTS)
        self.min_box.setValue(MIN_DOCUMENTS)
        self.min_box.setSuffix(" 篇")
        self.min_box.setToolTip(MIN_TIP)
        self.min_box.valueChanged.connect(self._on_min_changed)
        self.min_label = QLabel("最少出现篇数")
        self.min_label.setToolTip(MIN_TIP)
        self.min_label.setBuddy(self.min_box)
        self.kind_box = QComboBox()
        self.kind_box.addItems(KINDS)
        self.genre_box = QComboBox()
        self.occasion_box = QComboBox()
        self.year_box = QComboBox()
        # before the first analysis the three filters stood empty and clickable, offering
        # nothing: they read 全部 and wait, greyed, until there is something to filter
        for box in (self.genre_box, self.occasion_box, self.year_box):
            box.addItem(ALL)
        for box in (self.kind_box, self.genre_box, self.occasion_box, self.year_box):
            # as wide as the room gives them, not as their longest item: filled after the
            # library opened (动员部署会, 述职报告 …) they widened the 结构 tab, its column
            # and the window past a 1280×720 screen; the list shows whole items
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(MIN_FILTER_CHARS)
            box.currentTextChanged.connect(lambda _t: self._fill())
        # its two items are known and say what the table lists: kept whole (at 1280×720 in
        # 学习模式 the row shared alike read 数字概 and 并列标题); the 全部 boxes give the room
        self.kind_box.setMinimumWidth(_least_width(self.kind_box, KINDS))
        # the 全部 boxes at what 全部 needs (Qt's own least width kept room for an icon): the
        # row, and the column at 1280×720, are no wider than before the 类 box grew
        for box in (self.genre_box, self.occasion_box, self.year_box):
            box.setMinimumWidth(_least_width(box, (ALL,)))
        self.table = QTreeWidget()
        self.table.setObjectName("structuresTable")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(list(HEADERS))
        for col, tip in enumerate(HEADER_TIPS):
            if tip:
                self.table.headerItem().setToolTip(col, tip)
        header = self.table.header()
        # the counts take what their figures and one-character headings need (:meth:
        # _fit_counts); the example gets the rest; the structure's own column is sized by
        # :meth:`_fit_structures` (a user may drag it), its text cut in the middle so both
        # ends of 坚持…｜…担当 stay readable, the whole in the tooltip
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.sortIndicatorChanged.connect(lambda _c, _o: self._fit_columns())
        # Qt's least section (about 40 px under the app's font) kept a one-digit count wide
        header.setMinimumSectionSize(2 * self.table.fontMetrics().horizontalAdvance("字"))
        # a tree stretches its last section too, and that kept the 例 column at its first
        # 100 px whatever the room: with the counts beside it, a horizontal scrollbar
        header.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.viewport().installEventFilter(self)
        self.table.setSortingEnabled(True)
        self.table.currentItemChanged.connect(lambda cur, _prev: self._show_examples(cur))
        self.examples = QTreeWidget()
        self.examples.setObjectName("structureExamples")
        self.examples.setHeaderLabels(["文稿", "这样写"])
        self.examples.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.examples.itemActivated.connect(self._open_example)
        # an example only mentioning the structure has nothing to build from: the button follows
        self.examples.currentItemChanged.connect(lambda _cur, _prev: self._update_enabled())
        self.examples.itemDoubleClicked.connect(self._open_example)
        self.template_button = QPushButton("做成模板")
        self.template_button.setObjectName("structureTemplate")
        self.template_button.setToolTip(TEMPLATE_TIP)
        self.template_button.clicked.connect(self._make_template)
        self.summary = QLabel(IDLE_TEXT)
        self.summary.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)  # the count stays at the right while the progress bar is hidden
        row.addWidget(self.min_label)
        row.addWidget(self.min_box)
        filters = QHBoxLayout()
        for label, box in (
            ("类", self.kind_box),
            ("文种", self.genre_box),
            ("场合", self.occasion_box),
            ("年份", self.year_box),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(box, 1)
        lower = QWidget()
        lbox = QVBoxLayout(lower)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.examples, 1)
        brow = QHBoxLayout()
        brow.addStretch(1)
        brow.addWidget(self.template_button)
        lbox.addLayout(brow)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(row)
        box.addWidget(self.summary)
        box.addLayout(filters)
        box.addWidget(split, 1)
        self._update_enabled()

    def set_library(self, library: Any) -> None:
        """Switch to another library; the old results are dropped because they describe a different
        collection.
        """
        self.library = library
        self.mined = None
        self._never_mined = self._mined_on_open = False
        self._mine_again = False  # an import finished since it was mined (library_grew)
        self.table.clear()
        self.examples.clear()
        for box in (self.genre_box, self.occasion_box, self.year_box):
            box.blockSignals(True)
            box.clear()
            box.addItem(ALL)
            box.blockSignals(False)
        self.summary.setText(IDLE_TEXT)
        self._update_enabled()
        if library is not None:
            self._look_up_cache(library)

    def set_min_documents(self, n: int) -> None:
        """Show structures used in at least ``n`` documents (the settings' value at start);
        says nothing back through :attr:`min_documents_changed`."""
        self.min_box.blockSignals(True)
        self.min_box.setValue(max(1, min(int(n), MAX_MIN_DOCUMENTS)))
        self.min_box.blockSignals(False)
        self._fill()

    def _on_min_changed(self, n: int) -> None:
        self._fill()
        self.min_documents_changed.emit(n)

    def set_mined(self, mined: Mined | None, kept: bool = False, stale: bool = False) -> None:
        """Show a mining result (also used by tests with a result computed in the core);
        ``kept``: the result kept from an earlier run, the library unchanged since (the
        status bar said 分析完成 at a start that analysed nothing); ``stale`` too: the
        library changed since, and it is being mined again."""
        if mined is None:
            return
        self.mined = mined
        genres, kinds, years = set(), set(), set()
        for item in [*mined.frames, *mined.patterns]:
            genres |= set(item.by_genre)
            kinds |= set(item.by_occasion)
            years |= {str(y) for y in item.by_year}
        for box, values in (
            (self.genre_box, genres),
            (self.occasion_box, kinds),
            (self.year_box, years),
        ):
            box.blockSignals(True)
            box.clear()
            box.addItem(ALL)
            box.addItems(sorted(values, reverse=box is self.year_box))
            box.blockSignals(False)
        self._fill()
        self._update_enabled()
        if stale:
            self.status_message.emit("资料库已变，先显示上次的结构分析结果，正在重新分析…")
        elif kept:
            self.status_message.emit("资料库未变，显示上次的结构分析结果。")
        else:
            self.status_message.emit("资料库结构分析完成。")

    def _say_counts(self) -> None:
        """The summary line: how many documents were analysed and how many structures reach
        最少出现篇数 (it follows the box)."""
        mined, least = self.mined, self.min_box.value()
        if mined is None:
            return
        failed = f"，{len(mined.failed)} 篇读取失败" if mined.failed else ""
        frames = sum(1 for s in mined.frames if s.documents >= least)
        patterns = sum(1 for s in mined.patterns if s.documents >= least)
        filtered = any(
            b.currentText() not in ("", ALL)
            for b in (self.genre_box, self.occasion_box, self.year_box)
        )
        within = "篇数、次数和例文只计所选文种、场合、年份的文稿。" if filtered else ""
        self.summary.setText(
            f"分析了 {mined.documents} 篇{failed}：至少 {least} 篇用过的数字概括 "
            f"{frames} 个、并列标题框架 {patterns} 个。{within}选中一行看例文，"
            "双击例文在阅读器中打开。"
        )

    def _fill(self) -> None:
        self.table.clear()
        self.examples.clear()
        if self.mined is None:
            return
        self._say_counts()
        least = self.min_box.value()
        frames = self.kind_box.currentText() == KINDS[0]
        items = self.mined.frames if frames else self.mined.patterns
        # 展开 counts a frame's listed uses; a heading pattern is always spelled out, so the
        # column stood empty beside every pattern
        self.table.setColumnHidden(3, not frames)
        genre, kind, year = (
            None if b.currentText() in ("", ALL) else b.currentText()
            for b in (self.genre_box, self.occasion_box, self.year_box)
        )
        self.table.setSortingEnabled(False)
        for whole in items:
            # counted and exemplified within the filters: 两个阶段 under 开班式 said 11 篇 (its
            # count over the library) with 实践论 as its first example
            # 最少出现篇数 still asks how common it is in the whole library
            s = whole.within(genre, kind, int(year) if year else None)
            if whole.documents < least or not s.documents:
                continue
            example = next(
                (e for e in s.examples if e.items), s.examples[0] if s.examples else None
            )
            row = QTreeWidgetItem(
                [shown_label(s), "", "", "", "｜".join(example.items[:6]) if example else ""]
            )
            for col, value in ((1, s.documents), (2, s.count), (3, s.listed)):
                if s.kind == "frame" or col != 3:
                    row.setData(col, Qt.ItemDataRole.DisplayRole, value)  # sorts as a number
            row.setData(0, ITEM_ROLE, s)
            row.setToolTip(0, _facets(whole))
            if mentioned_only(s):
                # named, never spelled out (八项规定精神): greyed, so the eye goes on to the
                # structures a trainee can learn from
                for col in range(5):
                    row.setForeground(col, QBrush(QColor(MENTIONED_COLOR)))
                row.setToolTip(0, f"{MENTIONED_ROW_TIP}\n{_facets(whole)}")
            row.setToolTip(4, row.text(4))
            self.table.addTopLevelItem(row)
        self.table.header().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self._fit_columns()
        first = self.first_learnable()
        if first is not None:
            self.table.setCurrentItem(first)
            self.table.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtTop)

    def first_learnable(self) -> QTreeWidgetItem | None:
        """The row the table opens on: the first, in the order shown, whose items some text
        spells out. Sorted by 篇数 the table opened on 八项规定精神 (展开 0: named in many
        texts, listed in none) with its examples all 只提及 and 做成模板 grey; a trainee
        opening the panel to learn wants the first structure with items to read. The order
        stays the header's (篇数), so the counts still read as sorted; the rows above it are
        greyed as mention-only."""
        rows = [self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount())]
        return next(
            (r for r in rows if not mentioned_only(r.data(0, ITEM_ROLE))), rows[0] if rows else None
        )

    def _show_examples(self, row: QTreeWidgetItem | None) -> None:
        self.examples.clear()
        s: MinedStructure | None = row.data(0, ITEM_ROLE) if row else None
        if s is None:
            self._update_enabled()
            return
        for e in shown_examples(s.examples):
            shown = "｜".join(
                (m + i) if m else i for m, i in zip(e.markers or [""] * len(e.items), e.items)
            )
            item = QTreeWidgetItem([e.name or e.title or e.path, shown or "（只提及）"])
            item.setData(0, ITEM_ROLE, e)
            item.setToolTip(0, f"{item.text(0)}\n{e.path}")
            item.setToolTip(1, shown)
            self.examples.addTopLevelItem(item)
        self._fit_titles()
        first = next(
            (
                self.examples.topLevelItem(i)
                for i in range(self.examples.topLevelItemCount())
                if self.examples.topLevelItem(i).data(0, ITEM_ROLE).items
            ),
            None,
        )
        if first is not None:
            self.examples.setCurrentItem(first)
        self._update_enabled()

    def _open_example(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        e = item.data(0, ITEM_ROLE)
        if e is not None:
            self.example_activated.emit(e.doc_id, e.paragraph)

    def _make_template(self) -> None:
        row, ex = self.table.currentItem(), self.examples.currentItem()
        s = row.data(0, ITEM_ROLE) if row else None
        e = ex.data(0, ITEM_ROLE) if ex else None
        if s is not None and e is not None:
            self.template_requested.emit(s, e)

    def _update_enabled(self) -> None:
        running = self.mining
        self.run_button.setEnabled(self.library is not None and not running)
        # opening the panel mines a library never mined: the button is then for mining again
        self.run_button.setText(RUN_AGAIN if self.mined is not None else RUN_FIRST)
        self.run_button.setToolTip(RUN_AGAIN_TIP if self.mined is not None else "")
        for box in (self.genre_box, self.occasion_box, self.year_box):
            box.setEnabled(self.mined is not None)
        ex = self.examples.currentItem()
        example = ex.data(0, ITEM_ROLE) if ex else None
        self.template_button.setEnabled(bool(example and example.items))
        # a greyed button says why: the first row is often a formula only ever mentioned
        # (八项规定), whose examples list no items to build a template from
        row = self.table.currentItem()
        structure = row.data(0, ITEM_ROLE) if row else None
        if example is not None:
            tip = TEMPLATE_TIP if example.items else MENTIONED_TIP
        elif structure is None:
            tip = NO_ROW_TIP
        elif not any(e.items for e in structure.examples):
            tip = f"“{structure.label}”在各篇中都只提及、没有展开各项，做不成模板；{PICK_LISTED}"
        else:
            tip = NO_EXAMPLE_TIP
        self.template_button.setToolTip(tip)


RUN_FIRST = "分析资料库"
RUN_AGAIN = "重新分析"
RUN_AGAIN_TIP = "重新分析资料库的全部文稿（资料库有改动时，下次打开它也会自动重新分析）"
HEADER_TIPS = (
    "",
    "篇数：用过这个结构的文稿篇数",
    "次数：这个结构在各篇中出现的次数",
    "展开：其中列出了各项（而不只是提及）的次数",
    "例：一篇例文中的各项",
)
TEMPLATE_TIP = "以所选例文中的这组结构生成“我的模板”，保留原文编号样式"
NO_EXAMPLE_TIP = "先在下方选一篇例文，再做成模板"
NO_ROW_TIP = "先在上方选一个结构，再选一篇例文"
PICK_LISTED = "请选“展开”一栏不为 0 的结构"
MENTIONED_TIP = "这篇例文只提及、没有展开各项，做不成模板；请选“这样写”一栏列出了各项的例文"


def shown_label(s: MinedStructure) -> str:
    """A structure as its row names it: a heading pattern's open slot as ×× (坚持××, the
    way an office writes a placeholder), not the … the miner keys it with, which read as
    a label cut off by a narrow column (坚持…). The 做成模板 dialog names it so too (it
    said 坚持… of the row 坚持××)."""
    return s.label.replace(SLOT, "××") if s.kind == "pattern" else s.label


MENTIONED_COLOR = "#8a8a8a"
MENTIONED_ROW_TIP = "只提及：各篇都只说出这个说法，没有展开各项，可学的不多"


def mentioned_only(s: MinedStructure | None) -> bool:
    """A frame no text of the rows shown spells out (展开 0): 八项规定精神, named and never
    listed. A heading pattern is always spelled out."""
    return s is not None and s.kind == "frame" and not s.listed


def _facets(s: MinedStructure) -> str:
    """Where a structure is used: genres, occasion kinds, years."""
    genre = "、".join(f"{k} {v}" for k, v in s.by_genre.most_common(4))
    kind = "、".join(f"{k} {v}" for k, v in s.by_occasion.most_common(4))
    return f"{shown_label(s)}\n文种：{genre}\n场合：{kind}\n年份：{s.year_span}"
