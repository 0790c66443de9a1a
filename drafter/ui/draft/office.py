"""The office head's commands in the draft editor: comments, versions, compare, outline.

Attached to the draft editor panel (``panel.office``), so the panel keeps its layout and
this module the review workflow: where a new comment goes (the selected words, the
paragraph at the cursor, or the heading), jumping from the margin list to the spot,
tinting commented words, saving a labelled version, the version list, comparing and the
outline-only view. Versions, compare and the outline view are in
:mod:`drafter.ui.draft.office_versions`; the dialogs live in ``drafter.ui.dialogs``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QInputDialog, QTextEdit

from drafter.drafts.anchors import (
    FIELD_NAMES,
    meta_field,
    meta_target,
    resolve,
    target_index,
    text_of,
)
from drafter.drafts.comments import Comment, now_iso
from drafter.settings import account_name
from drafter.ui.draft.comments_pane import CommentsPane
from drafter.ui.draft.office_versions import OfficeVersions
from drafter.ui.models.draft_model import CLOSING, OPENING
from drafter.ui.widgets.text_prompt import ask_lines

COMMENT_TINT = QColor("#fff0a8")


class OfficeActions(OfficeVersions, QObject):
    """Review commands of one :class:`~drafter.ui.panels.draft_editor.DraftEditorPanel`.

    Signals:
        status_message(str): a short message for the status bar.
    """

    status_message = Signal(str)

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.session = panel.session
        self.comments = CommentsPane(self.session, author=self.author, parent=panel)
        self.comments.jump_requested.connect(self.jump_to)
        self.comments.add_requested.connect(self.add_comment)
        self.comments.status_message.connect(self.status_message)
        self.comments.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_comment_action = self._action(
            "添加批注…",
            self.add_comment,
            "Ctrl+Alt+M",
            "对选中的文字、光标所在段落或当前标题加批注",
        )
        self.review_comments_action = self._action(
            "审稿意见转为批注",
            self.review_into_comments,
            None,
            "审查当前稿件，把每条审稿意见作为批注加在相应文字上（可撤销）",
        )
        self.save_version_action = self._action(
            "保存版本…", self.save_version, "Ctrl+Alt+S", "保存并把这次保存记为一个带标签的版本"
        )
        self.versions_action = self._action(
            "版本记录…", self.show_versions, "Ctrl+Alt+V", "查看、标记、恢复和比较保存过的版本"
        )
        self.compare_action = self._action(
            "比较稿件…", self.compare_with_file, "Ctrl+Alt+C", "把当前稿件与另一稿件或文档比较"
        )
        self.outline_view_action = self._action(
            "提纲视图…", self.show_outline, "Ctrl+Alt+O", "只看标题和序号，导出提纲"
        )
        self.session.changed.connect(self.tint_comments)
        self.session.draft_replaced.connect(self.tint_comments)
        self._plain = {n: QPalette(e.palette()) for n, e in self._title_edits().items()}
        for name, edit in self._title_edits().items():  # 添加批注 on the title block too
            edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            edit.customContextMenuRequested.connect(
                lambda pos, n=name: self._title_context_menu(n, pos)
            )

    def _action(self, text: str, slot, shortcut, tip: str) -> QAction:
        action = QAction(text, self.panel)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.panel.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        """The review actions, in menu order."""
        return [
            self.add_comment_action,
            self.review_comments_action,
            self.save_version_action,
            self.versions_action,
            self.compare_action,
            self.outline_view_action,
        ]

    def author(self) -> str | None:
        """The reviewer's name from Preferences (批注署名), read at each use. Unset, the
        first comment asks for it, proposing the account's name, and keeps it in
        Preferences: a comment signed 审稿 (or unsigned) told the writer nothing of who
        wrote it. None when the head cancels: the comment is not made."""
        settings = self.panel.settings
        if settings.reviewer_name.strip():
            return settings.reviewer_name.strip()
        name = (self._ask_signature(account_name()) or "").strip()
        if not name:  # said: the click on 添加批注 must not look lost
            self.status_message.emit("没有批注署名，未添加批注（可在 首选项 › 审稿 中填写）")
            return None
        settings.reviewer_name = name
        files = self.panel.files
        if files.settings_path is not None:
            try:
                settings.save(files.settings_path)
            except OSError as exc:  # kept for this session all the same
                self.status_message.emit(f"批注署名未能存入首选项：{exc}")
        self.status_message.emit(f"批注署名：{name}（可在 首选项 › 审稿 中修改）")
        return name

    def _ask_signature(self, proposed: str) -> str:
        """Ask the name comments are signed with, ``proposed`` filled in (a method so
        tests can answer it)."""
        text, ok = QInputDialog.getText(
            self.panel,
            "批注署名",
            "批注和修订稿将署这个名字，写稿人据此知道是谁的意见\n"
            "（只问这一次，以后可在 首选项 › 审稿 中修改）：",
            text=proposed,
        )
        return text.strip() if ok else ""

    # -- comments ------------------------------------------------------------------------------

    def _editor_paragraph(self, block_number: int):
        """The draft paragraph shown in editor block ``block_number`` (non-empty blocks
        map to non-empty paragraphs in order), or None."""
        editor = self.panel.editor
        block = editor.document().findBlockByNumber(block_number)
        if not block.isValid() or not block.text().strip():
            return None
        rank = 0
        b = editor.document().firstBlock()
        while b.isValid() and b.blockNumber() < block_number:
            if b.text().strip():
                rank += 1
            b = b.next()
        paragraphs = [p for p in self.session.paragraphs(self.panel._shown_key) if p.text.strip()]
        return paragraphs[rank] if rank < len(paragraphs) else None

    def _title_edits(self) -> dict:
        """The title block's fields in the editor that a comment can sit on: all of them (标题,
        副标题, 讲话人, 职务, 日期 as printed, and 场合, which Word gets as a labelled comment)."""
        return {k: e for k, e in self.panel.meta.edits.items() if k in FIELD_NAMES}

    def field_target(self, name: str) -> tuple[str, int | None, int | None]:
        """A comment on the title-block field ``name``: the words selected in it, else the
        whole field (a date always as a whole: it is printed in words)."""
        edit = self._title_edits()[name]
        if edit.hasSelectedText() and name != "date":
            start = edit.selectionStart()
            end = start + len(edit.selectedText())
            if 0 <= start < end <= len(edit.text()):
                return meta_target(name), start, end
        return meta_target(name), None, None

    def _title_context_menu(self, name: str, pos) -> None:
        edit = self._title_edits()[name]
        menu = edit.createStandardContextMenu()
        menu.addSeparator()
        action = menu.addAction(f"对{FIELD_NAMES[name]}添加批注…")
        action.triggered.connect(lambda: self.add_comment(target=self.field_target(name)))
        menu.exec(edit.mapToGlobal(pos))
        menu.deleteLater()

    def comment_target(self) -> tuple[str, int | None, int | None] | None:
        """Where a new comment goes: the title-block field being edited (its selected
        words), else the selected words of one paragraph, else the paragraph at the
        cursor when the writer is in the text, else the current heading. None when there
        is nothing to comment on (an empty opening)."""
        editor = self.panel.editor
        for name, edit in self._title_edits().items():
            # words selected in the text are the clearer wish, unless the field has its own
            if edit.hasFocus() and (
                edit.hasSelectedText() or not editor.textCursor().hasSelection()
            ):
                return self.field_target(name)
        key = self.panel._shown_key
        cursor = editor.textCursor()
        if cursor.hasSelection():
            doc = editor.document()
            first = doc.findBlock(cursor.selectionStart())
            last = doc.findBlock(max(cursor.selectionEnd() - 1, cursor.selectionStart()))
            para = self._editor_paragraph(first.blockNumber())
            if para is not None:
                start = cursor.selectionStart() - first.position()
                if first.blockNumber() == last.blockNumber():
                    end = cursor.selectionEnd() - first.position()
                else:
                    end = len(first.text().rstrip())
                end = min(end, len(para.text))
                if 0 <= start < end:
                    return para.id, start, end
        if editor.hasFocus() or self.panel._cursor_placed:
            para = self._editor_paragraph(cursor.blockNumber())
            if para is not None:
                return para.id, None, None
        if key not in (None, OPENING, CLOSING):
            return key, None, None
        paragraphs = [p for p in self.session.paragraphs(key) if p.text.strip()]
        return (paragraphs[0].id, None, None) if paragraphs else None

    def add_comment(self, text: str | None = None, target=None) -> Comment | None:
        """Ask for a comment and add it on ``target`` (``(id, start, end)``), by default
        where :meth:`comment_target` says."""
        target = target or self.comment_target()
        if target is None:
            self.status_message.emit("这里还没有可以批注的文字")
            return None
        tid, start, end = target
        author = self.author()  # asked once, before the words he is about to write
        if author is None:
            return None
        if text is None:
            text = self._ask_comment(self._target_words(tid, start, end))
        if not text:
            return None
        quote = ""
        if start is not None and end is not None:
            quote = self._target_text(tid)[start:end]
        comment = Comment(
            target=tid,
            text=text,
            author=author,
            time=now_iso(),
            start=start,
            end=end,
            quote=quote,
        )
        if not self.comments.add(comment):
            return None
        show = getattr(self.panel, "show_comments", None)
        if show is not None:
            show()  # the list may be behind another tab of a narrow editor
        return comment

    def _target_text(self, tid: str) -> str:
        return text_of(self.session.draft, tid) or ""

    def _target_words(self, tid: str, start, end) -> str:
        text = self._target_text(tid)
        words = text[start:end] if start is not None else text
        field = meta_field(tid)
        if field is not None and start is None:
            words = f"{FIELD_NAMES[field]}：{text}" if text else FIELD_NAMES[field]
        return words if len(words) <= 30 else words[:29] + "…"

    def _ask_comment(self, words: str) -> str:
        """Ask for the comment's text (a method so tests can answer it)."""
        text, ok = ask_lines(self.panel, "添加批注", f"对“{words}”的批注：")
        return text.strip() if ok else ""

    def jump_to(self, comment_id: str) -> bool:
        """Show the heading or paragraph a comment is on, its words selected."""
        draft = self.session.draft
        comment = next((c for c in draft.comments if c.id == comment_id), None)
        if comment is None:
            return False
        anchor = resolve(draft, comment)
        if anchor is None:
            self.status_message.emit("这条批注所指的内容已被删除")
            return False
        if anchor.field:
            return self._jump_to_field(anchor)
        if anchor.node is not None:
            key = anchor.node.id
        else:
            key = OPENING if anchor.part == "opening" else CLOSING
        self.panel.select_key(key)
        if anchor.paragraph is None:
            self.panel.tree.setFocus()
            return True
        paragraphs = [p for p in self.session.paragraphs(key) if p.text.strip()]
        rank = next((i for i, p in enumerate(paragraphs) if p.id == anchor.paragraph.id), None)
        if rank is None:
            return True
        editor = self.panel.editor
        block = editor.document().firstBlock()
        seen = 0
        while block.isValid():
            if block.text().strip():
                if seen == rank:
                    break
                seen += 1
            block = block.next()
        if not block.isValid():
            return True
        cursor = QTextCursor(block)
        if anchor.start is not None and anchor.end is not None:
            cursor.setPosition(block.position() + anchor.start)
            cursor.setPosition(block.position() + anchor.end, QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        editor.setFocus()
        if anchor.lost:
            self.status_message.emit("批注所指的文字已改动，已定位到所在段落")
        return True

    def _jump_to_field(self, anchor) -> bool:
        edit = self._title_edits().get(anchor.field) or self.panel.meta.edits.get(anchor.field)
        if edit is None:  # a field this editor does not show (none today; kept for safety)
            self.status_message.emit(f"{FIELD_NAMES[anchor.field]}不在编辑区显示，可在导出稿中查看")
            return False
        edit.setFocus()
        if anchor.start is not None and anchor.end is not None:
            edit.setSelection(anchor.start, anchor.end - anchor.start)
        else:
            edit.selectAll()
        if anchor.lost:
            self.status_message.emit("批注所指的文字已改动，已定位到所在项目")
        return True

    def _tint_title_block(self) -> None:
        """Tint the title-block fields that carry open comments, their texts as tooltip."""
        notes: dict[str, list[str]] = {}
        for comment in self.session.draft.comments:
            field = meta_field(comment.target)
            if field is not None and not comment.resolved:
                notes.setdefault(field, []).append(f"{comment.author or '批注'}：{comment.text}")
        for name, edit in self._title_edits().items():
            palette = QPalette(self._plain[name])
            if name in notes:
                palette.setColor(QPalette.ColorRole.Base, COMMENT_TINT)
            edit.setPalette(palette)
            edit.setToolTip("\n".join(notes.get(name, [])))

    def tint_comments(self) -> None:
        """Tint the words (or paragraphs) of open comments in the shown node, and the
        title-block fields that carry open comments."""
        self._tint_title_block()
        editor = self.panel.editor
        key = self.panel._shown_key
        draft = self.session.draft
        paragraphs = [p for p in self.session.paragraphs(key) if p.text.strip()]
        rank = {p.id: i for i, p in enumerate(paragraphs)}
        blocks = []
        b = editor.document().firstBlock()
        while b.isValid():
            if b.text().strip():
                blocks.append(b)
            b = b.next()
        index = target_index(draft)
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(COMMENT_TINT)
        for comment in draft.comments:
            if comment.resolved or comment.target not in rank:
                continue
            i = rank[comment.target]
            if i >= len(blocks):
                continue
            anchor = resolve(draft, comment, index)
            block = blocks[i]
            cursor = QTextCursor(block)
            if anchor is not None and anchor.start is not None and anchor.end is not None:
                end = min(anchor.end, block.length() - 1)
                cursor.setPosition(block.position() + anchor.start)
                cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            else:
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        editor.setExtraSelections(selections)

    def review_into_comments(self) -> int:
        """Review the draft and add a comment for each finding as one undoable step
        (findings the writer dismissed, and ones already commented, are left out).
        Returns how many comments were added."""
        from drafter.review import review_draft
        from drafter.review.into_comments import comments_from_findings

        result = review_draft(self.session.draft)
        added = comments_from_findings(self.session.draft, result.findings)
        if not added:  # said before any name is asked: there is nothing to sign
            self.status_message.emit(
                "审稿未发现问题" if not result.findings else "审稿意见都已在批注中"
            )
            return 0
        author = self.author()
        if author is None:
            return 0
        for comment in added:
            comment.author = author or comment.author
        snapshot = [c.to_json() for c in added]

        def add(draft) -> None:
            draft.comments.extend(Comment.from_json(c) for c in snapshot)

        if not self.session.apply("审稿意见转为批注", add, self.session.current_key):
            return 0
        self.status_message.emit(f"已把 {len(added)} 条审稿意见加为批注（可撤销）")
        return len(added)


__all__ = ["OfficeActions"]
