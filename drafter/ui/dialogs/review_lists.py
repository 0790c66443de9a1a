"""Preferences › 审稿: edit the office lists (TOML in the library folder) and switch rules
on or off. Saving validates first; a mistake is shown as ``file:line: message`` and the
cursor goes to that line. Saved lists apply to the next review (the app watches them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from drafter.review import all_rules
from drafter.review.lists import LIST_FILES, ListError, default_text, list_folder, reset_list
from drafter.review.model import CATEGORIES, LEVEL_NAMES
from drafter.review.office import load_lists, save_list, set_disabled_rules, validate_text
from drafter.ui.read_only import hold
from drafter.ui.widgets.note_label import note_label

LIST_LABELS = {
    "leaders.toml": "领导姓名与职务",
    "wording.toml": "规范用语与易混词",
    "stale.toml": "时效提法与纪念日",
    "ignore.toml": "忽略的词语",
}


class ReviewListsPage(QWidget):
    """The 审稿 tab. ``library_dir`` None means no library is open (nothing to edit);
    ``read_only`` says why the library cannot be written ("" when it can): the lists and the
    rule switches are then shown, not edited, since a save would only fail on 保存.

    Signals:
        lists_saved(): a list file or the rule switches were written.
    """

    lists_saved = Signal()

    def __init__(
        self,
        library_dir: str | Path | None,
        parent: QWidget | None = None,
        read_only: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewListsPage")
        self.library_dir = Path(library_dir) if library_dir else None
        self.read_only = read_only if self.library_dir else ""
        self.which = QComboBox()
        self.which.setObjectName("reviewListChoice")
        for name in LIST_FILES:
            self.which.addItem(f"{LIST_LABELS[name]}（{name}）", name)
        self.where = note_label()
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("reviewListText")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.message = QLabel()
        self.message.setObjectName("reviewListMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = QPushButton("校验")
        self.save_button = QPushButton("保存词表")
        self.save_button.setObjectName("reviewListSave")
        self.reset_button = QPushButton("恢复默认")
        self.rules = QListWidget()
        self.rules.setObjectName("reviewRuleSwitches")
        self.rules_save = QPushButton("保存规则开关")
        self.rules_save.setObjectName("reviewRulesSave")

        row = QHBoxLayout()
        row.addWidget(QLabel("词表"))
        row.addWidget(self.which, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(row)
        lv.addWidget(self.where)
        lv.addWidget(self.editor, 1)
        lv.addWidget(self.message)
        lv.addLayout(buttons)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel("规则开关（取消勾选即关闭）"))
        rv.addWidget(self.rules, 1)
        rv.addWidget(self.rules_save)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.which.currentIndexChanged.connect(lambda _i: self.load_current())
        self.check_button.clicked.connect(self.check)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.rules_save.clicked.connect(self.save_rules)
        self._fill_rules()
        self.load_current()
        enabled = self.library_dir is not None
        for w in (self.editor, self.save_button, self.reset_button, self.rules, self.rules_save):
            w.setEnabled(enabled)
        if self.read_only:  # shown, not edited: held with a tooltip saying why
            self.editor.setReadOnly(True)
            for w in (self.save_button, self.reset_button, self.rules_save):
                hold(w, self.read_only)
            for i in range(self.rules.count()):
                item = self.rules.item(i)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)

    def current_name(self) -> str:
        """The file name of the list shown."""
        return self.which.currentData()

    def load_current(self) -> None:
        """Show the office's copy of the chosen list, or the shipped default."""
        name = self.current_name()
        self.message.clear()
        self._say_read_only()
        if self.library_dir is None:
            self.where.setText("资料库尚未打开：词表保存在资料库文件夹的 review/ 中。")
            self.editor.setPlainText(default_text(name))
            return
        path = list_folder(self.library_dir) / name
        if path.is_file():
            self.where.setText(f"本单位词表：{path}")
            self.editor.setPlainText(path.read_text("utf-8-sig"))
        else:
            self.where.setText(f"默认词表（保存后写入 {path}）")
            self.editor.setPlainText(default_text(name))

    def _path(self) -> str:
        """The file the chosen list is kept in (the library's lists folder), as the page names it to
        the user."""
        name = self.current_name()
        return str(list_folder(self.library_dir) / name) if self.library_dir else name

    def check(self) -> bool:
        """Validate the text shown; say where the first mistake is."""
        errors = validate_text(self.editor.toPlainText(), self._path())
        if errors:
            self._show_error(errors[0])
            return False
        self.message.setStyleSheet("color:#2e7d32")
        self.message.setText("校验通过。")
        return True

    def _say_read_only(self) -> bool:
        """Say on the page that the library cannot be written (True when it cannot)."""
        if not self.read_only:
            return False
        self.message.setStyleSheet("color:#a61c00")
        self.message.setText(
            f"资料库是只读的（{self.read_only}），词表和规则开关只能查看，不能修改。"
        )
        return True

    def save(self) -> bool:
        """Validate and write the list into the library folder."""
        if self.library_dir is None or self._say_read_only():
            return False
        try:
            path = save_list(self.library_dir, self.current_name(), self.editor.toPlainText())
        except ListError as exc:
            self._show_error(exc)
            return False
        self.where.setText(f"本单位词表：{path}")
        self.message.setStyleSheet("color:#2e7d32")
        self.message.setText(f"已保存：{path}")
        self.lists_saved.emit()
        return True

    def reset(self) -> None:
        """Go back to the shipped default of the list shown."""
        if self.library_dir is None or self._say_read_only():
            return
        reset_list(self.library_dir, self.current_name())
        self.load_current()
        self.message.setText("已恢复为默认词表。")
        self.lists_saved.emit()

    def _show_error(self, exc: ListError) -> None:
        """Show why the list cannot be saved and put the cursor on the line at fault."""
        self.message.setStyleSheet("color:#a61c00")
        self.message.setText(str(exc))
        if exc.line:
            block = self.editor.document().findBlockByNumber(exc.line - 1)
            if block.isValid():
                self.editor.setTextCursor(QTextCursor(block))
                self.editor.centerCursor()

    def _fill_rules(self) -> None:
        """List every review rule with its category and level, ticked unless the office switched it
        off, its id and reason as tooltip."""
        disabled = load_lists(self.library_dir).disabled_rules if self.library_dir else set()
        for r in all_rules():
            item = QListWidgetItem(
                f"{CATEGORIES[r.category]} · {r.title}（{LEVEL_NAMES[r.level]}）"
            )
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(f"{r.id}\n{r.why}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if r.id in disabled else Qt.CheckState.Checked
            )
            self.rules.addItem(item)

    def disabled_rules(self) -> list[str]:
        """The ids of the rules switched off in the list."""
        out = []
        for i in range(self.rules.count()):
            item = self.rules.item(i)
            if item.checkState() != Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def save_rules(self) -> None:
        """Write the rule switches into ignore.toml."""
        if self.library_dir is None or self._say_read_only():
            return
        try:
            path = set_disabled_rules(self.library_dir, self.disabled_rules())
        except ListError as exc:  # the office's ignore.toml has a mistake: say where
            self._show_error(exc)
            return
        self.message.setStyleSheet("color:#2e7d32")
        self.message.setText(f"规则开关已保存到 {path}")
        if self.current_name() == "ignore.toml":
            self.load_current()
        self.lists_saved.emit()
