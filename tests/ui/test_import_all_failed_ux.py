"""An import in which every file failed says so. Walking the app, a folder of three files the
reader could not read (an empty text, a damaged .docx, bytes that are no text) was imported; the
box said 3 个文件未能导入，其余文件已导入 when there was no other file and nothing went in."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from drafter.library import Library
from drafter.ui.panels.library_panel import LibraryPanel

from .fakes import write_corpus
from .waits import WAIT_MS


def _import(qtbot, tmp_path, monkeypatch, folder):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    library = Library.open(tmp_path / "lib", workers=1)
    panel.set_library(library)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.import_paths([folder])
    library.close()
    return shown


def _bad_files(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "空.txt").write_bytes(b"")
    (folder / "坏.docx").write_bytes(b"this is not a zip archive" * 40)


def test_every_file_failed_says_nothing_went_in(qtbot, tmp_path, monkeypatch):
    _bad_files(tmp_path / "坏")
    shown = _import(qtbot, tmp_path, monkeypatch, tmp_path / "坏")
    assert shown and "都未能导入" in shown[0].text() and "其余" not in shown[0].text()
    assert shown[0].windowTitle() == "文件未能导入"


def test_some_files_failed_says_the_rest_went_in(qtbot, tmp_path, monkeypatch):
    write_corpus(tmp_path / "c", 2)
    _bad_files(tmp_path / "c")
    shown = _import(qtbot, tmp_path, monkeypatch, tmp_path / "c")
    assert shown and shown[0].text() == "2 个文件未能导入，其余文件已导入。"
