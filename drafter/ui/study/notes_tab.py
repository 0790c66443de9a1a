"""笔记: the notes and highlights of the shown document, or of all documents when searching."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.ui.study.annotated_view import NOTE_COLOURS

NOTE_ROLE = Qt.ItemDataRole.UserRole + 2


class NotesTab(QWidget):
    """Lists notes; searching looks through every document's notes.

    Signals:
        note_chosen(object): a note was activated (to show it in the text).
        remove_requested(int): the user asked to delete the note with this id.
    """

    note_chosen = Signal(object)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = None
        self.doc_id: str | None = None
        self.search_box = QLineEdit()
        self.search_box.setObjectName("notesSearch")
        self.search_box.setPlaceholderText("搜索全部笔记（笔记、原文、文稿标题）…")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _t: self.refresh())
        self.list = QTreeWidget()
        self.list.setObjectName("notesList")
        self.list.setHeaderLabels(["原文", "笔记", "文稿"])
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemDoubleClicked.connect(self._on_activated)
        self.remove_button = QPushButton("删除所选笔记")
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(self.search_box, 1)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.list, 1)

    def set_store(self, store, doc_id: str | None) -> None:
        """Point the tab at a notes database and a document (``None`` for all notes) and reload the
        list.
        """
        self.store, self.doc_id = store, doc_id
        self.refresh()

    def refresh(self) -> None:
        """Reload the list: the search words if any, else this document's notes, else all notes."""
        self.list.clear()
        if self.store is None:
            return
        words = self.search_box.text().strip()
        if words:
            notes = self.store.search(words)
        elif self.doc_id:
            notes = self.store.for_document(self.doc_id)
        else:
            notes = self.store.all()
        for note in notes:
            item = QTreeWidgetItem(
                [note.quote, note.note or "（高亮）", note.doc_title or note.doc_id]
            )
            item.setData(0, NOTE_ROLE, note)
            item.setBackground(0, QBrush(QColor(NOTE_COLOURS.get(note.color, "#fff3a0"))))
            item.setToolTip(0, note.quote)
            item.setToolTip(1, note.note)
            self.list.addTopLevelItem(item)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        note = item.data(0, NOTE_ROLE)
        if note is not None:
            self.note_chosen.emit(note)

    def _remove(self) -> None:
        item = self.list.currentItem()
        note = item.data(0, NOTE_ROLE) if item else None
        if note is not None:
            self.remove_requested.emit(note.id)
