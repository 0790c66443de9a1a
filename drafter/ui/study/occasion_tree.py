"""按场合浏览: the library as a tree of occasion kind → audience level → year, beside the
documents table; choosing a node filters the table to its documents."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from drafter.study.occasions import occasion_tree

IDS_ROLE = Qt.ItemDataRole.UserRole + 4
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 5
HEADER = "按场合浏览"
FILTERED_HEADER = "按场合浏览（按当前筛选计数）"
ALL_DOCS = "全部文稿"
ROOT_TIP = "展开可按场合类别、层级、年份浏览；选中一项，表格只列出其中的文稿"
NONE_COLOR = "#999"  # a node none of whose documents passes the filter


class OccasionTree(QTreeWidget):
    """Signals:
    ids_chosen(object): a set of document ids to show, or None for all.
    root_opened(bool): the user opened (True) or folded (False) the 全部文稿 row, which
        the library panel remembers (above the table a folded tree leaves it the room)."""

    ids_chosen = Signal(object)
    root_opened = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("occasionTree")
        self.setHeaderLabels([HEADER])
        self._filtered: set[str] | None = None  # the ids the table's filters let through
        self._root_open = True  # the 全部文稿 row shows its kinds (kept across rebuilds)
        self._folding = False  # our own folding of the root is no choice of the user's
        self.setMinimumWidth(120)
        self.currentItemChanged.connect(lambda cur, _prev: self._chosen(cur))
        self.itemExpanded.connect(self._open_lone_child)
        self.itemExpanded.connect(lambda item: self._root_toggled(item, True))
        self.itemCollapsed.connect(lambda item: self._root_toggled(item, False))

    def root_is_open(self) -> bool:
        """The 全部文稿 row shows its kinds (else the tree is that one row)."""
        return self._root_open

    def set_root_open(self, on: bool) -> None:
        """Open or fold the 全部文稿 row for the layout (the panel's choice, not the
        user's: no ``root_opened``)."""
        self._root_open = on
        root = self.topLevelItem(0)
        if root is not None and root.isExpanded() != on:
            self._folding = True
            try:
                root.setExpanded(on)
            finally:
                self._folding = False

    def _root_toggled(self, item: QTreeWidgetItem, on: bool) -> None:
        if item is not self.topLevelItem(0):
            return
        self._root_open = on
        if not self._folding and not self.signalsBlocked():
            self.root_opened.emit(on)

    def set_documents(self, docs) -> None:
        """Rebuild the tree from the library's records, keeping the chosen node if it is
        still there."""
        current = self.currentItem()
        path = []
        while current is not None:
            path.insert(0, current.data(0, Qt.ItemDataRole.UserRole))
            current = current.parent()
        self.blockSignals(True)
        self.clear()
        root = QTreeWidgetItem([f"{ALL_DOCS}（{len(docs)}）"])
        root.setData(0, IDS_ROLE, None)
        root.setData(0, TOTAL_ROLE, len(docs))
        root.setData(0, Qt.ItemDataRole.UserRole, "")
        root.setToolTip(0, ROOT_TIP)  # folded above a short table, it says what it opens to
        self.addTopLevelItem(root)
        for kind in occasion_tree(docs):
            k = self._node(root, kind)
            for level in kind.children:
                lv = self._node(k, level)
                for year in level.children:
                    self._node(lv, year)
        root.setExpanded(self._root_open)
        self.setCurrentItem(self._find(path) or root)
        self.blockSignals(False)
        self._count(self._filtered)
        # the chosen node's documents may have changed (a text imported or removed): the
        # table follows, or a new text of the kind being browsed stayed out of it
        self._chosen(self.currentItem())

    def set_filtered(self, ids: set[str] | None) -> None:
        """Count under each node only the documents ``ids`` holds (those the table's filter
        and search let through; None: no filter, the whole library). The header says the
        counts follow the filter, and a node left with none is greyed, not removed, so the
        tree keeps its shape while the user types."""
        self._filtered = None if ids is None else set(ids)
        self._count(self._filtered)

    def _count(self, ids: set[str] | None) -> None:
        self.setHeaderLabels([HEADER if ids is None else FILTERED_HEADER])
        for item in self._items():
            mine = item.data(0, IDS_ROLE)
            label = item.data(0, Qt.ItemDataRole.UserRole) or ALL_DOCS
            if mine is None:  # the root: every document
                n = item.data(0, TOTAL_ROLE) if ids is None else len(ids)
            else:
                n = len(mine) if ids is None else len(mine & ids)
            item.setText(0, f"{label}（{n}）")
            grey = QBrush(QColor(NONE_COLOR)) if not n else None  # None: the usual colour
            item.setData(0, Qt.ItemDataRole.ForegroundRole, grey)

    def _items(self) -> list[QTreeWidgetItem]:
        """Every item, parents before children. Walked by hand: a QTreeWidgetItemIterator
        stays registered with the tree in PySide, and a later clear() crashed on one."""
        out: list[QTreeWidgetItem] = []
        stack = [self.invisibleRootItem().child(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            out.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return out

    def _node(self, parent: QTreeWidgetItem, node) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"{node.label}（{node.count}）"])
        item.setData(0, IDS_ROLE, set(node.doc_ids))
        item.setData(0, Qt.ItemDataRole.UserRole, node.label)
        parent.addChild(item)
        return item

    def _find(self, path: list) -> QTreeWidgetItem | None:
        if not path:
            return None
        item = self.topLevelItem(0)
        for label in path[1:]:
            nxt = None
            for i in range(item.childCount()):
                if item.child(i).data(0, Qt.ItemDataRole.UserRole) == label:
                    nxt = item.child(i)
            if nxt is None:
                return item
            item = nxt
        return item

    def _open_lone_child(self, item: QTreeWidgetItem) -> None:
        """A node opened on a single child opens that one too: most kinds of a real library
        have one level, 未注明层级 (ux53's walk: 培训会 opened on 未注明层级（11） alone, one more
        click before the years)."""
        if item.childCount() == 1:
            item.child(0).setExpanded(True)

    def chosen_path(self) -> str:
        """The chosen node as a reader names it (座谈会 › 省级 › 2020), "" for 全部文稿: what an
        empty table says it was narrowed by."""
        names = []
        item = self.currentItem()
        while item is not None and item.parent() is not None:
            names.insert(0, str(item.data(0, Qt.ItemDataRole.UserRole)))
            item = item.parent()
        return " › ".join(names)

    def choose_all(self) -> None:
        """Choose 全部文稿 (清除筛选): the table lists every document again."""
        root = self.topLevelItem(0)
        if root is not None:
            self.setCurrentItem(root)

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        self.ids_chosen.emit(item.data(0, IDS_ROLE) if item is not None else None)
