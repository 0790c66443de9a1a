"""The changes the compare dialog's detail pane shows: under the heading clicked (its
counterpart selected on the other side) or all of them, each paragraph's words struck
through and inserted as Word's tracked changes show them, with whose edit each is."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QColor

from drafter.compare import CLOSING, OPENING
from drafter.compare.report import (
    OUTLINE_OPS,
    PARAGRAPH_OPS,
    heading_place,
    move_words,
    moved_from,
    paragraph_place,
)
from drafter.compare.tracked import editors_words, tracks_words

# the colour of each outline change, on the trees' rows and the detail pane's labels alike
COLORS = {
    "add": QColor("#1a7f37"),
    "remove": QColor("#c0392b"),
    "move": QColor("#1f5fbf"),
    "rename": QColor("#b35900"),
    "level": QColor("#7b3fb0"),
    "marker": QColor("#00838f"),
}


def diff_html(diff: list[tuple[str, str]]) -> str:
    """A character diff as HTML: deletions red and struck through, insertions green and
    underlined (the colours of Word's tracked changes)."""
    out = []
    for op, text in diff:
        t = escape(text)
        if op == "delete":
            out.append(f'<span style="color:#c0392b;text-decoration:line-through">{t}</span>')
        elif op == "insert":
            out.append(f'<span style="color:#1a7f37;text-decoration:underline">{t}</span>')
        else:
            out.append(t)
    return "".join(out)


class CompareChanges:
    """The detail pane of :class:`~drafter.ui.dialogs.compare_dialog.CompareDialog` (a mixin):
    it reads ``comparison``, the two trees and their items by key, and writes ``detail``."""

    def _changes_for(self, key: str, side: str):
        """Outline and paragraph changes of one heading (or the opening/closing)."""
        c = self.comparison
        if key in (OPENING, CLOSING):
            label = OPENING if key == OPENING else CLOSING
            return [], [
                p
                for p in c.paragraphs
                if p.path == [label] or (p.op == "move" and p.old_path == [label])
            ]
        if side == "old":
            outline = [o for o in c.outline if o.old_id == key]
            new_id = c.node_map.get(key)
            old_path = self._old_path(key)
            paras = [
                p
                for p in c.paragraphs
                if (new_id and p.node_id == new_id)
                or (p.node_id is None and p.path == old_path)
                or (p.op == "move" and p.old_node_id == key)  # moved away from here
            ]
        else:
            outline = [o for o in c.outline if o.new_id == key]
            paras = [p for p in c.paragraphs if p.node_id == key]
        return outline, paras

    def show_key(self, key: str, side: str) -> str:
        """Show the changes under one heading and select its counterpart on the other side."""
        c = self.comparison
        other = self.new_items if side == "old" else self.old_items
        if key in (OPENING, CLOSING):
            twin = key
        elif side == "old":
            twin = c.node_map.get(key)
        else:
            twin = {v: k for k, v in c.node_map.items()}.get(key)
        other_tree = self.new_tree if side == "old" else self.old_tree
        other_tree.setCurrentItem(other.get(twin) if twin else None)
        outline, paras = self._changes_for(key, side)
        html = self._html(outline, paras)
        self.detail.setHtml(html)
        return html

    def show_all(self) -> str:
        """Show every change (the view before a heading is clicked)."""
        html = self._html(self.comparison.outline, self.comparison.paragraphs, with_path=True)
        self.detail.setHtml(html)
        return html

    def _html(self, outline, paras, with_path: bool = False) -> str:
        """The changes under one heading as the detail pane shows them: outline changes first, then
        each paragraph's words struck and inserted."""
        if not outline and not paras:
            return "<p style='color:#666'>这一部分没有改动。</p>"
        out = []
        for o in outline:
            color = COLORS[o.op].name()
            if o.op in ("rename", "marker"):
                desc = f"{escape(o.old or '')} → {escape(o.new or '')}"
            elif o.op == "level":
                desc = f"{escape(o.new or '')}：第 {o.old_level} 级 → 第 {o.new_level} 级"
            elif o.op == "move":
                desc = f"{escape(o.new or '')}（{escape(moved_from(self.comparison, o))}）"
            else:
                desc = escape(o.new or o.old or "")
            place = (
                heading_place(self.comparison, o)
                if with_path and o.op not in ("rename", "marker")
                else ""
            )
            if place:  # under which heading, numbered as printed (as a move's line says it)
                desc += f"<span style='color:#666'>（在{escape(place)}下）</span>"
            out.append(
                f"<p><b style='color:{color}'>{OUTLINE_OPS[o.op]}</b>　{desc}{self._whose(o)}</p>"
            )
        for p in paras:
            where = ""
            if with_path and p.op != "move":  # its headings numbered as printed, its number
                was = "原在" if p.op == "remove" else ""
                place = escape(was + paragraph_place(self.comparison, p))
                where = f"　<span style='color:#666'>{place}</span>"
            if p.op == "move":  # where from and where to, then the words (as reworded)
                label = "移动并修改段落" if p.diff else PARAGRAPH_OPS[p.op]
                body = diff_html(p.diff) if p.diff else escape(p.new or "")
                moved = escape(move_words(self.comparison, p))
                out.append(
                    f"<p><b style='color:{COLORS['move'].name()}'>{label}</b>　{moved}"
                    f"{self._whose(p)}<br>{body}</p>"
                )
                continue
            if p.op == "change":
                body = diff_html(p.diff)
            elif p.op == "add":
                body = diff_html([("insert", p.new or "")])
            else:
                body = diff_html([("delete", p.old or "")])
            out.append(f"<p><b>{PARAGRAPH_OPS[p.op]}</b>{where}{self._whose(p)}<br>{body}</p>")
        return "".join(out)

    def _whose(self, change) -> str:
        """Whose edit ``change`` is, after its label: the writer's name and date when it is
        one of the tracked changes (修订) of the new side's Word file; 未留修订痕迹 when that
        file has tracked changes and this is not one (made with 修订 off, or by the head),
        which is exactly what the head must read himself; nothing for files without any."""
        if change.by:
            return f"　<span style='color:#7b3fb0'>{escape(editors_words(change.by))}</span>"
        if self.comparison.tracked and tracks_words(change):
            return "　<span style='color:#999'>未留修订痕迹</span>"
        return ""


__all__ = ["COLORS", "CompareChanges", "diff_html"]
