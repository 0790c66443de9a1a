"""同步 (F5) does not bring up the same error box at every press. Walking the app, a watched
folder held three files the reader cannot read; each 同步 then opened the box 3 个文件未能导入
again for the same three files. The box now comes up for files not listed before; the status
line and the 查看… button still say how many failed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from drafter.library import Library
from drafter.ui.panels.library_panel import LibraryPanel

from .fakes import write_corpus
from .waits import WAIT_MS


def test_the_same_unreadable_files_are_boxed_once(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "c"
    write_corpus(folder, 2)
    (folder / "空.txt").write_bytes(b"")
    library = Library.open(tmp_path / "lib", workers=1)
    try:
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panel.set_library(library)
        shown: list[QMessageBox] = []
        monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
        said: list[str] = []
        panel.status_message.connect(said.append)
        with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
            panel.import_paths([folder])
        assert len(shown) == 1  # the import lists it
        with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
            panel.sync_watched()
        assert len(shown) == 1 and "1 个文件出错" in said[-1]  # said, not boxed again
        assert not panel.errors_button.isHidden()
        (folder / "坏.docx").write_bytes(b"this is not a zip archive" * 40)
        with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
            panel.sync_watched()
        assert len(shown) == 2  # a new unreadable file: the box again
    finally:
        library.close()
