"""编辑信息…: correct a document's title, subtitle, speaker, post, date, occasion and genre.

What the user types is stored as a correction in the library (never in their file);
impossible dates (2025-02-30) are refused here, with the reason, before anything is
stored. Given its ``save``, the dialog stores the changes itself, on a worker, and closes
only once they are in: a team library whose server is away (or a correction a colleague
changed meanwhile) is said in the dialog and what the user typed stays there for 确定
again. Before, the form closed first and a failed save left one status-bar line and the
typing lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.correction_ops import CorrectionError, validate_date
from drafter.corpus.name_dates import date_in_name
from drafter.ui.errors import failure_text
from drafter.ui.screen_fit import available
from drafter.ui.widgets.note_label import note_label
from drafter.ui.workers import Worker

FIELDS = (
    ("title", "标题"),
    ("speaker", "讲话人"),
    ("post", "职务"),
    ("date", "日期"),
    ("occasion", "场合"),
    ("genre", "文种"),
)
# each field's Alt-letter, those of the draft's own title block (标题(T) 讲话人(S) 日期(D)…):
# Alt+D puts the keyboard in 日期 with its text chosen, so typing replaces it. A field was
# reached by a click, then its old text selected by hand (a triple click or Ctrl+A)
LETTERS = {
    "title": "T",
    "subtitle": "U",
    "speaker": "S",
    "post": "P",
    "date": "D",
    "occasion": "O",
    "genre": "G",
}
GENRES = (
    "讲话",
    "工作报告",
    "报告",
    "总结",
    "述职报告",
    "调研报告",
    "主持词",
    "意见",
    "通知",
    "方案",
)


class EditInfoDialog(QDialog):
    """A form over one document's metadata; :meth:`changes` gives what the user changed."""

    def __init__(
        self,
        info: Any,
        parent: QWidget | None = None,
        subtitle: str | None = None,
        save: Callable[[dict[str, str]], Any] | None = None,
        keep: Callable[[dict[str, str], object], bool] | None = None,
    ) -> None:
        """``subtitle``: the open document's subtitle ("" for none), shown as a 副标题 field
        (the reader's header shows it, a misread one could not be fixed in the app); None
        where it is not known (the library table's record has none): no such field.
        ``save(changes)``, when given, stores the changes (run on a worker at 确定; the
        dialog closes when it returns and stays open, saying why, when it raises).
        ``keep(changes, error)``, when given, is asked first when the save failed: True
        when it kept the changes to write later (a team server away: the reader's
        待保存 corrections), and the dialog then closes with :attr:`kept` set."""
        super().__init__(parent)
        self._save = save
        self._keep = keep
        self.kept = False
        self._saving: Worker | None = None
        self.setWindowTitle("编辑文稿信息")
        fields = list(FIELDS)
        if subtitle is not None:
            fields.insert(1, ("subtitle", "副标题"))
        self._initial = {name: (getattr(info, name, None) or "") for name, _ in fields}
        if subtitle is not None:
            self._initial["subtitle"] = subtitle
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label in fields:
            if name == "genre":
                box = QComboBox()
                box.setEditable(True)
                box.addItems(["", *GENRES])
                box.setCurrentText(self._initial[name])
                edit = box.lineEdit()
                self.genre_box = box
                widget: QWidget = box
            else:
                edit = QLineEdit(self._initial[name])
                widget = edit
            if name == "date":
                edit.setPlaceholderText("如 2025-03-05、2025-03 或 2025")
                widget = self._date_row(edit, info)
            if name in ("speaker", "post"):  # several speakers, each with a post, in order
                edit.setPlaceholderText(
                    "几位讲话人用“、”隔开"
                    if name == "speaker"
                    else "几位的职务用“；”隔开，次序同讲话人"
                )
            if name == "title" and getattr(info, "untitled", False):
                edit.setPlaceholderText("无标题（列表中显示场合、推断的名称或开头文字）")
            edit.setObjectName(f"edit_{name}")
            self.edits[name] = edit
            named = QLabel(f"{label}(&{LETTERS[name]})：")
            named.setBuddy(edit)
            form.addRow(named, widget)
        self.error = QLabel()
        self.error.setObjectName("editInfoError")
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        note = note_label("更正保存在资料库中，不改动原文件；文件改动后会提示重新核对。")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(min(520, max(360, self.sizeHint().width())))
        self._fitted = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Qt override: size the dialog to its content on first showing (on X11 a size set
        before the window existed was dropped for the minimum width)."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_content()

    def _fit_content(self) -> None:
        """Widen the dialog so its longest field shows whole, within 90% of the screen's
        width: at 360 px a long title showed its first twenty characters and the user
        corrected it blind. The fields keep their width beyond what the text needs."""
        extra = max(
            (
                edit.fontMetrics().horizontalAdvance(edit.text()) + 16 - edit.sizeHint().width()
                for edit in self.edits.values()
            ),
            default=0,
        )
        if extra <= 0:
            return
        room = available(self).width() * 9 // 10
        self.resize(min(self.sizeHint().width() + extra, room), self.sizeHint().height())

    def _date_row(self, edit: QLineEdit, info: Any) -> QWidget:
        """The date field, and for a text that names no date while its file name gives a year
        (as 审稿 judges it by: 文中未写日期，按文件名中的年份 1978 年核对) a button offering that
        year: the user fills it in with a click and stores it with 确定, never without asking."""
        path = getattr(info, "path", None)
        self.name_year = None if self._initial["date"] else date_in_name(path)
        self.use_name_year: QPushButton | None = None
        if not self.name_year:
            return edit
        button = QPushButton(f"用文件名中的日期 {self.name_year}")
        button.setObjectName("useNameYear")
        button.setToolTip(
            f"文中未写日期，文件名中有年份 {self.name_year}（审稿按它核对时效）。"
            "点此填入日期栏，按“确定”后保存。"
        )
        button.clicked.connect(lambda: self._fill_name_year(edit))
        self.use_name_year = button
        # the button under the field, not beside it: on one row the field shrank to
        # “如 2025-03-05…” at 1600x1000 and 1280x720 and lost the hint on how to write a date
        row = QWidget()
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(edit)
        under = QHBoxLayout()
        under.addWidget(button)
        under.addStretch(1)
        box.addLayout(under)
        return row

    def _fill_name_year(self, edit: QLineEdit) -> None:
        edit.setText(self.name_year or "")
        edit.setFocus()
        if self.use_name_year is not None:
            self.use_name_year.setEnabled(False)

    def values(self) -> dict[str, str]:
        """The fields as typed, trimmed, by field name."""
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    def changes(self) -> dict[str, str]:
        """Fields whose value differs from what the document had ("" clears one)."""
        return {k: v for k, v in self.values().items() if v != self._initial[k].strip()}

    def accept(self) -> None:
        """Qt override: refuse to close on an invalid date (the error is shown beside the field) so
        a bad date never reaches the library.
        """
        date = self.edits["date"].text().strip()
        if date and "date" in self.changes():
            try:
                self.edits["date"].setText(validate_date(date))
            except CorrectionError as exc:
                self.error.setText(f"日期无效：{exc}")
                self.error.show()
                self.edits["date"].setFocus()
                self.edits["date"].selectAll()
                return
        if self._save is None or not self.changes():
            super().accept()
            return
        if self._saving is not None:
            return
        self._hold(True)
        self._say("正在保存…", "#666")
        save, changes = self._save, self.changes()
        # the application's (deleted when it ended): one deleted from here, a child of
        # the dialog, crashed PySide in the event loop after the dialog's own had ended
        worker = Worker(lambda _t: save(changes))
        worker.finished.connect(lambda _result: self._saved())
        worker.failed.connect(self._not_saved)
        worker.ended.connect(lambda: self._forget(worker))
        self._saving = worker
        worker.start()

    @property
    def saving(self) -> bool:
        """True while 确定's changes are being stored."""
        return self._saving is not None

    def reject(self) -> None:
        """Qt override: not while the changes are being stored (they would be stored with
        nothing left to say whether they were)."""
        if self._saving is not None:
            return
        super().reject()

    def _saved(self) -> None:
        QDialog.accept(self)

    def _not_saved(self, message: str, exc: object) -> None:
        """The changes were not stored: kept for later when ``keep`` takes them (the form
        closes), else why, and the fields as the user left them."""
        self._hold(False)
        if self._keep is not None and self._keep(self.changes(), exc):
            self.kept = True
            QDialog.accept(self)
            return
        self._say(f"未保存：{failure_text(message, exc)}\n所填内容仍在，稍后再按「确定」即可保存。")

    def _forget(self, worker: Worker) -> None:
        if self._saving is worker:
            self._saving = None

    def _hold(self, held: bool) -> None:
        """Fields and buttons held while saving: a change typed then would not be stored."""
        for edit in self.edits.values():
            edit.setReadOnly(held)
        self.buttons.setEnabled(not held)

    def _say(self, text: str, color: str = "#b00020") -> None:
        """``text`` under the fields, the form grown to show it whole: a server's reason
        with the library's address runs to three lines, and the form cut it off."""
        self.error.setStyleSheet(f"color:{color}")
        self.error.setText(text)
        self.error.show()
        self.layout().activate()
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
