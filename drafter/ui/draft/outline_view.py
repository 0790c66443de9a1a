"""The outline tree of the draft editor, with its tool row and context menu.

The tree shows :class:`DraftOutlineModel`; drags inside it move sections and drops of search
hits or text insert paragraphs, all reported by the model to the session. The numbering
style of the current node's level is chosen in the combo above the tree or the menu.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from drafter.drafts.numbering import NUMBERING_STYLES, level_styles
from drafter.ui.models.draft_model import CLOSING, KEY_ROLE, OPENING, DraftOutlineModel
from drafter.ui.widgets.wrapping_delegate import WrappingDelegate

LEVEL_NAMES = ("一级", "二级", "三级", "四级", "五级", "六级")


def level_name(level: int) -> str:
    """The Chinese name of an outline level (一级 ...) for menus and tooltips; deep levels beyond the
    table get a generated name.
    """
    return LEVEL_NAMES[level - 1] if 1 <= level <= len(LEVEL_NAMES) else f"{level}级"


class OutlineTree(QTreeView):
    """QTreeView that takes section moves, hits and plain text by drag and drop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftOutline")
        self.setHeaderHidden(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        # DragDrop, not InternalMove: hits dragged from the search panel must be accepted
        # too. Internal drags still move (the model turns them into move_node).
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)


class OutlinePane(QWidget):
    """Tool row, numbering combo and the outline tree.

    Signals:
        numbering_chosen(int, str): a style was picked for a level (level, style id).
    """

    numbering_chosen = Signal(int, str)

    def __init__(
        self,
        model: DraftOutlineModel,
        tool_actions: list[QAction],
        menu_actions: list[QAction | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._menu_actions = menu_actions
        self.tree = OutlineTree()
        self.tree.setModel(model)
        # a long heading wraps instead of showing its first few characters (the tooltip
        # holds it whole)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.customContextMenuRequested.connect(self._show_menu)

        # two short rows (adding/deleting, moving) so the pane stays usable in a narrow dock
        tools = QVBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(0)
        split = len(tool_actions) // 2
        for chunk in (tool_actions[:split], tool_actions[split:]):
            row = QHBoxLayout()
            row.setSpacing(2)
            for action in chunk:
                button = QToolButton()
                button.setDefaultAction(action)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                button.setAutoRaise(True)
                row.addWidget(button)
            row.addStretch(1)
            tools.addLayout(row)

        self.level_label = QLabel("编号")
        self.numbering = QComboBox()
        self.numbering.setObjectName("draftNumbering")
        self.numbering.setToolTip("当前标题所在层级的编号样式；编号随位置自动生成")
        for style, label in NUMBERING_STYLES.items():
            self.numbering.addItem(label, style)
        self.numbering.activated.connect(self._on_numbering_activated)
        numbering_row = QHBoxLayout()
        numbering_row.setContentsMargins(0, 0, 0, 0)
        numbering_row.addWidget(self.level_label)
        numbering_row.addWidget(self.numbering, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(tools)
        layout.addLayout(numbering_row)
        layout.addWidget(self.tree, 1)
        self.empty_hint = QLabel(
            "提纲还是空的。点“添加同级”写下第一个标题，或从模板库（Ctrl+T）选一个结构新建稿件。"
        )
        self.empty_hint.setObjectName("draftOutlineEmpty")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color:#777")
        layout.addWidget(self.empty_hint)
        model.modelReset.connect(self._update_empty_hint)
        self._update_empty_hint()
        self.update_numbering(None)

    def _update_empty_hint(self) -> None:
        self.empty_hint.setVisible(not self._model.draft.sections)

    def current_level(self) -> int:
        """Depth of the selected heading (1 = top), 0 for the opening, the closing or no selection;
        decides which numbering style the toolbar shows.
        """
        key = self.tree.currentIndex().data(KEY_ROLE)
        if key in (None, OPENING, CLOSING):
            return 0
        return self._model.level_of(key)

    def update_numbering(self, key: str | None) -> None:
        """Show the style of ``key``'s level (disabled on the opening and closing)."""
        level = self._model.level_of(key) if key not in (None, OPENING, CLOSING) else 0
        self.numbering.setEnabled(level > 0)
        if level == 0:
            self.level_label.setText("编号")
            self.numbering.setCurrentIndex(-1)
            return
        self.level_label.setText(f"{level_name(level)}编号")
        style = level_styles(self._model.draft, level)[level - 1]
        self.numbering.setCurrentIndex(self.numbering.findData(style))

    def _on_numbering_activated(self, row: int) -> None:
        level = self.current_level()
        if level > 0 and row >= 0:
            self.numbering_chosen.emit(level, self.numbering.itemData(row))

    def select_key(self, key: str | None) -> None:
        """Select and reveal a heading by key; a key that no longer exists falls back to the first
        row so the editor never shows nothing.
        """
        index = self._model.index_for_key(key)
        if not index.isValid():
            index = self._model.index(0, 0, QModelIndex())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def _show_menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index.siblingAtColumn(0))
        menu = QMenu(self)
        for action in self._menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        level = self.current_level()
        if level > 0:
            sub = menu.addMenu(f"{level_name(level)}标题编号样式")
            current = level_styles(self._model.draft, level)[level - 1]
            for style, label in NUMBERING_STYLES.items():
                act = sub.addAction(label)
                act.setCheckable(True)
                act.setChecked(style == current)
                act.triggered.connect(
                    lambda _checked=False, s=style, lv=level: self.numbering_chosen.emit(lv, s)
                )
        menu.exec(self.tree.viewport().mapToGlobal(pos))
