"""The draft editor's actions: file, undo and outline commands with their shortcuts.

A mixin of :class:`~drafter.ui.panels.draft_editor.DraftEditorPanel`, kept apart so the
panel module holds layout and wiring. The actions are attributes of the panel
(``panel.save_action`` …) because the main window puts them in its menus and toolbar.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from drafter.drafts.numbering import heading_text
from drafter.ui.models.draft_model import CLOSING, OPENING


class EditorActions:
    """Builds the panel's QActions and keeps their enabled state in step with the
    current node. Expects ``session``, ``tree``, ``draft``, ``current_key`` and the file
    methods of the panel."""

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        s = self.session
        self.new_action = self._action("新建稿件", self.new_draft, "Ctrl+N")
        self.open_action = self._action("打开稿件…", self.open_draft, "Ctrl+O")
        self.save_action = self._action("保存", self.save, "Ctrl+S")
        self.save_as_action = self._action("另存为…", self.save_as, "Ctrl+Shift+S")
        self.export_action = self._action("导出…", self.open_export_dialog, "Ctrl+E")
        self.undo_action = s.undo_stack.createUndoAction(self, "撤销")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = s.undo_stack.createRedoAction(self, "重做")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        key = self.current_key
        self.add_sibling_action = self._action(
            "添加同级", lambda: self._add(child=False), "Alt+Insert", "在当前标题之后添加同级标题"
        )
        self.add_child_action = self._action(
            "添加下级",
            lambda: self._add(child=True),
            "Alt+Shift+Insert",
            "在当前标题下添加下级标题",
        )
        self.rename_action = self._action("重命名", self._rename_current, "F2", "修改标题文字")
        self.delete_action = self._action(
            "删除", self._delete_current, "Alt+Delete", "删除当前标题及其下的全部内容"
        )
        self.move_up_action = self._action("上移", lambda: s.move_up(key()), "Alt+Up")
        self.move_down_action = self._action("下移", lambda: s.move_down(key()), "Alt+Down")
        self.promote_action = self._action(
            "升级", lambda: s.promote(key()), "Alt+Left", "提升为上一级标题"
        )
        self.demote_action = self._action(
            "降级", lambda: s.demote(key()), "Alt+Right", "降为前一个标题的下级"
        )
        self.run_in_action = self._action(
            "标题融入段首", self._toggle_run_in, None, "标题作为第一段的首句（如“一是……。”）"
        )
        self.run_in_action.setCheckable(True)
        # writing part after part: from the text to the next part's text was Ctrl+4, ↓,
        # Enter (the outline, the row, the text again)
        self.next_section_action = self._action(
            "下一节", lambda: self._step_section(1), "Ctrl+PgDown", "转到提纲中的下一节"
        )
        self.prev_section_action = self._action(
            "上一节", lambda: self._step_section(-1), "Ctrl+PgUp", "转到提纲中的上一节"
        )

    def actions(self) -> list[QAction]:  # type: ignore[override]
        """The panel's actions for menus and toolbars, each with its shortcut."""
        return [
            self.new_action,
            self.open_action,
            self.save_action,
            self.save_as_action,
            self.export_action,
            self.undo_action,
            self.redo_action,
            self.add_sibling_action,
            self.add_child_action,
            self.rename_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
            self.promote_action,
            self.demote_action,
        ]

    def _update_action_states(self) -> None:
        """Enable only what applies to the current node (moving the first heading up …)."""
        key = self.session.current_key
        node = self.draft.find(key) if key not in (None, OPENING, CLOSING) else None
        for action in (self.rename_action, self.delete_action, self.run_in_action):
            action.setEnabled(node is not None)
        if node is None:
            for action in (self.move_up_action, self.move_down_action):
                action.setEnabled(False)
            self.promote_action.setEnabled(False)
            self.demote_action.setEnabled(False)
            return
        parent = self.session.model.parent_of(key)
        siblings = parent.children if parent is not None else self.draft.sections
        index = next(i for i, n in enumerate(siblings) if n.id == key)
        self.move_up_action.setEnabled(index > 0)
        self.move_down_action.setEnabled(index + 1 < len(siblings))
        self.promote_action.setEnabled(parent is not None)
        self.demote_action.setEnabled(index > 0)

    def _add(self, child: bool) -> str | None:
        """Add a heading and open it for typing its name, as a writer expects."""
        key = self.current_key()
        new = self.session.add_child(key) if child else self.session.add_sibling(key)
        if new is not None:
            self.tree.edit(self.session.model.index_for_key(new))
        return new

    def _adopt_example(self, example: str) -> None:
        key = self.current_key()
        if key in (OPENING, CLOSING):
            self.insert_text(example, key=key)
        elif self.session.rename(key, example):
            self.status_message.emit("已用示例作为本节标题（可撤销）")

    def _step_section(self, step: int) -> None:
        """Show the part ``step`` away in reading order (开头, every heading depth first,
        结尾); the keyboard stays where it was, the text box at the end of the part's text."""
        keys = [OPENING, *(node.id for node in self.draft.walk()), CLOSING]
        key = self.current_key()
        here = keys.index(key) if key in keys else 0
        there = min(max(here + step, 0), len(keys) - 1)
        if there == here:
            return
        writing = self.editor.hasFocus()
        self.select_key(keys[there])
        if writing:
            self._edit_text_of(None)

    def _rename_current(self) -> None:
        index = self.tree.currentIndex().siblingAtColumn(0)
        if index.isValid() and self.current_key() not in (OPENING, CLOSING):
            self.tree.edit(index)

    def _delete_current(self) -> None:
        key = self.current_key()
        node = self.draft.find(key) if key not in (None, OPENING, CLOSING) else None
        if node is None:
            return
        # named as the tree showed it, number included: a template slot deleted was said as
        # 已删除“……”, which told the writer nothing of which one went
        printed = heading_text(self.draft, node).rstrip("。") or node.heading
        if self.session.remove(key):
            self.status_message.emit(f"已删除“{printed}”（可撤销）")

    def _toggle_run_in(self) -> None:
        self.session.set_run_in(self.current_key(), self.run_in_action.isChecked())
