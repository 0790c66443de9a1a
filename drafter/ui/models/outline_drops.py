"""Drag and drop on the draft's outline: a heading dragged is reported as a move (the
session makes it, undoably), search hits and plain text dropped on a row as an insert."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt

from drafter.ui.models.outline_rows import CLOSING, OPENING, FixedRow, position

NODE_MIME = "application/x-drafter-node"
HIT_MIME = "application/x-drafter-hit"

_ANY_INDEX = QModelIndex | QPersistentModelIndex


def hits_from_mime(data: QMimeData) -> list[dict]:
    """The search hits carried under HIT_MIME: one JSON object or a list of them."""
    try:
        payload = json.loads(bytes(data.data(HIT_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    items = payload if isinstance(payload, list) else [payload]
    return [h for h in items if isinstance(h, dict) and h.get("text")]


class OutlineDrops:
    """Drag and drop of :class:`~drafter.ui.models.draft_model.DraftOutlineModel` (a mixin):
    it reads the model's draft, rows and parents and emits its ``move_requested``,
    ``hits_dropped`` and ``text_dropped``; it never changes the draft itself."""

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
        elif isinstance(item, FixedRow):
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
            old_index = position(siblings, node_id)
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
        return item.key if isinstance(item, FixedRow) else item.id


__all__ = ["HIT_MIME", "NODE_MIME", "OutlineDrops", "hits_from_mime"]
