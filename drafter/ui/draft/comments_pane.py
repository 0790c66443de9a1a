"""The margin list of comments (批注) beside the draft editor, and the commands on them.

The list shows every comment in reading order with where it sits (the heading, or the
quoted words of a paragraph), its author, its replies, and whether it is
resolved. Clicking one asks the editor to jump to the spot. Adding, replying, resolving
and deleting go through the session as undoable steps, like every other edit.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from drafter.drafts.anchors import (
    describe_place,
    in_reading_order,
    open_count,
    resolve,
    target_index,
)
from drafter.drafts.comments import Comment, Reply, now_iso
from drafter.drafts.model import Draft
from drafter.ui.draft.session import DraftSession
from drafter.ui.widgets.text_prompt import ask_lines

COMMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 40
RESOLVED_COLOR = QColor("#8a8a8a")
LOST_COLOR = QColor("#b0413e")


def _button(text: str) -> QToolButton:
    """A compact button: four of them fit under a narrow list."""
    b = QToolButton()
    b.setText(text)
    b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return b


def _when(iso: str) -> str:
    return iso[:16].replace("T", " ") if iso else ""


class HintedList(QListWidget):
    """A list that says, in grey inside its own box, what its emptiness means and how to fill
    it (a blank white box said nothing). Drawn in the viewport, not a label above it, so a
    short docked editor keeps its height for the text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hint = ""

    def set_hint(self, text: str) -> None:
        """The words shown while the list has no rows ("" for none)."""
        if text != self.hint:
            self.hint = text
            self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Qt override: the rows, or the hint when there are none."""
        super().paintEvent(event)
        if self.count() or not self.hint:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor("#777777"))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8), flags, self.hint)
        painter.end()


class CommentsPane(QWidget):
    """The comments of the draft in ``session`` as a list beside the text.

    ``author`` is a callable giving the reviewer's name (Preferences, 批注署名), asked for
    each new comment or reply so a change in Preferences applies at once.

    Signals:
        jump_requested(str): go to the comment with this id in the editor.
        add_requested(): the 添加批注 button (the panel knows the selection).
        status_message(str): a short message for the status bar.
    """

    jump_requested = Signal(str)
    add_requested = Signal()
    status_message = Signal(str)

    def __init__(self, session: DraftSession, author=lambda: "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPane")
        self.session = session
        self.author = author
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold")
        self.title.setWordWrap(True)  # the pane may be narrow: a docked editor at 1280 px
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.show_resolved = QCheckBox("含已解决")
        self.show_resolved.setToolTip("列表中也显示已解决的批注")
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(self.refresh)
        self.list = HintedList()
        self.list.setObjectName("commentsList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumWidth(120)
        self.list.itemClicked.connect(self._on_clicked)
        self.list.itemActivated.connect(self._on_clicked)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = _button("添加批注")
        self.add_button.clicked.connect(self.add_requested)
        self.reply_button = _button("回复")
        self.reply_button.clicked.connect(self.reply_current)
        self.resolve_button = _button("解决")
        self.resolve_button.clicked.connect(self.toggle_resolved_current)
        self.delete_button = _button("删除")
        self.delete_button.clicked.connect(self.delete_current)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.show_resolved)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.reply_button, self.resolve_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        session.changed.connect(self.refresh)
        session.draft_replaced.connect(self.refresh)
        self.refresh()

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild the list from the draft (after any change), keeping the selection."""
        draft = self.session.draft
        current = self.current_id()
        self.list.clear()
        index = target_index(draft)
        shown = [
            c for c in in_reading_order(draft) if self.show_resolved.isChecked() or not c.resolved
        ]
        for comment in shown:
            item = QListWidgetItem(self._item_text(draft, comment, index))
            item.setData(COMMENT_ID_ROLE, comment.id)
            item.setToolTip(self._tooltip(comment))
            anchor = resolve(draft, comment, index)
            if comment.resolved:
                item.setForeground(QBrush(RESOLVED_COLOR))
            elif anchor is None or anchor.lost:
                item.setForeground(QBrush(LOST_COLOR))
            self.list.addItem(item)
            if comment.id == current:
                self.list.setCurrentItem(item)
        total = len(draft.comments)
        pending = open_count(draft)
        self.title.setText(f"批注（{pending} 条未解决，共 {total} 条）" if total else "批注")
        if not total:
            hint = (
                "还没有批注。在正文中选中文字（或把光标放在段落、标题上），点「添加批注」"
                "（Ctrl+Alt+M）；「审阅 › 审稿意见转为批注」把审稿意见一次加上。"
            )
        elif not shown:
            hint = f"{total} 条批注都已解决，勾选「含已解决」可显示。"
        else:
            hint = ""
        self.list.set_hint(hint)
        self._update_buttons()

    def _item_text(self, draft: Draft, c: Comment, index: dict) -> str:
        # One paragraph a comment, wrapped: where, who, then the words (标题　王主任：讲话人要写
        # 实名). With a line each for place, words, and author and time, the list under a docked
        # draft showed 1.3 comments at 1280x720. The time is in the tooltip.
        state = "✓ 已解决 · " if c.resolved else ""
        who = f"　{c.author}" if c.author else ""
        lines = [f"{state}{describe_place(draft, c, index)}{who}：{c.text}"]
        for r in c.replies:
            lines.append(f"　↳ {r.author or '回复'}：{r.text}")
        return "\n".join(lines)

    def _tooltip(self, c: Comment) -> str:
        parts = [f"<b>{escape(c.author or '（未署名）')}</b> {escape(_when(c.time))}"]
        parts.append(escape(c.text).replace("\n", "<br>"))
        if c.origin.startswith("review:"):
            parts.append(f"<i>来自审查：{escape(c.origin[7:])}</i>")
        elif c.origin == "word":
            parts.append("<i>来自 Word 文件</i>")
        return "<br>".join(parts)

    def current_id(self) -> str | None:
        """Id of the comment selected in the list, or None."""
        item = self.list.currentItem()
        return item.data(COMMENT_ID_ROLE) if item is not None else None

    def current_comment(self) -> Comment | None:
        """The comment selected in the list, or None."""
        cid = self.current_id()
        return next((c for c in self.session.draft.comments if c.id == cid), None)

    def select_comment(self, comment_id: str) -> None:
        """Select the row of a comment (after adding or changing it)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(COMMENT_ID_ROLE) == comment_id:
                self.list.setCurrentRow(row)
                return

    def _update_buttons(self) -> None:
        c = self.current_comment()
        for b in (self.reply_button, self.resolve_button, self.delete_button):
            b.setEnabled(c is not None)
        self.resolve_button.setText("重新打开" if c is not None and c.resolved else "解决")

    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(item.data(COMMENT_ID_ROLE))

    # -- commands (undoable) -----------------------------------------------------------------

    def _change(self, label: str, comment_id: str, change) -> bool:
        def apply(draft: Draft) -> None:
            comment = next((c for c in draft.comments if c.id == comment_id), None)
            if comment is not None:
                change(draft, comment)

        done = self.session.apply(label, apply, self.session.current_key)
        if done:
            self.select_comment(comment_id)
        return done

    def add(self, comment: Comment) -> bool:
        """Add ``comment`` to the draft as one undoable step and select it."""
        done = self.session.apply(
            "添加批注", lambda d: d.comments.append(comment), self.session.current_key
        )
        if done:
            self.select_comment(comment.id)
            self.status_message.emit("已添加批注（可撤销）")
        return done

    def reply_current(self, text: str | None = None) -> bool:
        """Reply to the selected comment (asking for the text when ``text`` is None); undoable."""
        c = self.current_comment()
        if c is None:
            return False
        author = self.author()  # asked once (首选项 › 批注署名 unset), before the words
        if author is None:  # no name given: no reply
            return False
        if text is None:
            text = self._ask_text("回复批注", f"回复：{c.text[:40]}")
        if not text:
            return False
        reply = Reply(text, author=author, time=now_iso())
        return self._change("回复批注", c.id, lambda _d, x: x.replies.append(reply))

    def toggle_resolved_current(self) -> bool:
        """Resolve the selected comment, or open it again; undoable."""
        c = self.current_comment()
        if c is None:
            return False
        state = not c.resolved

        def set_state(_d, x):
            x.resolved = state

        done = self._change("解决批注" if state else "重新打开批注", c.id, set_state)
        if done:
            self.status_message.emit("批注已解决" if state else "批注已重新打开")
        return done

    def delete_current(self) -> bool:
        """Delete the selected comment; undoable."""
        c = self.current_comment()
        if c is None:
            return False
        cid = c.id
        done = self.session.apply(
            "删除批注",
            lambda d: d.comments.__setitem__(slice(None), [x for x in d.comments if x.id != cid]),
            self.session.current_key,
        )
        if done:
            self.status_message.emit("已删除批注（可撤销）")
        return done

    def _ask_text(self, title: str, label: str) -> str:
        """Ask for a comment or reply (a method so tests can answer it)."""
        text, ok = ask_lines(self, title, label)
        return text.strip() if ok else ""


__all__ = ["COMMENT_ID_ROLE", "CommentsPane"]
