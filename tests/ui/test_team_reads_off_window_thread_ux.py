"""A team library on a slow network (a branch office over VPN, a server under load): the
window never reads it on its own thread. Every read a user's action makes (the document
list and its marks, the checks at opening, the document shown with its corrections, the
search's exact highlights, the version of the document shown after a colleague's change,
a sync's watched folders, a draft's source, a tooltip's reasons) and the removal of
documents run on a worker; the window's thread asks the server for nothing.

A real throwaway server sits behind a delay line (tests/pg_slow_link.py: every
chunk held 50 ms each way, 100 ms per round trip; a whole second each way where the
server is to look hung). The library counts what reaches the server on the window's
thread (``window_thread_calls``): before, one pass over these kinds of action made 49 such
reads, each a stall of at least one round trip. A timer's ticks, counted while a read is
held on the line, show that the window keeps turning meanwhile (no wall-clock time is
asserted)."""

from __future__ import annotations

from urllib.parse import urlsplit

from pg_slow_link import SlowLink
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QMessageBox

from drafter.library import open_library

from .fakes import write_corpus
from .waits import WAIT_MS


def _counted(window) -> str:
    """The status bar's library label without the server's name: 团队资料库（3 篇）."""
    name, _, rest = window.library_label.text().partition("：")
    return name + rest[rest.rindex("（") :]


def _ticking():
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(10)
    return timer, ticks


def test_no_read_of_a_slow_team_library_runs_on_the_window_thread(
    qtbot, tmp_path, make_window, pg_cluster, pg_url, monkeypatch
):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: boxes.append(box.text()))
    folder = tmp_path / "c"
    write_corpus(folder, 3)
    fast = open_library(pg_url, workers=1, local_dir=tmp_path / "fast")
    list(fast.add([folder]))
    fast.watch(folder)
    fast.close()
    name = urlsplit(pg_url).path.lstrip("/")
    with SlowLink(pg_cluster.base, pg_cluster.port, delay=0.05) as link:
        library = open_library(link.url(name), workers=1, local_dir=tmp_path / "local")
        window = make_window()
        panel, reader = window.library_panel, window.reader_panel
        timer, ticks = _ticking()
        try:
            # the first read after opening: a server that hangs holds a worker, not the window
            link.delay = 1.0
            window.set_library(library)
            before = ticks[0]
            qtbot.waitUntil(lambda: ticks[0] >= before + 20, timeout=WAIT_MS)
            assert panel.reading and panel.model.rowCount() == 0  # still on the line
            link.delay = 0.05
            qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT_MS)
            qtbot.waitUntil(lambda: not panel.reading, timeout=WAIT_MS)
            # the status bar counts the rows once they came (it said 0 篇, then the count
            # before a colleague's import, while the table showed the new one)
            assert _counted(window) == "团队资料库（3 篇）"

            doc_id = library.documents()[0].id  # (the test's own read, before counting)
            library.window_thread_calls.clear()
            panel.refresh()
            panel.refresh()  # asked again while the first runs: read once more, shown once
            panel.follow_other_writer()
            qtbot.waitUntil(lambda: not panel.reading, timeout=WAIT_MS)

            window.search_panel.search_box.setText("工作")
            window.search_panel.search("工作")
            qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0, timeout=WAIT_MS)
            window._open_in_reader(doc_id, 2, {"工作"})
            qtbot.waitUntil(lambda: reader.document_key == doc_id, timeout=WAIT_MS)
            assert reader.corrections.state() is not None  # read with the document
            reader.follow_library()
            window.library_watch.changed.emit()  # a colleague committed
            panel.library_changed.emit()
            assert panel.model.review_reason(panel.model.documents()[0])  # a tooltip
            panel.sync_watched()
            qtbot.waitUntil(lambda: not panel.busy() and not panel.reading, timeout=WAIT_MS)
            window._open_source(doc_id, 2)
            qtbot.wait(200)
            qtbot.waitUntil(lambda: not panel.reading, timeout=WAIT_MS)
            assert library.window_thread_calls == []
            assert _counted(window) == "团队资料库（3 篇）"
            assert reader.document_key == doc_id
            assert panel.model.rowCount() == 3
            # removing is a write per document: on a worker too, the buttons held meanwhile
            panel.remove_ids([doc_id])
            assert not panel.remove_button.isEnabled()
            qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
            qtbot.waitUntil(lambda: panel.remove_button.isEnabled(), timeout=WAIT_MS)
            assert library.window_thread_calls == []
            assert _counted(window) == "团队资料库（2 篇）"
            assert not [b for b in boxes if "程序出错" in b], boxes
        finally:
            timer.stop()
            window.library_watch.set_library(None)
            qtbot.waitUntil(lambda: not panel.reading, timeout=WAIT_MS)
            # the reads still on the line end before the library and the line close
            assert QThreadPool.globalInstance().waitForDone(WAIT_MS)
            library.close()
