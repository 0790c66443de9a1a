"""File and folder choosers that speak Chinese throughout.

Qt's own catalogue leaves a few labels of its file dialog in English ("Look in:",
"Files of type:"), and the static QFileDialog functions start in the working directory
when given no folder (for a desktop app: wherever it was launched from). These wrappers
keep the static functions' signatures and return values.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

_LABELS = {
    QFileDialog.DialogLabel.LookIn: "查找范围：",
    QFileDialog.DialogLabel.FileName: "文件名：",
    QFileDialog.DialogLabel.FileType: "文件类型：",
    QFileDialog.DialogLabel.Reject: "取消",
}


def _start(where: str) -> str:
    """The folder (or file) to start in; a bare file name starts in the home folder."""
    if not where:
        return str(Path.home())
    path = Path(where).expanduser()
    return str(path if path.is_absolute() else Path.home() / path)


def _dialog(parent: QWidget | None, caption: str, start: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, _start(start), filters)
    for label, text in _LABELS.items():
        dialog.setLabelText(label, text)
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    if not dialog.exec():
        return [], ""
    return dialog.selectedFiles(), dialog.selectedNameFilter()


def get_open_file_names(
    parent: QWidget | None, caption: str, start: str = "", filters: str = ""
) -> tuple[list[str], str]:
    """Like ``QFileDialog.getOpenFileNames`` (files, chosen filter), with Chinese labels and a
    sensible start folder.
    """
    dialog = _dialog(parent, caption, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, "导入")
    return _run(dialog)


def get_open_file_name(
    parent: QWidget | None, caption: str, start: str = "", filters: str = ""
) -> tuple[str, str]:
    """Like ``QFileDialog.getOpenFileName`` (file or "", chosen filter), with Chinese labels."""
    dialog = _dialog(parent, caption, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    files, chosen = _run(dialog)
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


def get_existing_directory(parent: QWidget | None, caption: str, start: str = "") -> str:
    """Like ``QFileDialog.getExistingDirectory`` (folder or ""), with Chinese labels and folders
    only.
    """
    dialog = _dialog(parent, caption, start, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, "文件夹：")
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, "选择")
    files, _ = _run(dialog)
    return files[0] if files else ""
