"""Two app windows on one team library: what one imports appears in the other's panels
without restarting (the watcher polls the library's revision on a worker)."""

from __future__ import annotations

from drafter.library import open_library
from drafter.ui.library_watch import LibraryWatcher
from drafter.ui.panels.library_panel import LibraryPanel

from .waits import WAIT_MS


def test_a_colleagues_import_shows_up_in_the_library_panel(qtbot, pg_url, tmp_path):
    mine = open_library(pg_url, workers=1, origin="pc-a", local_dir=tmp_path / "a")
    theirs = open_library(pg_url, workers=1, origin="pc-b", local_dir=tmp_path / "b")
    try:
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panel.set_library(mine)
        watcher = LibraryWatcher(panel, interval_ms=100, busy=panel.busy)
        watcher.changed.connect(panel.refresh)
        watcher.set_library(mine)
        assert panel.model.rowCount() == 0
        # The first reading is taken as seen: a change before it would go unreported.
        qtbot.waitUntil(lambda: watcher.has_baseline, timeout=WAIT_MS)
        folder = tmp_path / "docs"
        folder.mkdir()
        (folder / "speech.txt").write_text(
            "在全县安全生产工作会议上的讲话\n同志们：\n要压实安全生产责任，守住底线。\n",
            encoding="utf-8",
        )
        for _ in theirs.add([folder]):
            pass
        with qtbot.waitSignal(watcher.changed, timeout=WAIT_MS):
            pass
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
        assert mine.search("安全生产").total == 1
        watcher.stop()
    finally:
        mine.close()
        theirs.close()


def test_a_library_without_revisions_is_not_polled(qtbot):
    watcher = LibraryWatcher(interval_ms=50)
    watcher.set_library(object())
    assert not watcher._timer.isActive()
