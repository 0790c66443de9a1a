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
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidgetItem,
    QVBoxLayout,
)

from drafter.compare import compare_drafts
from drafter.compare.tracked import tracked_summary
from drafter.ui.dialogs.compare_changes import COLORS, CompareChanges, diff_html
from drafter.ui.dialogs.compare_redline import RedlineExport
from drafter.ui.dialogs.compare_trees import KEY_ROLE, PRIORITY, CompareTrees


class CompareDialog(CompareTrees, CompareChanges, RedlineExport, QDialog):
    """Compare ``old`` with ``new`` (drafts); ``settings`` names the reviser of a 修订稿.
    The trees, the detail pane and 导出修订稿 are its mixins (compare_trees.py,
    compare_changes.py, compare_redline.py); this class holds the widgets and the comparison.

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


__all__ = ["COLORS", "KEY_ROLE", "PRIORITY", "CompareDialog", "diff_html"]
