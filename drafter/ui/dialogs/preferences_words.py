"""The 用户词典 page of the preferences: the library's own words for search, added or
removed there, read from and written to the library — on a worker for a team library
(the page says 正在读取… / 正在保存… and holds its buttons meanwhile).

A mixin of :class:`~drafter.ui.dialogs.preferences.PreferencesDialog` (over its
``library``, ``buttons``, error line and :meth:`_finish`), kept apart so the dialog's
other pages and its 确定 read on their own."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drafter.ui.errors import describe
from drafter.ui.read_only import read_only_reason
from drafter.ui.widgets.note_label import note_label
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)


class DictionaryPage:
    """The preferences' user dictionary (see the module docstring)."""

    @property
    def reading(self) -> bool:
        """True while a team library's dictionary is read or written on a worker."""
        return self._worker is not None

    def _read_words(self) -> None:
        """Read a team library's dictionary, and whether its index follows it, on a
        worker; the page says so and holds its buttons meanwhile."""
        library = self.library
        self._hold_words("正在读取团队资料库的用户词典…")
        worker = Worker(lambda _t: (list(library.words()), library.needs_reindex()), self)
        worker.finished.connect(self._words_read)
        worker.failed.connect(lambda _m, exc: self._words_failed(exc))
        worker.ended.connect(lambda: self._worker_ended(worker))
        self._worker = worker
        worker.start()

    def _words_read(self, value: tuple[list[str], bool]) -> None:
        words, due = value
        self._initial_words = list(words)
        self.reindex_due = due
        self.words.clear()
        self.words.addItems(self._initial_words)
        self._release_words(self._words_text)

    def _words_failed(self, exc: BaseException) -> None:
        log.warning("cannot read the user dictionary: %s", exc)
        # nothing read: nothing to compare an edit with, so the page is for looking only
        self._release_words(f"用户词典无法读取：{describe(exc)}", editable=False)

    def _hold_words(self, text: str) -> None:
        """The dictionary page and 确定 held while its words are on their way."""
        self.words_note.setText(text)
        for widget in (self.words, self.new_word, self.add_words_button, self.remove_words_button):
            widget.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _release_words(self, text: str, editable: bool = True) -> None:
        self.words_note.setText(text)
        why = read_only_reason(self.library)
        self.words.setEnabled(True)
        for widget in (self.new_word, self.add_words_button, self.remove_words_button):
            widget.setEnabled(editable and not why)
        self._words_editable = editable
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _worker_ended(self, worker: Worker) -> None:
        worker.deleteLater()
        if self._worker is worker:
            self._worker = None

    def _dictionary_tab(self) -> QWidget:
        """The 用户词典 page: the library's own words for search (names, slogans), added or removed
        here."""
        page = QWidget()
        self.words = QListWidget()
        self.words.setObjectName("prefWords")
        self.words.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.words.addItems(self._initial_words)
        self.new_word = QLineEdit()
        self.new_word.setObjectName("prefNewWord")
        self.new_word.setPlaceholderText(
            "输入新词，如：放管服、最多跑一次（可用顿号或逗号分隔多个）"
        )
        self.new_word.returnPressed.connect(self.add_word)
        add = self.add_words_button = QPushButton("添加")
        add.clicked.connect(self.add_word)
        remove = self.remove_words_button = QPushButton("删除所选")
        remove.clicked.connect(self.remove_selected_words)
        row = QHBoxLayout()
        row.addWidget(self.new_word, 1)
        row.addWidget(add)
        row.addWidget(remove)
        why = read_only_reason(self.library)
        if self.library is None:
            text = "未打开资料库，无法编辑用户词典。"
        elif why:  # shown, not edited: an addition would only fail on 确定
            text = f"资料库是只读的（{why}），用户词典只能查看，不能修改。"
        else:
            text = (
                "用户词典让检索把这些词当作整体切分（如“放管服”不被拆开）。"
                "新增或删除的词在重建索引后生效（资料库 › 重建索引）。"
            )
        self._words_text = text  # what the page says once its words are shown
        self._words_editable = True
        self.words_note = note_label(text)
        self.words.setEnabled(self.library is not None)
        for widget in (self.new_word, add, remove):
            widget.setEnabled(self.library is not None and not why)
        layout = QVBoxLayout(page)
        layout.addWidget(self.words, 1)
        layout.addLayout(row)
        layout.addWidget(self.words_note)
        return page

    def _library_words(self) -> list[str]:
        """The library's user dictionary as it stands; empty, with a log line, when the library is
        busy or broken (the dialog must still open)."""
        if self.library is None:
            return []
        try:
            return list(self.library.words())
        except Exception as exc:  # a busy or broken library must not stop the dialog
            log.warning("cannot read the user dictionary: %s", exc)
            return []

    def word_list(self) -> list[str]:
        """The user's dictionary words as listed."""
        return [self.words.item(i).text() for i in range(self.words.count())]

    def add_word(self) -> None:
        """Add the typed words (several may be separated by commas, 、 or spaces), skipping ones
        already listed.
        """
        import re

        existing = set(self.word_list())
        for word in re.split(r"[,，、;；\s]+", self.new_word.text()):
            if word and word not in existing:
                self.words.addItem(word)
                existing.add(word)
        self.new_word.clear()

    def remove_selected_words(self) -> None:
        """Remove the selected dictionary words."""
        for item in self.words.selectedItems():
            self.words.takeItem(self.words.row(item))

    def _word_changes(self) -> tuple[list[str], list[str]] | None:
        """(added, removed) against the dictionary as read, None when nothing changed (or
        there is no library, or its words could not be read)."""
        if self.library is None or not self._words_editable:
            return None
        now = self.word_list()
        added = [w for w in now if w not in self._initial_words]
        removed = [w for w in self._initial_words if w not in now]
        return (added, removed) if added or removed else None

    @staticmethod
    def _store_words(library, added: list[str], removed: list[str]) -> bool | None:
        """Write the changes and say whether the index now needs rebuilding (None: the
        library could not say; the words are stored all the same)."""
        if added:
            library.add_words(added)
        if removed:
            library.remove_words(removed)
        try:
            return bool(library.needs_reindex())
        except Exception as exc:  # noqa: BLE001 - only the question after 确定 is lost
            log.warning("cannot tell whether the index follows the dictionary: %s", exc)
            return None

    def _apply_words(self) -> bool:
        """Write the dictionary's additions and removals to the library; False, with the reason
        shown, when the library refuses (the dialog then stays open)."""
        if self.library is None:
            return True
        added, removed = self._word_changes() or ([], [])
        try:
            self.reindex_due = self._store_words(self.library, added, removed)
        except Exception as exc:  # LibraryBusy, LibraryError, OSError: say so, keep the dialog
            self._show_error(f"用户词典无法保存：{describe(exc)}")
            return False
        self._initial_words = self.word_list()
        return True

    def _write_words(self, style: str, library_dir: str, team: str) -> None:
        """:meth:`_apply_words` for a team library, on a worker: the dialog holds its
        buttons and says so; then :meth:`_finish`, or the reason in the dialog."""
        added, removed = self._word_changes() or ([], [])
        now, library = self.word_list(), self.library
        self._show_error("")
        self._hold_words("正在保存用户词典…")
        self.buttons.setEnabled(False)
        self._writing = True

        def written(due: bool | None) -> None:
            self._writing = False
            self.buttons.setEnabled(True)
            self._initial_words = now
            self.reindex_due = due
            self._release_words(self._words_text)
            self._finish(style, library_dir, team)

        def failed(exc: BaseException) -> None:
            self._writing = False
            self.buttons.setEnabled(True)
            self._release_words(self._words_text)
            self._show_error(f"用户词典无法保存：{describe(exc)}")

        worker = Worker(lambda _t: self._store_words(library, added, removed), self)
        worker.finished.connect(written)
        worker.failed.connect(lambda _m, exc: failed(exc))
        worker.ended.connect(lambda: self._worker_ended(worker))
        self._worker = worker
        worker.start()
