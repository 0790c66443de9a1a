"""The main window's settings dialogs (preferences, watched folders) and what follows
their answers: kept out of main_window.py, which only assembles and wires."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from drafter.ui.window_parts import WindowParts


def show_preferences(window: WindowParts) -> None:
    """Preferences; a new library folder is handed to the app (``library_dir_requested``),
    new dictionary words offer a re-index."""
    from drafter.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(
        window.settings,
        window.library,
        parent=window,
        settings_path=window.settings_path,
        team_tried=window.team_tried,  # a team library that did not open: its address shown
        local_tried=window.local_tried,  # a folder that did not open: its path shown
    )
    if not dialog.exec():
        return
    window.editor.apply_settings()
    window.reader_panel.set_rate(window.settings.speaking_rate)  # the header's speaking time
    study = getattr(window, "study", None)
    if study is not None:
        study.apply_settings()  # the speaking rate of 学习 mode
    if dialog.library_dir_changed:
        window.library_dir_requested.emit(window.settings.library_spec())
    elif window.library is not None and dialog.reindex_due:  # read by the dialog
        answer = QMessageBox.question(
            window, "重建索引", "用户词典已修改，重建索引后检索才会按新词切分。现在重建？"
        )
        if answer == QMessageBox.StandardButton.Yes:
            window.library_panel.reindex()


def show_watched(window: WindowParts) -> None:
    """The watched folders: list, add, stop watching, sync now."""
    from drafter.ui.dialogs.watched_folders import WatchedFoldersDialog

    if window.library is None:
        window.show_status("资料库正在加载，稍候再试。")
        return
    dialog = WatchedFoldersDialog(window.library, window)
    dialog.folder_memory = window.editor.files.folder_memory
    dialog.sync_requested.connect(window.library_panel.sync_watched)
    dialog.folder_added.connect(lambda folder: window.library_panel.import_paths([folder]))
    dialog.exec()
