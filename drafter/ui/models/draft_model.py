"""The draft's outline as a Qt item model: opening, the numbered sections, closing.

A thin adapter over :class:`drafter.drafts.model.Draft`. It never changes the draft itself:
renames, moves and drops are reported as signals, and the editing session (which owns the
undo stack) makes the change and tells the model to refresh. That keeps every edit undoable
whether it came from the keyboard, a menu or a drag.

Keys name the rows: ``"opening"``, ``"closing"``, or a section's node id.
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from drafter.drafts.char_counts import (  # noqa: F401 - char_count, draft_chars, paragraph_chars re-exported
    char_count,
    draft_chars,
    heading_chars,
    paragraph_chars,
    paragraphs_chars,
)
from drafter.drafts.model import Draft, DraftNode
from drafter.drafts.numbering import markers as numbering_markers

OPENING = "opening"
CLOSING = "closing"
NODE_MIME = "application/x-drafter-node"
HIT_MIME = "application/x-drafter-hit"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("提纲", "字数")

_ANY_INDEX = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # an invalid index is immutable: safe as a shared default


class _Fixed:
    """The opening or closing row; kept as an object so it can be an index's pointer."""

    def __init__(self, key: str, label: str) -> None:
        self.key = key
        self.label = label


class DraftOutlineModel(QAbstractItemModel):
    """Outline rows of a draft with live numbering and character counts.

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
        self._opening = _Fixed(OPENING, "开头")
        self._closing = _Fixed(CLOSING, "结尾")
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
        return item.key if isinstance(item, _Fixed) else item.id

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
        row = _position(siblings, key)
        if parent is None:
            row += 1
        return self.createIndex(row, column, node)

    def _children_of(self, item) -> list:
        """The rows under an item: the top level holds 开头, the sections and 结尾; the fixed rows have
        none."""
        if item is None:
            return [self._opening, *self._draft.sections, self._closing]
        if isinstance(item, _Fixed):
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
        if isinstance(item, _Fixed):
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
            return item.key if isinstance(item, _Fixed) else item.id
        if role == LEVEL_ROLE:
            return 0 if isinstance(item, _Fixed) else self._levels.get(item.id, 0)
        if isinstance(item, _Fixed):
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

    def _fixed_data(self, item: _Fixed, column: int, role: int):
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
        if isinstance(index.internalPointer(), _Fixed):
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
        if isinstance(item, _Fixed):
            return False
        text = " ".join(str(value or "").split())
        if not text or text == item.heading:
            return False
        self.rename_requested.emit(item.id, text)
        return True

    # -- drag and drop -----------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        """Moves within the outline, copies from search hits."""
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Headings are moved, not copied, by dragging: reordering the outline must not
        leave a second copy of a part behind."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """The outline's own node format (a move within it), search hits (a quotation with
        its provenance) and plain text (from any other program)."""
        return [NODE_MIME, HIT_MIME, "text/plain"]

    def mimeData(self, indexes) -> QMimeData:
        """A dragged heading as its node id (the drop moves it through the session)."""
        mime = QMimeData()
        keys = []
        for index in indexes:
            key = self.key_for_index(index)
            if index.column() == 0 and key not in (None, OPENING, CLOSING) and key not in keys:
                keys.append(key)
        if keys:
            mime.setData(NODE_MIME, json.dumps(keys[0]).encode("utf-8"))
            node = self._draft.find(keys[0])
            if node is not None:
                mime.setText(node.heading)
        return mime

    def canDropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:
        """Accept a heading onto anything but itself or its own subtree, and hits anywhere."""
        if data.hasFormat(NODE_MIME):
            target = self._move_target(data, row, parent)
            return target is not None
        return data.hasFormat(HIT_MIME) or data.hasText()

    def dropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:
        """Report the drop; the session changes the draft.

        Node moves return False on purpose: the move is already done (through the undo
        stack), and a True would make the view remove the dragged rows a second time.
        """
        if action == Qt.DropAction.IgnoreAction:
            return True
        if data.hasFormat(NODE_MIME):
            target = self._move_target(data, row, parent)
            if target is not None:
                self.move_requested.emit(*target)
            return False
        key = self._drop_key(row, parent)
        if key is None:
            return False
        if data.hasFormat(HIT_MIME):
            hits = hits_from_mime(data)
            if not hits:
                return False
            self.hits_dropped.emit(key, hits)
            return True
        if data.hasText() and data.text().strip():
            self.text_dropped.emit(key, data.text())
            return True
        return False

    def _move_target(self, data: QMimeData, row: int, parent: _ANY_INDEX):
        """(node id, new parent id or None, index after removal), or None if not allowed."""
        try:
            node_id = json.loads(bytes(data.data(NODE_MIME).data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return None
        if node_id not in self._parents:
            return None
        item = self._item(parent)
        if item is None:
            parent_id, index = None, (len(self._draft.sections) if row < 0 else max(0, row - 1))
            index = min(index, len(self._draft.sections))
        elif isinstance(item, _Fixed):
            parent_id = None
            index = 0 if item.key == OPENING else len(self._draft.sections)
        else:
            parent_id = item.id
            index = len(item.children) if row < 0 else min(row, len(item.children))
            moving = self._draft.find(node_id)
            if any(n.id == parent_id for n in moving.walk()):
                return None  # into itself or its own descendant
        old_parent = self._parents[node_id]
        old_parent_id = old_parent.id if old_parent is not None else None
        if old_parent_id == parent_id:
            siblings = old_parent.children if old_parent is not None else self._draft.sections
            old_index = _position(siblings, node_id)
            if old_index < index:
                index -= 1
            if old_index == index:
                return None
        return node_id, parent_id, index

    def _drop_key(self, row: int, parent: _ANY_INDEX) -> str | None:
        """The node a drop on ``row`` under ``parent`` lands in: a drop between top-level rows goes
        into the row above, one past the end into 结尾."""
        if parent.isValid():
            return self.key_for_index(parent)
        top = self._children_of(None)
        if row < 0:
            return CLOSING
        item = top[max(0, min(row - 1, len(top) - 1))]
        return item.key if isinstance(item, _Fixed) else item.id


def hits_from_mime(data: QMimeData) -> list[dict]:
    """The search hits carried under HIT_MIME: one JSON object or a list of them."""
    try:
        payload = json.loads(bytes(data.data(HIT_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    items = payload if isinstance(payload, list) else [payload]
    return [h for h in items if isinstance(h, dict) and h.get("text")]


def _position(nodes: list[DraftNode], node_id: str) -> int:
    """The row of ``node_id`` among its siblings: Qt asks by position, the draft stores nodes by id."""
    return next(i for i, n in enumerate(nodes) if n.id == node_id)
