"""The draft's outline as a Qt item model: opening, the numbered sections, closing.

A thin adapter over :class:`drafter.drafts.model.Draft`. It never changes the draft itself:
renames, moves and drops are reported as signals, and the editing session (which owns the
undo stack) makes the change and tells the model to refresh. That keeps every edit undoable
whether it came from the keyboard, a menu or a drag.

Keys name the rows: ``"opening"``, ``"closing"``, or a section's node id.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from drafter.drafts.char_counts import (
    char_count,
    draft_chars,
    heading_chars,
    paragraph_chars,
    paragraphs_chars,
)
from drafter.drafts.model import Draft, DraftNode
from drafter.drafts.numbering import markers as numbering_markers
from drafter.ui.models.outline_drops import HIT_MIME, NODE_MIME, OutlineDrops, hits_from_mime
from drafter.ui.models.outline_rows import CLOSING, OPENING, FixedRow, position

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("提纲", "字数")

_ANY_INDEX = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # an invalid index is immutable: safe as a shared default


class DraftOutlineModel(OutlineDrops, QAbstractItemModel):
    """Outline rows of a draft with live numbering and character counts; drag and drop is
    its mixin :class:`~drafter.ui.models.outline_drops.OutlineDrops`.

    Signals:
        rename_requested(str, str): the user edited a heading in place (key, new heading).
        move_requested(str, object, int): a section was dragged (node id, new parent id or
            None for the top level, index among the new parent's children after removal).
        hits_dropped(str, object): search hits were dropped on a row (key, list of dicts).
        text_dropped(str, str): plain text was dropped on a row (key, text).
    """

    rename_requested = Signal(str, str)
    move_requested = Signal(str, object, int)
    hits_dropped = Signal(str, object)
    text_dropped = Signal(str, str)

    def __init__(self, draft: Draft | None = None, parent=None) -> None:
        super().__init__(parent)
        self._opening = FixedRow(OPENING, "开头")
        self._closing = FixedRow(CLOSING, "结尾")
        self._draft = draft or Draft()
        self._parents: dict[str, DraftNode | None] = {}
        self._nodes: dict[str, DraftNode] = {}
        self._levels: dict[str, int] = {}
        self._markers: dict[str, str] = {}
        self._counts: dict[str, int] | None = None  # key -> 字数, computed on demand
        self._reindex()

    # -- the draft ---------------------------------------------------------------------------

    @property
    def draft(self) -> Draft:
        """The draft the model shows (the session owns and edits it)."""
        return self._draft

    def set_draft(self, draft: Draft) -> None:
        """Show another draft (or the same one after a structural change): a full reset."""
        self.beginResetModel()
        self._draft = draft
        self._reindex()
        self.endResetModel()

    def refresh_structure(self) -> None:
        """The tree changed shape in place (a move, an insert, a drop): a full reset, since
        the rows cannot be matched one by one after it; selections come back by key."""
        self.set_draft(self._draft)

    def refresh_numbering(self) -> None:
        """Numbering styles changed: markers are redrawn, rows stay (no reset, so the
        tree keeps its expanded parts and the writer's selection)."""
        self._markers = self._compute_markers()
        self._emit_all_changed()

    def refresh_counts(self, key: str | None = None) -> None:
        """Text changed in ``key`` (or anywhere): its count and its ancestors' counts change."""
        self._counts = None
        if key is None or key in (OPENING, CLOSING):
            self._emit_all_changed() if key is None else self._emit_row_changed(key)
            return
        node = self._nodes.get(key)
        while node is not None:
            self._emit_row_changed(node.id)
            node = self._parents.get(node.id)

    def refresh_row(self, key: str) -> None:
        """Repaint one node's row after its text changed (counts, heading), without a reset."""
        self._emit_row_changed(key)

    def _reindex(self) -> None:
        """Rebuild the id -> node, parent and level maps after the draft's tree changed: every
        lookup (index_for_key, moves, markers) reads them instead of walking the tree each time."""
        self._parents.clear()
        self._nodes.clear()
        self._levels.clear()

        def visit(nodes: list[DraftNode], parent: DraftNode | None, level: int) -> None:
            for node in nodes:
                self._nodes[node.id] = node
                self._parents[node.id] = parent
                self._levels[node.id] = level
                visit(node.children, node, level + 1)

        visit(self._draft.sections, None, 1)
        self._markers = self._compute_markers()
        self._counts = None

    def _compute_markers(self) -> dict[str, str]:
        """Each node's printed marker (一、（一）…), derived from the draft's numbering styles, so the
        outline shows what the export will print."""
        return dict(numbering_markers(self._draft))

    def _emit_row_changed(self, key: str) -> None:
        """Tell the views that one node's whole row (all columns) changed, without a model reset
        that would lose the selection and the expanded branches."""
        index = self.index_for_key(key)
        if index.isValid():
            last = index.siblingAtColumn(len(COLUMNS) - 1)
            self.dataChanged.emit(index, last)

    def _emit_all_changed(self) -> None:
        """Repaint every row (the markers or counts of all of them may have changed) while keeping
        selection and expansion."""
        for key in [OPENING, CLOSING, *self._parents]:
            self._emit_row_changed(key)

    # -- lookups -----------------------------------------------------------------------------

    def count_of(self, key: str | None) -> int:
        """字数 of a row: a section with its sub-sections, or the opening/closing."""
        if self._counts is None:
            self._counts = self._compute_counts()
        return self._counts.get(key, 0) if key else 0

    def total_count(self) -> int:
        """字数 of the whole speech (opening, headings, paragraphs, closing)."""
        if self._counts is None:
            self._counts = self._compute_counts()
        return self._counts[""]

    def _compute_counts(self) -> dict[str, int]:
        """字数 of every node with its sub-sections, of the opening and closing, and of the whole (key
        ""), in one walk: the counts column asks for them row by row."""
        counts: dict[str, int] = {}

        def visit(node: DraftNode) -> int:
            total = heading_chars(node.heading) + paragraphs_chars(node.paragraphs)
            total += sum(visit(child) for child in node.children)
            counts[node.id] = total
            return total

        body = sum(visit(node) for node in self._draft.sections)
        counts[OPENING] = paragraphs_chars(self._draft.opening)
        counts[CLOSING] = paragraphs_chars(self._draft.closing)
        counts[""] = counts[OPENING] + body + counts[CLOSING]
        return counts

    def parent_of(self, node_id: str) -> DraftNode | None:
        """The parent node of a node id (None at the top): moves and inserts need it."""
        return self._parents.get(node_id)

    def level_of(self, node_id: str) -> int:
        """The outline level of a node id (1 = top), for markers and indent."""
        return self._levels.get(node_id, 0)

    def marker_of(self, node_id: str) -> str:
        """The derived marker of a node id (一、（一）…), as printed."""
        return self._markers.get(node_id, "")

    def key_for_index(self, index: _ANY_INDEX) -> str | None:
        """The node id (or 开头/结尾 key) of an index: selections survive resets by key."""
        if not index.isValid():
            return None
        item = index.internalPointer()
        return item.key if isinstance(item, FixedRow) else item.id

    def index_for_key(self, key: str | None, column: int = 0) -> QModelIndex:
        """The index of a node id or fixed key, to restore a selection after a change."""
        if key == OPENING:
            return self.createIndex(0, column, self._opening)
        if key == CLOSING:
            return self.createIndex(len(self._draft.sections) + 1, column, self._closing)
        if key is None or key not in self._parents:
            return QModelIndex()
        node = self._nodes[key]
        parent = self._parents[key]
        siblings = parent.children if parent is not None else self._draft.sections
        row = position(siblings, key)
        if parent is None:
            row += 1
        return self.createIndex(row, column, node)

    def _children_of(self, item) -> list:
        """The rows under an item: the top level holds 开头, the sections and 结尾; the fixed rows have
        none."""
        if item is None:
            return [self._opening, *self._draft.sections, self._closing]
        if isinstance(item, FixedRow):
            return []
        return item.children

    def _item(self, index: _ANY_INDEX):
        """The node or fixed row an index points at (None for the root): Qt indexes carry it as
        their internal pointer."""
        return index.internalPointer() if index.isValid() else None

    # -- QAbstractItemModel ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _ANY_INDEX = _ROOT) -> QModelIndex:
        """Qt override: indexes carry the node (or fixed row) as their pointer."""
        if column < 0 or column >= len(COLUMNS) or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        children = self._children_of(self._item(parent))
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: _ANY_INDEX = _ROOT) -> QModelIndex:  # type: ignore[override]
        """Qt override: the parent index of a node (the fixed rows are top level)."""
        if not index.isValid():
            return QModelIndex()
        item = index.internalPointer()
        if isinstance(item, FixedRow):
            return QModelIndex()
        parent = self._parents.get(item.id)
        if parent is None:
            return QModelIndex()
        return self.index_for_key(parent.id)

    def rowCount(self, parent: _ANY_INDEX = _ROOT) -> int:
        """Qt override: 开头, the sections and 结尾 at the top; a node's children below it."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children_of(self._item(parent)))

    def columnCount(self, parent: _ANY_INDEX = _ROOT) -> int:
        """Two columns: the heading with its marker, and 字数, so a part's length shows
        beside it while the writer balances the parts."""
        return len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        """Column titles 提纲 and 字数 across the top; rows have none (the marker stands in
        the heading itself)."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        """Heading with marker, edit text without it, counts, hint tooltips, level fonts."""
        if not index.isValid():
            return None
        item = index.internalPointer()
        column = index.column()
        if role == KEY_ROLE:
            return item.key if isinstance(item, FixedRow) else item.id
        if role == LEVEL_ROLE:
            return 0 if isinstance(item, FixedRow) else self._levels.get(item.id, 0)
        if isinstance(item, FixedRow):
            return self._fixed_data(item, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return str(self.count_of(item.id))
            marker = self._markers.get(item.id, "")
            heading = item.heading or "（未命名）"
            return f"{marker}{heading}" if marker else heading
        if role == Qt.ItemDataRole.EditRole and column == 0:
            return item.heading
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            text = f"{self._markers.get(item.id, '')}{item.heading}"
            return f"{text}\n\n写作提示：{item.hint}" if item.hint else text
        if role == Qt.ItemDataRole.FontRole and column == 0 and self._levels.get(item.id) == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _fixed_data(self, item: FixedRow, column: int, role: int):
        """What the 开头 and 结尾 rows show: their label in italics (they are places, not headings),
        their 字数, and their writing hint as a tooltip."""
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.count_of(item.key)) if column == 1 else item.label
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            hint = self._draft.opening_hint if item.key == OPENING else self._draft.closing_hint
            return hint or None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        """Headings are renamed in place and dragged; 开头/结尾 are never renamed or dragged,
        only dropped onto."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if isinstance(index.internalPointer(), FixedRow):
            return base | Qt.ItemFlag.ItemIsDropEnabled
        flags = base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _ANY_INDEX, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Renaming a heading goes through the session (undoable), never straight to the draft."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        item = index.internalPointer()
        if isinstance(item, FixedRow):
            return False
        text = " ".join(str(value or "").split())
        if not text or text == item.heading:
            return False
        self.rename_requested.emit(item.id, text)
        return True


__all__ = [
    "CLOSING",
    "COLUMNS",
    "HIT_MIME",
    "KEY_ROLE",
    "LEVEL_ROLE",
    "NODE_MIME",
    "OPENING",
    "DraftOutlineModel",
    "char_count",
    "draft_chars",
    "heading_chars",
    "hits_from_mime",
    "paragraph_chars",
]
