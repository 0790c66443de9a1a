"""The main window's actions: import, sync, search, insert, templates, preferences, help,
each with its shortcut and a tooltip that repeats the status tip with the keys. The menus
and the toolbar (:mod:`drafter.ui.menus`) show these; a read-only library holds those that
would write.

A part of :class:`~drafter.ui.main_window.MainWindow` (a mixin over the panels its
constructor sets): it imports nothing of the window, so the window's helpers layer below it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from drafter.ui.dialogs import help as help_boxes


class WindowActions:
    """The window's actions (see the module docstring)."""

    def make_action(self, text: str, slot, shortcut: Any = None, tip: str = "") -> QAction:
        """An action owned by the window that calls ``slot`` with no arguments; the tooltip repeats
        the status tip with the shortcut, so toolbar users learn the keys.
        """
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip}（{QKeySequence(shortcut).toString()}）" if shortcut else tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        lp, sp, rp = self.library_panel, self.search_panel, self.reader_panel
        self.import_files_action = self.make_action(
            "导入文件…", lp.choose_files, "Ctrl+I", "导入文稿"
        )
        self.import_folder_action = self.make_action(
            "导入文件夹…", lp.choose_folder, "Ctrl+Shift+I", "导入整个文件夹并监视其变化"
        )
        self.sync_action = self.make_action(
            "同步监视的文件夹", lp.sync_watched, "F5", "重新扫描文件夹"
        )
        self.remove_docs_action = self.make_action(
            "移除所选文稿", lp.remove_selected, None, "从资料库移除（在列表中也可按 Delete）"
        )
        self.reindex_action = self.make_action(
            "重建索引", lp.reindex, "Ctrl+Shift+R", "用户词典修改后重建索引"
        )
        self.cancel_import_action = self.make_action(
            "取消导入", lp.cancel_import, "Ctrl+Shift+X", "停止导入，已读完的文稿保留"
        )
        self.watched_action = self.make_action(
            "监视的文件夹…", self._show_watched, "Ctrl+Shift+W", "查看、添加或停止监视文件夹"
        )
        self.find_action = self.make_action("检索…", self._focus_search, "Ctrl+F", "在资料库中检索")
        self.next_hit_action = self.make_action("下一处", rp.next_hit, "F3")
        self.prev_hit_action = self.make_action("上一处", rp.previous_hit, "Shift+F3")
        self.insert_hit_action = self.make_action(
            "插入所选检索结果", sp.insert_current, "Ctrl+Return", "把所选检索结果插入草稿当前节点"
        )
        self.insert_hit_action.setShortcuts(
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
        )
        self.insert_reader_action = self.make_action(
            "插入阅读器选中的文字", rp.insert_selection, "Ctrl+Shift+Return"
        )
        self.insert_reader_action.setShortcuts(  # the keypad's Enter too, as for search hits
            [QKeySequence("Ctrl+Shift+Return"), QKeySequence("Ctrl+Shift+Enter")]
        )
        self.template_from_doc_action = self.make_action(
            "以当前文稿为模板…", rp.request_template, "Ctrl+Shift+T", "按阅读器中文稿的结构生成模板"
        )
        self.from_template_action = self.make_action(
            "从模板新建…", self._show_gallery, "Ctrl+T", "在模板库中选择结构"
        )
        self.prefs_action = self.make_action("首选项…", self._show_preferences, "Ctrl+,")
        self.quit_action = self.make_action("退出", self.close, "Ctrl+Q")
        self.getting_started_action = self.make_action(
            "使用入门", lambda: help_boxes.show_getting_started(self)
        )
        self.syntax_action = self.make_action(
            "检索式写法", lambda: help_boxes.show_syntax(self), "F1"
        )
        self.shortcuts_action = self.make_action(
            "快捷键一览", lambda: help_boxes.show_shortcuts(self, self._menu_actions()), "Ctrl+/"
        )
        self.about_action = self.make_action("关于", lambda: help_boxes.show_about(self))

    def _menu_actions(self) -> list[QAction]:
        return [a for menu in self.menuBar().findChildren(QMenu) for a in menu.actions()]
