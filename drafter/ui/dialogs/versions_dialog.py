"""The version list of a draft: label a version, restore it (undoably), compare two.

Versions are kept by every save beside the draft (``drafter.drafts.history``). Restoring
one replaces the draft being edited as a single step on the editor's undo stack, so
撤销 brings back what was there; nothing is written until the writer saves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from drafter.drafts.char_counts import heading_chars, paragraph_chars
from drafter.drafts.comments import comment_tally
from drafter.drafts.history import HistoryError, list_versions, set_label, written_order
from drafter.drafts.store import DraftError, load_draft
from drafter.ui.errors import describe
from drafter.ui.widgets.note_label import note_label

VERSION_ROLE = Qt.ItemDataRole.UserRole + 41


def _count(draft) -> int:
    """字数 as the editor's status line counts it (headings included): the same draft showed
    1,520 here and 全文 1,691 字 under the editor."""
    texts = [p.text for p in draft.opening + draft.closing]
    texts += [p.text for n in draft.walk() for p in n.paragraphs]
    return sum(map(paragraph_chars, texts)) + sum(heading_chars(n.heading) for n in draft.walk())


def _short(stamp: str) -> str:
    """``11-24 09:30`` for a stored save time."""
    return stamp[5:16].replace("T", " ")


def _saved(v) -> str:
    """The save time as listed, and for a re-save of an older version's content the time
    that content was first saved: ``2025-11-26 10:05:00（同 11-24 09:30 版）``."""
    return f"{v.display_time}（同 {_short(v.first_saved)} 版）" if v.same_as else v.display_time


class VersionsDialog(QDialog):
    """Versions of the draft open in ``panel`` (a DraftEditorPanel), newest first.

    Signals:
        status_message(str): a short message for the status bar.
    """

    status_message = Signal(str)

    def __init__(self, panel, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("版本记录")
        self.setObjectName("versionsDialog")
        self.resize(720, 420)
        self.panel = panel
        self.path = panel.session.path
        self.tree = QTreeWidget()
        self.tree.setObjectName("versionsList")
        self.tree.setHeaderLabels(["保存时间", "标签", "标题", "字数", "批注"])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.compare_selected())
        self.label_button = QPushButton("标记…")
        self.label_button.clicked.connect(lambda: self.label_selected())
        self.restore_button = QPushButton("恢复此版本")
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.compare_button = QPushButton("与当前稿比较")
        self.compare_button.clicked.connect(lambda: self.compare_selected())
        note = note_label(
            "每次保存都会留下一个版本（保存在稿件旁的 .history 文件夹）。选中两个版本可相互比较；"
            "恢复版本后可用“撤销”退回。"
        )
        buttons = QHBoxLayout()
        for b in (self.label_button, self.restore_button, self.compare_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"稿件：{self.path}"))
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the versions from the history folder."""
        self.tree.clear()
        for v in list_versions(self.path) if self.path else []:
            try:
                draft = load_draft(v.path)
                title, count = draft.meta.title or "（无标题）", f"{_count(draft):,}"
                said = comment_tally(draft.comments)  # versions of equal 字数 differ here
            except DraftError:
                title, count, said = "（无法读取）", "", ""
            item = QTreeWidgetItem([_saved(v), v.label, title, count, said])
            item.setData(0, VERSION_ROLE, v)
            if v.same_as:
                item.setToolTip(
                    0,
                    f"这次保存的内容与 {_short(v.first_saved)} 保存的版本相同（恢复旧版本后再保存）",
                )
            self.tree.addTopLevelItem(item)
        for col in range(5):
            self.tree.resizeColumnToContents(col)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def selected(self) -> list:
        """The selected versions, in list order."""
        return [item.data(0, VERSION_ROLE) for item in self.tree.selectedItems()]

    def _update_buttons(self) -> None:
        """Enable what the selection allows: label and restore one version, compare one with the
        current draft or two with each other."""
        n = len(self.selected())
        self.label_button.setEnabled(n == 1)
        self.restore_button.setEnabled(n == 1)
        self.compare_button.setEnabled(n in (1, 2))
        self.compare_button.setText("比较这两个版本" if n == 2 else "与当前稿比较")

    def label_selected(self, label: str | None = None) -> bool:
        """Label the one selected version (asking when ``label`` is None)."""
        versions = self.selected()
        if len(versions) != 1:
            return False
        v = versions[0]
        if label is None:
            label, ok = QInputDialog.getText(
                self, "标记版本", "版本标签（如 送审稿）：", text=v.label
            )
            if not ok:
                return False
        try:
            set_label(self.path, v.id, label)
        except HistoryError as exc:
            QMessageBox.warning(self, "无法标记版本", describe(exc))
            return False
        self.refresh()
        return True

    def restore_selected(self) -> bool:
        """Put the selected version in the editor as one undoable step."""
        versions = self.selected()
        if len(versions) != 1:
            return False
        v = versions[0]
        try:
            old = load_draft(v.path)
        except DraftError as exc:
            QMessageBox.warning(self, "无法恢复版本", describe(exc))
            return False
        snapshot = old.to_json()

        def replace_all(draft) -> None:
            fresh = type(draft).from_json(snapshot)
            for name in draft.__dataclass_fields__:
                setattr(draft, name, getattr(fresh, name))

        name = f"“{v.label}”" if v.label else v.display_time
        if self.panel.session.apply(f"恢复版本 {name}", replace_all):
            self.panel.session.draft_replaced.emit()
            self.status_message.emit(f"已恢复到 {name} 的版本（可撤销，保存后生效）")
            return True
        self.status_message.emit("所选版本与当前稿件相同")
        return False

    def compare_selected(self):
        """Compare one selected version with the current draft, or two with each other."""
        versions = self.selected()
        if not versions or len(versions) > 2:
            return None
        from drafter.ui.dialogs.compare_dialog import CompareDialog

        def side(v):
            return load_draft(v.path), v.label or _saved(v)

        try:
            if len(versions) == 2:
                # the order the texts were written: a restored 初稿 saved again is still older
                older, newer = written_order(versions)
                (old, old_name), (new, new_name) = side(older), side(newer)
            else:
                old, old_name = side(versions[0])
                new, new_name = self.panel.session.draft, "当前稿件"
        except DraftError as exc:
            QMessageBox.warning(self, "无法比较", describe(exc))
            return None
        office = getattr(self.panel, "office", None)
        folder = office.folder() if office is not None else ""
        dialog = CompareDialog(
            old, new, old_name, new_name, self.panel.settings, self, folder=folder
        )
        if office is not None:  # the 修订稿 signed as the comments are (asked once if unset)
            dialog.author = office.author
        dialog.status_message.connect(self.status_message)
        dialog.show()
        return dialog


__all__ = ["VersionsDialog"]
