"""与…并排对照: pick the second text for a comparison started from one selected document in
the library table. A real library holds hundreds of texts, so the list narrows as words of a
title, speaker or occasion are typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.display import book_title
from drafter.ui.widgets.ok_cancel import ok_cancel


def document_label(info: Any) -> str:
    """How the picker lists a document: its title as the library shows it, then speaker and
    date when known, so two texts of the same title can be told apart."""
    title = info.display_title
    extra = "　".join(x for x in (info.speaker or "", info.date or "") if x)
    return f"{title}　{extra}" if extra else title


class PickDocumentDialog(QDialog):
    """Choose one document of ``docs`` (library records) to set beside ``first_title``."""

    def __init__(self, first_title: str, docs: list[Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pickCompareDocument")
        self.setWindowTitle("选择对照文稿")
        self.filter = QLineEdit()
        self.filter.setObjectName("pickFilter")
        self.filter.setPlaceholderText("输入标题、讲话人或场合中的字词筛选…")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("pickList")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        for info in docs:
            item = QListWidgetItem(document_label(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.id))
            haystack = " ".join(
                str(x or "")
                for x in (item.text(), info.title, getattr(info, "occasion", ""), info.path)
            )
            item.setData(Qt.ItemDataRole.UserRole + 1, haystack)
            self.list.addItem(item)
        self.buttons = ok_cancel(self, "并排对照")
        intro = QLabel(f"与{book_title(first_title)}并排对照的文稿：")
        intro.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.filter)
        box.addWidget(self.list, 1)
        box.addWidget(self.buttons)
        self.filter.textChanged.connect(self._narrow)
        self.list.currentItemChanged.connect(lambda *_: self._update_ok())
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_ok()
        self.resize(520, 420)

    def chosen_id(self) -> str:
        """Id of the document chosen, "" when none is (an empty list, everything filtered out)."""
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return ""
        return str(item.data(Qt.ItemDataRole.UserRole))

    def _narrow(self, text: str) -> None:
        words = text.split()
        first_shown = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            haystack = str(item.data(Qt.ItemDataRole.UserRole + 1))
            hidden = not all(w in haystack for w in words)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first_shown)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen_id()))
