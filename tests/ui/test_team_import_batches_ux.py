"""An import into a team library, seen by the writer who runs it, and cut off half-way.

Walked with two windows on one server (ux69): writer A imported a folder of 287 texts; the
first batch of 200 was committed and writer B's list showed it within seconds, while A's
own list still said 资料库还是空的 (the window's poll is muted during its own import) until
the whole import ended. Then the server stopped before the second batch: the box said
服务器恢复后再运行同一命令 — the command line's words; the app has no command to run again.
Now A's list follows each committed batch, the box says so, and the import goes on by
itself once the server is back (ux82). A real throwaway server, stopped in the middle of the
import, then started again.
"""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox

from drafter.library import open_library
from drafter.ui.panels.library_imports import LOST_RESUME

from .fakes import write_corpus
from .waits import WAIT_MS


def test_own_batches_show_and_a_cut_import_goes_on_when_the_server_is_back(
    qtbot, tmp_path, make_window, monkeypatch, pg_server, pg_url
):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: boxes.append(box.text()))
    write_corpus(tmp_path / "c", 5)
    url = pg_url
    library = open_library(url, workers=1, local_dir=tmp_path / "local", batch_documents=2)
    gate = threading.Event()
    real_add = library.add

    def add_held_after_first_batch(paths, cancel=None):
        """The real import, held (on its worker) once its first batch is committed;
        its progress said again while held, as more files read would (the worker
        passes progress on at most every so often)."""
        for progress in real_add(paths, cancel=cancel):
            yield progress
            while progress.committed and not gate.wait(0.05):
                yield progress

    library.add = add_held_after_first_batch
    try:
        window = make_window()
        window.set_library(library)
        panel = window.library_panel
        panel.import_paths([tmp_path / "c"])
        # the first batch shows in the importer's own list while the import runs
        qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
        assert panel.busy()
        pg_server.halt()
        gate.set()
        qtbot.waitUntil(lambda: not panel.busy() and bool(boxes), timeout=WAIT_MS)
        assert LOST_RESUME in boxes[-1], boxes
        assert "运行同一命令" not in boxes[-1]
        assert "postgresql://" in boxes[-1]  # the library named
        assert panel.model.rowCount() == 2  # what was in stays shown
        # the server back, the import goes on by itself: the rest comes in, none twice
        # (ux82; before, the writer had to remember to press 同步 or import again)
        pg_server.resume()
        window.offline_banner.retry_button.click()
        qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not panel.busy(), timeout=WAIT_MS)
        assert panel.model.rowCount() == 5
        assert len(boxes) == 1, boxes  # no second box
    finally:
        gate.set()
        library.close()
