"""The draft editor following its session: the outline node shown (its text, header,
hint, sources), what is typed written back, and the counts and title kept up to date.

A mixin of :class:`~drafter.ui.panels.draft_editor.DraftEditorPanel`, over the panes it
builds and its :class:`~drafter.ui.draft.session.DraftSession`; kept apart so the panel
reads as its construction and public calls."""

from __future__ import annotations

from drafter.drafts.numbering import heading_text
from drafter.ui.draft.side_panes import speaking_time
from drafter.ui.draft.text_edit import reconcile
from drafter.ui.models.draft_model import CLOSING, KEY_ROLE, OPENING


class NodeView:
    """What the draft editor shows of its session (see the module docstring)."""

    def _show_first_section(self) -> None:
        draft = self.session.draft
        self.select_key(draft.sections[0].id if draft.sections else OPENING)

    def _after_reset(self) -> None:
        self.tree.expandAll()
        if self._shown_key not in (None, OPENING, CLOSING) and not self.draft.find(self._shown_key):
            return  # the node is gone; the session selects another one next
        self._refresh_node_header()

    def _reload_all(self) -> None:
        self._reload_meta()
        self.tree.expandAll()
        self.select_key(self.session.current_key)
        self._load_node(self.session.current_key)
        self._update_title()

    def _reload_meta(self, *_args) -> None:
        self.meta.show_meta(self.session.draft.meta)
        self._update_title()

    def _on_current_changed(self, current, _previous) -> None:
        key = current.data(KEY_ROLE) if current.isValid() else None
        if key == self.session.current_key and self._shown_key == key:
            return
        self.session.current_key = key
        self.session.new_burst()
        self._load_node(key)

    _shown_key: str | None = None

    def _load_node(self, key: str | None) -> None:
        """Show the text, hint and sources of ``key``."""
        self._shown_key = key
        paragraphs = self.session.paragraphs(key)
        self._loading = True
        try:
            self.editor.set_paragraphs(paragraphs)
        finally:
            self._loading = False
        self._cursor_placed = False
        self.editor.setEnabled(key is not None)
        self.editor.setPlaceholderText(self._placeholder(key))
        self.provenance.show_paragraphs(paragraphs)
        self._refresh_node_header()
        self._update_counts()
        self.office.tint_comments()

    def _refresh_node_header(self) -> None:
        """Heading (with its live marker), hint, numbering combo and action states of the
        shown node; after a rename, move or numbering change they change too."""
        key = self._shown_key
        self.node_label.setText(self._node_title(key))
        hint, example = self.session.hint(key)
        node = self.draft.find(key) if key not in (None, OPENING, CLOSING) else None
        adopt = ""
        if node is not None and example and "\n" not in example and example != node.heading:
            adopt = "用作本节标题"  # a heading slot whose example is a heading
        elif key in (OPENING, CLOSING) and example:
            adopt = "插入到正文，再行修改"
        self.hints.show_hint(self._node_title(key), hint, example, adopt=adopt)
        self.outline.update_numbering(key)
        self.run_in_action.setChecked(bool(node and node.run_in))
        self._update_action_states()

    def _node_title(self, key: str | None) -> str:
        if key == OPENING:
            return "开头"
        if key == CLOSING:
            return "结尾"
        node = self.draft.find(key) if key else None
        if node is None:
            return ""
        return heading_text(self.draft, node) or "（未命名标题）"

    def _placeholder(self, key: str | None) -> str:
        if key is None:
            return "请在左侧提纲中选择要写的部分。"
        where = {OPENING: "开头", CLOSING: "结尾"}.get(key, "本节")
        # One short line: QTextEdit clips its placeholder to the first line (how to
        # borrow paragraphs is said under 引用出处, beside it).
        return f"在这里写{where}的正文，每段一行"

    def _on_paragraphs_restored(self, key: str) -> None:
        if key != self._shown_key:
            return
        cursor_pos = self.editor.textCursor().position()
        placed = self._cursor_placed
        self._load_node(key)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(cursor_pos, len(self.editor.toPlainText())))
        self.editor.setTextCursor(cursor)
        self._cursor_placed = placed

    def _on_text_changed(self) -> None:
        if self._loading or self._shown_key is None:
            return
        key = self._shown_key
        paragraphs = reconcile(self.session.paragraphs(key), self.editor.lines())
        self.session.edit_paragraphs(key, paragraphs)
        self.provenance.show_paragraphs(paragraphs)
        self._loading = True  # re-tinting changes formats, not text
        try:
            self.editor.mark_borrowed([p.provenance is not None for p in paragraphs])
        finally:
            self._loading = False

    def _on_meta_edited(self, field: str, value: str) -> None:
        self.session.set_meta(field, value.strip() if field == "date" else value)
        if field == "title":
            self._update_title()

    def _on_hits_dropped_on_tree(self, key: str, hits: list[dict]) -> None:
        self.insert_hits(hits, key=key)

    def _on_text_dropped_on_tree(self, key: str, text: str) -> None:
        self.insert_text(text, None, key=key)

    def _on_hits_dropped_on_editor(self, hits: list[dict], index: int) -> None:
        self.insert_hits(hits, index=index)

    def _on_changed(self) -> None:
        self._update_action_states()
        self._update_title()
        self._update_counts()
        self.draft_changed.emit()

    def _edit_text_of(self, _index) -> None:
        self.editor.setFocus()
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def _show_paragraph(self, index: int) -> None:
        self.editor.setFocus()
        self.editor.move_to_paragraph(index)

    def _update_counts(self, *_args) -> None:
        model = self.session.model
        total = model.total_count()
        here = model.count_of(self.session.current_key)
        self.counts.setText(
            f"本节 {here:,} 字 · 全文 {total:,} 字 · "
            f"讲话时长 {speaking_time(total, self.settings.speaking_rate)}"
        )

    def display_title(self) -> str:
        """Window title text: the draft's title, its file name and a star while unsaved, as desktop
        editors show it.
        """
        title = self.draft.meta.title or "未命名稿件"
        name = self.session.path.name if self.session.path else "未保存"
        return f"{title} — {name}{' *' if self.session.dirty else ''}"

    def _update_title(self, *_args) -> None:
        source = self.session.draft.source
        unsaved = f"尚未保存（来自 {source}）" if source else "尚未保存到文件"
        self.file_label.setText(str(self.session.path) if self.session.path else unsaved)
        self.unsaved_mark.setVisible(self.session.dirty)
        self.title_changed.emit(self.display_title())
