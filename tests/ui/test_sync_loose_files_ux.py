"""同步 (F5) re-reads a file imported on its own when it changed. Walking the app as an office
head, a speech imported with 导入文件… was edited in Word; the table, the reader and search went
on showing the old text, and 同步 said 没有监视的文件夹 (or synced only the watched folders). A
file is imported once (no new files beside it are watched for), but the library no longer shows
an old version of a file it holds: a sync re-reads those that changed, in the app and with
``drafter library sync``."""

from __future__ import annotations

from drafter.cli import main
from drafter.library import Library
from drafter.ui.panels.library_panel import LibraryPanel

from .waits import WAIT_MS

TEXT = "在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议，部署今年的工作。\n"


def test_sync_rereads_a_changed_file_imported_alone(qtbot, tmp_path):
    path = tmp_path / "讲话.txt"
    path.write_text(TEXT, encoding="utf-8")
    library = Library.open(tmp_path / "lib", workers=1)
    try:
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panel.set_library(library)
        with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
            panel.import_paths([path])  # 导入文件…: a file, not a folder
        assert library.watched_folders() == []
        path.write_text(TEXT + "要抓好安全生产，确保万无一失。\n", encoding="utf-8")
        with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS) as blocker:
            panel.sync_watched()
        assert blocker.args[0].updated == 1
        assert library.search("安全生产").hits  # the new text is what the library holds
    finally:
        library.close()


def test_library_sync_rereads_it_too(tmp_path, capsys):
    path = tmp_path / "讲话.txt"
    path.write_text(TEXT, encoding="utf-8")
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", str(path)]) == 0
    path.write_text(TEXT + "要抓好安全生产，确保万无一失。\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--library", lib, "library", "sync"]) == 0
    assert "更新 1" in capsys.readouterr().err
    with Library.open(lib) as library:
        assert library.search("安全生产").hits
