"""Side-by-side comparison of two versions: outlines with changes coloured, the text
changes of the heading clicked, and the 修订稿 export.

Left the old outline, right the new one; a heading added is green, removed red and
struck through, moved blue, reworded orange, re-levelled purple, and a heading whose
text changed carries ✎. Clicking a heading on either side shows, below, every paragraph
change under it with deleted words struck through in red and inserted words underlined
in green; clicking its counterpart's row is kept in step.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from drafter.compare import CLOSING, OPENING, compare_drafts
from drafter.compare.report import (
    OUTLINE_OPS,
    PARAGRAPH_OPS,
    heading_place,
    move_words,
    moved_from,
    paragraph_place,
)
from drafter.compare.tracked import editors_words, tracked_summary, tracks_words
from drafter.drafts.numbering import heading_text, markers
from drafter.ui.errors import describe

KEY_ROLE = Qt.ItemDataRole.UserRole + 42
COLORS = {
    "add": QColor("#1a7f37"),
    "remove": QColor("#c0392b"),
    "move": QColor("#1f5fbf"),
    "rename": QColor("#b35900"),
    "level": QColor("#7b3fb0"),
    "marker": QColor("#00838f"),
}
PRIORITY = ("add", "remove", "rename", "level", "move", "marker")


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


class CompareDialog(QDialog):
    """Compare ``old`` with ``new`` (drafts); ``settings`` names the reviser of a 修订稿.

    Signals:
        status_message(str): a short message for the status bar.
    """

    status_message = Signal(str)

    def __init__(
        self, old, new, old_name: str, new_name: str, settings, parent=None, folder: str = ""
    ) -> None:
        super().__init__(parent)
        # where 导出修订稿 proposes to write: beside the writer's file (else the last export's)
        self.folder = folder
        self.setObjectName("compareDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1100, 680)
        self.settings = settings
        # the name the 修订稿's changes are signed with (the review asks for it when unset)
        self.author: Callable[[], str | None] = lambda: settings.reviewer_name
        self.old, self.new = old, new
        self.old_name, self.new_name = old_name, new_name
        # the side of the draft under review (its comments are the head's): "new" as opened,
        # "old" after 对调新旧; the 修订稿 carries its comments wherever it stands
        self.annotated = "new"
        self.old_items: dict[str, QTreeWidgetItem] = {}
        self.new_items: dict[str, QTreeWidgetItem] = {}
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.old_tree = self._tree()
        self.new_tree = self._tree()
        self.old_tree.setObjectName("compareOld")
        self.new_tree.setObjectName("compareNew")
        self.old_tree.itemClicked.connect(lambda item: self.show_key(item.data(0, KEY_ROLE), "old"))
        self.new_tree.itemClicked.connect(lambda item: self.show_key(item.data(0, KEY_ROLE), "new"))
        self.detail = QTextBrowser()
        self.detail.setObjectName("compareDetail")
        legend = QLabel(
            '<span style="color:#1a7f37">■ 新增</span>　<span style="color:#c0392b">■ 删除</span>　'
            '<span style="color:#1f5fbf">■ 移动</span>　<span style="color:#b35900">■ 改写</span>　'
            '<span style="color:#7b3fb0">■ 层级</span>　<span style="color:#00838f">■ 编号</span>　'
            "✎ 正文有改动"
        )
        # the two sides are told apart only by the window title (旧 → 新), which no one
        # reads: a head who opened the writer's 初稿 and picked the 二稿 as the other saw
        # every change backwards (增加 41 字，删除 61 字 the wrong way round) and had to
        # close, open the other file and compare again
        self.swap_button = QPushButton("对调新旧")
        self.swap_button.setObjectName("compareSwap")
        self.swap_button.setToolTip("把左边当作新稿、右边当作旧稿重新比较")
        self.swap_button.clicked.connect(lambda: self.swap())
        self.redline_button = QPushButton("导出修订稿…")
        self.redline_button.setObjectName("redlineButton")
        self.redline_button.clicked.connect(lambda: self.export_redline())
        close = QPushButton("关闭")
        close.clicked.connect(self.close)
        # where the 修订稿 went, said in the dialog: the status bar that said it lay under
        # this dialog (at 1280x720 it covers the window), so an export looked like nothing
        self.result = QLabel()
        self.result.setObjectName("redlineResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setStyleSheet("color:#1a7f37")
        self.open_folder_button = QPushButton("打开所在文件夹")
        self.open_folder_button.setObjectName("redlineOpenFolder")
        self.open_folder_button.clicked.connect(lambda: self.open_folder())
        self.exported: Path | None = None
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.open_folder_button)
        self.result.hide()
        self.open_folder_button.hide()
        trees = QSplitter(Qt.Orientation.Horizontal)
        trees.addWidget(self.old_tree)
        trees.addWidget(self.new_tree)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(trees)
        body.addWidget(self.detail)
        body.setSizes([380, 260])
        bottom = QHBoxLayout()
        bottom.addWidget(legend, 1)
        bottom.addWidget(self.swap_button)
        bottom.addWidget(self.redline_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)
        layout.addLayout(result_row)
        layout.addLayout(bottom)
        self._load()

    def _load(self) -> None:
        """Compare ``self.old`` with ``self.new`` and show it: title, summary, both sides
        headed 旧稿/新稿 with their names, every change below."""
        self.setWindowTitle(f"比较稿件：{self.old_name} → {self.new_name}")
        self.comparison = compare_drafts(self.old, self.new)
        stats = self.comparison.stats
        c = self.comparison
        self.summary.setText(
            "两稿内容相同。"
            if c.unchanged
            else "".join(
                f"{h.label}：{h.old or '（空）'} → {h.new or '（空）'}；" for h in c.header
            )
            + f"提纲变化 {len(c.outline)} 处，正文变化 {len(c.paragraphs)} 段；"
            f"增加 {stats['chars_added']:,} 字，删除 {stats['chars_removed']:,} 字。"
            + tracked_summary(c)
            + "点击标题查看该部分的改动。"
        )
        self.old_tree.setHeaderLabels([f"旧稿：{self.old_name}"])
        self.new_tree.setHeaderLabels([f"新稿：{self.new_name}"])
        for tree, items in ((self.old_tree, self.old_items), (self.new_tree, self.new_items)):
            tree.clear()
            items.clear()
        # the compared drafts: a heading the writer moved unrenumbered is a heading there
        self._fill(self.old_tree, c.old, self.old_items, side="old")
        self._fill(self.new_tree, c.new, self.new_items, side="new")
        self.show_all()

    def swap(self) -> None:
        """Take the new side for the old and the old for the new, and compare again (the
        head picked the two the other way round). A 修订稿 exported before was of the other
        direction: its line goes."""
        self.old, self.new = self.new, self.old
        self.old_name, self.new_name = self.new_name, self.old_name
        self.annotated = "old" if self.annotated == "new" else "new"
        self.exported = None
        self.result.hide()
        self.open_folder_button.hide()
        self._load()

    # -- outlines --------------------------------------------------------------------------------

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

    # -- details ---------------------------------------------------------------------------------

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

    # -- 修订稿 ----------------------------------------------------------------------------------

    def export_redline(self, path: str | None = None):
        """Write the new version with the changes as Word tracked changes."""
        from drafter.compare.comments import redline_comments
        from drafter.export import ExportError, StyleError
        from drafter.export.redline import write_redline
        from drafter.ui import file_dialogs

        author = self.author()  # asked before the chooser when 首选项 has no name
        if author is None:
            return None
        if path is None:
            from drafter.ui.dialogs.export_dialog import safe_file_name

            # named after the new version: its title, else the writer's file it came from
            # (an untitled 二稿 was proposed as 未命名稿件（修订稿）.docx)
            new = self.comparison.new
            source = Path(getattr(new, "source", "") or "").stem
            title = (new.meta.title or "").strip()
            name = safe_file_name(title or source) if title or source else "稿件"
            folder = Path(self.folder or self.settings.last_export_dir or "")
            start = str(folder / f"{name}（修订稿）.docx")
            path, _ = file_dialogs.get_save_file_name(
                self, "导出修订稿", start, "Word 文档 (*.docx)"
            )
            if not path:
                return None
            if not path.lower().endswith(".docx"):
                path += ".docx"
        # the comments follow the draft they annotate through 对调新旧
        comments = redline_comments(self.comparison, self.annotated)
        try:
            written = write_redline(
                self.comparison,
                path,
                style=self.settings.house_style or None,
                author=author,
                comments=comments,
            )
        except (ExportError, StyleError, OSError) as exc:
            QMessageBox.warning(self, "无法导出修订稿", describe(exc))
            return None
        out = written.path
        self.exported = Path(out)
        # how many comments it carries, counted as written: the head's (after 对调新旧 they
        # come from the other side, and nothing said they had come along) and the notes on
        # what moved, which the count left out (带批注 1 条 of a file holding 4)
        # and the writer's own 修订 kept under his name (保留李写手的修订 4 处)
        said = written.summary()
        kept = f"（带{said}）" if written.comments else (f"（{said}）" if said else "")
        self.result.setText(f"已导出修订稿：{out}{kept}")
        self.result.setToolTip(str(out))
        self.result.show()
        self.open_folder_button.show()
        self.status_message.emit(f"已导出修订稿：{out}{kept}")
        return out

    def open_folder(self) -> bool:
        """Open the folder the 修订稿 was written to in the system's file manager; when the
        system has none to hand it to, say so beside the path (the file is there all the
        same)."""
        if self.exported is None:
            return False
        folder = self.exported.parent
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not opened:
            self.result.setText(
                f"已导出修订稿：{self.exported}（无法打开文件夹，请到 {folder} 查看）"
            )
        return opened


__all__ = ["CompareDialog", "diff_html"]
