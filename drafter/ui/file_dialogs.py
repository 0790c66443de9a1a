"""File and folder choosers that speak Chinese throughout.

Qt's own catalogue leaves a few labels of its file dialog in English ("Look in:",
"Files of type:"), and the static QFileDialog functions start in the working directory
when given no folder (for a desktop app: wherever it was launched from). These wrappers
keep the static functions' signatures and return values.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

log = logging.getLogger(__name__)

_LABELS = {
    QFileDialog.DialogLabel.LookIn: "查找范围：",
    QFileDialog.DialogLabel.FileName: "文件名：",
    QFileDialog.DialogLabel.FileType: "文件类型：",
    QFileDialog.DialogLabel.Reject: "取消",
}


class FolderMemory:
    """The folder each kind of file chooser was last left in, kept in the settings
    (``last_dirs``) so that after a restart 导入文件 starts in the folder the writers' files
    came from, not in the home folder.

    Kinds: ``"import"``, ``"review"`` (a draft or a writer's file opened, an older version
    chosen for 比较稿件); the export dialog keeps its own ``last_export_dir``. ``save``
    writes the settings file (None: kept in memory until the window saves its settings on
    closing).
    """

    def __init__(self, settings, save: Callable[[], None] | None = None) -> None:
        self.settings = settings
        self._save = save

    def folder(self, kind: str) -> str:
        """The folder last chosen for ``kind`` when it still exists, else ""."""
        where = self.settings.last_dirs.get(kind, "")
        return where if where and Path(where).is_dir() else ""

    def start(self, kind: str, preferred: str = "") -> str:
        """Where a chooser of ``kind`` starts: ``preferred`` (the draft's own folder, a
        proposed file) when given, else the folder last chosen for that kind."""
        return preferred or self.folder(kind)

    def remember(self, kind: str, chosen: str) -> None:
        """Keep the folder of ``chosen`` (a file, or a folder itself) for ``kind``."""
        if not chosen:
            return
        path = Path(chosen)
        folder = str(path if path.is_dir() else path.parent)
        self.settings.last_dirs = {**self.settings.last_dirs, kind: folder}
        if self._save is not None:
            try:
                self._save()
            except OSError as exc:  # kept for this session all the same
                log.warning("cannot save the settings after a file chooser: %s", exc)


def _start(where: str) -> str:
    """The folder (or file) to start in; a bare file name starts in the home folder."""
    if not where:
        return str(Path.home())
    path = Path(where).expanduser()
    return str(path if path.is_absolute() else Path.home() / path)


def _remembered(memory: FolderMemory | None, kind: str, start: str) -> str:
    """The folder to start in: the one last chosen for ``kind`` when there is a memory, so
    each kind of file (import, review, export) reopens where the user last was."""
    return memory.start(kind, start) if memory is not None else start


def _dialog(parent: QWidget | None, caption: str, start: str, filters: str) -> QFileDialog:
    """A file dialog with the Chinese labels set: Qt's catalogue leaves a few of its labels in
    English (Look in:, Files of type:) even with the Chinese translation installed."""
    dialog = QFileDialog(parent, caption, _start(start), filters)
    for label, text in _LABELS.items():
        dialog.setLabelText(label, text)
    return dialog


def _run(
    dialog: QFileDialog, memory: FolderMemory | None = None, kind: str = ""
) -> tuple[list[str], str]:
    """Show ``dialog``; what was chosen and the filter, the folder kept for ``kind`` when
    a ``memory`` is given (every chooser that remembers does so the same way)."""
    if not dialog.exec():
        return [], ""
    files = dialog.selectedFiles()
    if memory is not None and files:
        memory.remember(kind, files[0])
    return files, dialog.selectedNameFilter()


def get_open_file_names(
    parent: QWidget | None,
    caption: str,
    start: str = "",
    filters: str = "",
    memory: FolderMemory | None = None,
    kind: str = "import",
) -> tuple[list[str], str]:
    """Like ``QFileDialog.getOpenFileNames`` (files, chosen filter), with Chinese labels and a
    sensible start folder (with ``memory``: the folder last chosen for ``kind``).
    """
    dialog = _dialog(parent, caption, _remembered(memory, kind, start), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, "导入")
    return _run(dialog, memory, kind)


def get_open_file_name(
    parent: QWidget | None,
    caption: str,
    start: str = "",
    filters: str = "",
    memory: FolderMemory | None = None,
    kind: str = "review",
) -> tuple[str, str]:
    """Like ``QFileDialog.getOpenFileName`` (file or "", chosen filter), with Chinese labels
    (with ``memory`` and no ``start``: starting in the folder last chosen for ``kind``)."""
    dialog = _dialog(parent, caption, _remembered(memory, kind, start), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    files, chosen = _run(dialog, memory, kind)
    return (files[0] if files else ""), chosen


def get_save_file_name(
    parent: QWidget | None, caption: str, start: str = "", filters: str = ""
) -> tuple[str, str]:
    """Like ``QFileDialog.getSaveFileName`` (file or "", chosen filter), with Chinese labels."""
    dialog = _dialog(parent, caption, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    files, chosen = _run(dialog)
    return (files[0] if files else ""), chosen


def get_existing_directory(
    parent: QWidget | None,
    caption: str,
    start: str = "",
    memory: FolderMemory | None = None,
    kind: str = "import",
) -> str:
    """Like ``QFileDialog.getExistingDirectory`` (folder or ""), with Chinese labels and folders
    only (with ``memory``: starting where a folder of ``kind`` was last chosen).
    """
    dialog = _dialog(parent, caption, _remembered(memory, kind, start), "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, "文件夹：")
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, "选择")
    files, _ = _run(dialog, memory, kind)
    return files[0] if files else ""
