"""The compare dialog's two outline trees: every heading coloured by what happened to it
and marked ✎ when the text under it changed, so the head sees at a glance where to look."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from drafter.compare import CLOSING, OPENING
from drafter.compare.report import OUTLINE_OPS
from drafter.drafts.numbering import heading_text, markers
from drafter.ui.dialogs.compare_changes import COLORS

# the role a row keeps its heading's key in (OPENING, CLOSING or a node id)
KEY_ROLE = Qt.ItemDataRole.UserRole + 42
# the colour a row takes when several things happened to its heading
PRIORITY = ("add", "remove", "rename", "level", "move", "marker")


class CompareTrees:
    """The outline trees of :class:`~drafter.ui.dialogs.compare_dialog.CompareDialog` (a
    mixin): built by ``_tree``, filled from ``comparison`` by ``_fill``."""

    def _tree(self) -> QTreeWidget:
        """One side's outline tree: rows wrap, since headings of speeches are long and both sides
        must show whole."""
        tree = QTreeWidget()
        tree.setUniformRowHeights(False)
        tree.setWordWrap(True)
        return tree

    def _fill(self, tree: QTreeWidget, draft, items: dict, side: str) -> None:
        """Fill one side's tree with the draft's outline, each heading coloured by what happened to
        it (added, removed, moved, renamed) and marked ✎ when the text under it changed, so the
        head sees at a glance where to look."""
        c = self.comparison
        ops: dict[str, list[str]] = {}
        whose: dict[str, set[str]] = {}  # the writers whose tracked edits a row holds
        for o in c.outline:
            nid = o.old_id if side == "old" else o.new_id
            if nid:
                ops.setdefault(nid, []).append(o.op)
                whose.setdefault(nid, set()).update(a for a, _ in o.by)
        back = {v: k for k, v in c.node_map.items()}
        for p in c.paragraphs:
            nid = p.node_id if side == "new" else back.get(p.node_id or "")
            if nid and p.by:
                whose.setdefault(nid, set()).update(a for a, _ in p.by)
        changed_text: set[str] = set()
        for p in c.paragraphs:
            if p.op == "move" and side == "old":  # the heading the paragraph left
                changed_text.add(p.old_node_id or "")
            elif p.node_id:
                changed_text.add(p.node_id if side == "new" else back.get(p.node_id, ""))
        removed_under = {tuple(p.path) for p in c.paragraphs if p.node_id is None}
        marks = markers(draft)

        def add(parent, key: str, text: str, node_ops: list[str], edited: bool):
            item = QTreeWidgetItem([("✎ " if edited else "") + text])
            item.setData(0, KEY_ROLE, key)
            tips = []
            op = next((x for x in PRIORITY if x in node_ops), None)
            if op:
                item.setForeground(0, QBrush(COLORS[op]))
                font = QFont(item.font(0))
                font.setBold(True)
                font.setStrikeOut(op == "remove")
                item.setFont(0, font)
                tips.append("、".join(OUTLINE_OPS[x] for x in node_ops))
            if edited:
                tips.append("正文有改动")
            if whose.get(key):  # whose tracked edits are here, read off the writer's file
                tips.append("含" + "、".join(sorted(whose[key])) + "的修订")
            if tips:
                item.setToolTip(0, "；".join(tips))
            (parent.addChild if isinstance(parent, QTreeWidgetItem) else tree.addTopLevelItem)(item)
            items[key] = item
            return item

        # (a paragraph moved out of the opening or closing changed it too, on the old side)
        opening_edit = any(
            p.path == [OPENING] or (side == "old" and p.op == "move" and p.old_path == [OPENING])
            for p in c.paragraphs
        )
        closing_edit = any(
            p.path == [CLOSING] or (side == "old" and p.op == "move" and p.old_path == [CLOSING])
            for p in c.paragraphs
        )
        add(tree, OPENING, "开头", [], opening_edit)

        def visit(nodes, parent):
            for n in nodes:
                edited = n.id in changed_text or (
                    side == "old" and tuple(self._old_path(n.id)) in removed_under
                )
                item = add(
                    parent,
                    n.id,
                    heading_text(draft, n, marks) or n.heading,
                    ops.get(n.id, []),
                    edited,
                )
                visit(n.children, item)

        visit(draft.sections, tree)
        add(tree, CLOSING, "结尾", [], closing_edit)
        tree.expandAll()

    def _old_path(self, node_id: str) -> list[str]:
        """The heading path of a node of the old draft: paragraphs whose heading is gone are known
        only by the path they were under."""
        path: list[str] = []

        def find(nodes, trail) -> bool:
            for n in nodes:
                here = [*trail, n.heading.strip()]
                if n.id == node_id:
                    path.extend(here)
                    return True
                if find(n.children, here):
                    return True
            return False

        find(self.comparison.old.sections, [])
        return path


__all__ = ["KEY_ROLE", "PRIORITY", "CompareTrees"]
