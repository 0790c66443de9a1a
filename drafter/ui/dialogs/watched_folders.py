"""The watched folders of the library: see them, add one, stop watching one, sync now."""

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

    def refresh(self) -> None:
        """Reload the list from the library; an error (e.g. a database that went away) is shown in
        the dialog instead of raising.
        """
        self.list.clear()
        try:
            self.list.addItems([str(f) for f in self.library.watched_folders()])
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            self.error.setText(describe(exc))
        if not self.list.count():
            self.error.setText("还没有监视的文件夹。用「添加文件夹」或「导入文件夹」加入一个。")
        self._update_enabled()

    def unwatch_selected(self) -> None:
        """Stop watching the selected folder (its documents stay in the library); errors are shown
        in the dialog.
        """
        item = self.list.currentItem()
        if item is None:
            return
        try:
            self.library.unwatch(item.text())
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            self.error.setText(describe(exc))
            return
        self.error.setText("")
        self.refresh()

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
        """Remove needs a chosen folder, sync at least one folder."""
        has = self.list.currentItem() is not None
        self.remove_button.setEnabled(has)
        self.sync_button.setEnabled(self.list.count() > 0)
