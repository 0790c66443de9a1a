"""The watched folders of the library: see them, add one, stop watching one, sync now.

A team library's folders are read, and a folder let go, on a worker (each a round trip to
the server, a stall of the window on a slow network): the list says 正在读取… meanwhile
and its buttons wait; a local library's are read at once, as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drafter.ui import file_dialogs
from drafter.ui.errors import describe
from drafter.ui.library_reads import LatestRead, off_thread
from drafter.ui.workers import Worker


class WatchedFoldersDialog(QDialog):
    """Lists ``library.watched_folders()``; changes go to the library at once.

    Signals:
        sync_requested(): the user asked to sync every watched folder now.
        folder_added(str): a folder was chosen to import and watch.
    """

    sync_requested = Signal()
    folder_added = Signal(str)
    folder_memory: file_dialogs.FolderMemory | None = None
    """Where the import choosers were last left (set by the window): 添加 starts there."""

    def __init__(self, library: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("watchedFoldersDialog")
        self.setWindowTitle("监视的文件夹")
        self.setMinimumSize(520, 320)
        self.library = library
        self._folders = LatestRead(self, self._show, self._failed, lambda: self.library)
        self._unwatching: Worker | None = None
        note = QLabel(
            "「同步」会重新扫描这些文件夹：加入新文件，更新改动过的文件，"
            "移除已删除文件对应的文稿。停止监视不会移除已导入的文稿。"
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        self.error = QLabel()
        self.error.setStyleSheet("color:#a61c00")
        self.error.setWordWrap(True)
        self.add_button = QPushButton("添加文件夹…")
        self.remove_button = QPushButton("停止监视")
        self.sync_button = QPushButton("立即同步")
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.sync_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self.unwatch_selected)
        self.sync_button.clicked.connect(self._sync)
        self.list.currentRowChanged.connect(lambda _row: self._update_enabled())
        self.refresh()

    def folders(self) -> list[str]:
        """The folders as listed (resolved paths, as the library stores them)."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    @property
    def reading(self) -> bool:
        """True while a team library's folders are read, or one let go, on a worker."""
        return self._folders.busy or self._unwatching is not None

    def refresh(self) -> None:
        """Reload the list from the library (on a worker for a team library: the list shown
        stays until the new one comes); an error (e.g. a database that went away) is shown
        in the dialog instead of raising.
        """
        library = self.library
        if off_thread(library) and not self.list.count():
            self._say("正在读取监视的文件夹…", error=False)
        self._folders.run(library, lambda: [str(f) for f in library.watched_folders()])
        self._update_enabled()

    def _show(self, folders: list[str]) -> None:
        self.list.clear()
        self.list.addItems(folders)
        self._say(
            "" if folders else "还没有监视的文件夹。用「添加文件夹」或「导入文件夹」加入一个。"
        )
        self._update_enabled()

    def _failed(self, exc: BaseException) -> None:
        self.list.clear()
        self._say(describe(exc))
        self._update_enabled()

    def _say(self, text: str, error: bool = True) -> None:
        """The line under the list: red for what went wrong or is missing, grey while
        the folders are on their way (the walk saw 正在读取… in red, like a failure)."""
        self.error.setStyleSheet("color:#a61c00" if error else "color:#666")
        self.error.setText(text)

    def unwatch_selected(self) -> None:
        """Stop watching the selected folder (its documents stay in the library); errors are shown
        in the dialog.
        """
        item = self.list.currentItem()
        if item is None or self.reading:
            return
        library, folder = self.library, item.text()
        if not off_thread(library):
            try:
                library.unwatch(folder)
            except Exception as exc:  # noqa: BLE001 - shown in the dialog
                self._say(describe(exc))
                return
            self._say("")
            self.refresh()
            return
        worker = Worker(lambda _t: library.unwatch(folder), self)
        worker.finished.connect(lambda _v: (self._say(""), self.refresh()))
        worker.failed.connect(lambda _m, exc: self._say(describe(exc)))
        worker.ended.connect(lambda: self._unwatched(worker))
        self._unwatching = worker
        self._update_enabled()
        worker.start()

    def _unwatched(self, worker: Worker) -> None:
        worker.deleteLater()
        if self._unwatching is worker:
            self._unwatching = None
            self._update_enabled()

    def add_folder(self, folder: str) -> None:
        """Import ``folder`` (the library panel watches it as it imports)."""
        if Path(folder).is_dir():
            self.folder_added.emit(folder)
            self.accept()

    def _choose(self) -> None:
        """Choose a folder to import and watch."""
        folder = file_dialogs.get_existing_directory(
            self, "选择要导入并监视的文件夹", "", self.folder_memory, "import"
        )
        if folder:
            self.add_folder(folder)

    def _sync(self) -> None:
        """Ask for a sync of the watched folders now, and close."""
        self.sync_requested.emit()
        self.accept()

    def _update_enabled(self) -> None:
        """Remove needs a chosen folder, sync at least one folder; neither while the list
        is on its way."""
        has = self.list.currentItem() is not None and not self.reading
        self.remove_button.setEnabled(has)
        self.sync_button.setEnabled(self.list.count() > 0 and not self.reading)
