"""同步 (F5) goes on when a watched folder is gone. Walking the app, one of two watched folders
was moved away; 同步 then failed as a whole (导入失败：/…：不是文件夹, in an error box) and the
other folder, with a changed file in it, was not synced. Now the folders still there are
synced and the status line names the missing one and what to do about it."""

from __future__ import annotations

from drafter.library import Library
from drafter.ui.panels.library_panel import LibraryPanel

from .fakes import write_corpus
from .waits import WAIT_MS


def test_sync_skips_a_missing_folder_and_says_so(qtbot, tmp_path):
    library = Library.open(tmp_path / "lib", workers=1)
    try:
        kept = write_corpus(tmp_path / "kept", 2)
        (tmp_path / "moved").mkdir()
        (tmp_path / "moved" / "讲话.txt").write_text(
            "在全县工作会议上的讲话\n同志们：\n今天召开全县工作会议，部署今年的工作。\n", "utf-8"
        )
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panel.set_library(library)
        for folder in (tmp_path / "moved", tmp_path / "kept"):  # the missing one first
            with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
                panel.import_paths([folder])
        (tmp_path / "moved").rename(tmp_path / "elsewhere")
        kept[0].write_text(kept[0].read_text(encoding="utf-8") + "\n补充一段。\n", "utf-8")
        said: list[str] = []
        panel.status_message.connect(said.append)
        failed: list[str] = []
        panel.import_failed.connect(failed.append)
        with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS) as blocker:
            panel.sync_watched()
        assert not failed and blocker.args[0].updated == 1, blocker.args[
            0
        ]  # the folder still there: synced
        assert "监视的文件夹已不存在" in said[-1] and str(tmp_path / "moved") in said[-1]

        (tmp_path / "kept").rename(tmp_path / "kept2")  # none left: a word, no import
        said.clear()
        panel.sync_watched()
        assert not panel.busy() and "监视的文件夹已不存在" in said[-1]
    finally:
        library.close()
