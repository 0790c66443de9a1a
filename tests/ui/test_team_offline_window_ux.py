"""A team library whose server goes away: the window says 团队资料库连接中断 in a banner
with 重试, refuses the library's reads at once while it is away (the window's own
thread never waits for the server), tries the server again on a worker, and comes back
when it answers. Before, each read the window did on its own thread (the document list,
the corrections of the document shown, the re-read checks …) froze it up to 10 s.

A real throwaway server is stopped in the middle of the test. Where it stood, a socket
that accepts connections and never answers stands for a server that hangs (a machine
gone from the network): a probe against it takes its whole time-out, and the test counts
that the window's timer keeps ticking while that probe is held there, and that the
reads the window makes meanwhile never reach it."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from drafter.library import open_library

from .fakes import write_corpus
from .waits import WAIT_MS


class HungServer:
    """A Unix socket at the server's address that accepts and never answers; counts the
    connections it took and how many are still held open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(str(path))
        self.sock.listen(16)
        self.accepted = 0
        self.held: list[socket.socket] = []
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.05)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted += 1
            self.held.append(conn)

    def open_count(self) -> int:
        """Connections still open on the client's side (a probe still waiting)."""
        alive = 0
        for conn in self.held:
            try:
                conn.setblocking(False)
                alive += conn.recv(1, socket.MSG_PEEK) != b""
            except BlockingIOError:
                alive += 1  # nothing to read and not closed: the client still waits
            except OSError:
                pass
        return alive

    def close(self) -> None:
        self._stop = True
        self._thread.join(5)
        for conn in self.held:
            conn.close()
        self.sock.close()
        self.path.unlink(missing_ok=True)


def test_the_window_keeps_turning_says_the_server_is_away_and_comes_back(
    qtbot, tmp_path, make_window, monkeypatch, pg_server, pg_url
):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: boxes.append(box.text()))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()))
    write_corpus(tmp_path / "c", 3)
    url = pg_url
    library = open_library(url, workers=1, local_dir=tmp_path / "local")
    hung = None
    try:
        list(library.add([tmp_path / "c"]))
        window = make_window()
        watch = window.library_watch
        watch._reprobe.setInterval(200)  # the re-probe every 10 s, sooner here
        window.set_library(library)
        panel = window.library_panel
        qtbot.waitUntil(lambda: watch.has_baseline, timeout=WAIT_MS)
        assert panel.model.rowCount() == 3
        doc_id = library.documents()[0].id
        assert not window.offline_banner.isVisible()

        ticks = [0]
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
        timer.start(10)

        pg_server.halt()
        # the next poll (a worker) finds the server gone: the banner, no box
        qtbot.waitUntil(lambda: window.offline_banner.isVisible(), timeout=WAIT_MS)
        assert "团队资料库连接中断" in window.offline_banner.label.text()
        assert "与团队资料库的连接中断了" in window.offline_banner.label.text()
        assert "连接中断" in window.library_label.text()
        assert panel.model.rowCount() == 3  # the list shown stays

        # a server that hangs where it stood: the re-probe (a worker) is held there
        hung = HungServer(Path(pg_server.base) / f".s.PGSQL.{pg_server.port}")
        qtbot.waitUntil(lambda: hung.open_count() >= 1, timeout=WAIT_MS)
        before = ticks[0]
        qtbot.waitUntil(lambda: ticks[0] >= before + 5, timeout=WAIT_MS)
        assert hung.open_count() >= 1  # the ticks came while the probe was held

        # what the window reads on its own thread is refused at once: no connection
        taken = hung.accepted
        panel.refresh()
        panel.follow_other_writer()
        window.reader_panel.follow_library()
        window.search_panel.search("工作")
        window._open_in_reader(doc_id)
        panel.sync_watched()
        qtbot.wait(50)
        assert hung.accepted == taken, "a read of the window went to the server"
        assert panel.model.rowCount() == 3

        # the server is back: 重试 brings the window back (no re-probe of its own now)
        watch._reprobe.setInterval(600_000)
        hung.close()
        hung = None
        pg_server.resume()
        qtbot.waitUntil(lambda: not watch._probing, timeout=WAIT_MS)
        assert window.offline_banner.isVisible()
        qtbot.mouseClick(window.offline_banner.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.offline_banner.isVisible(), timeout=WAIT_MS)
        assert "连接中断" not in window.library_label.text()
        assert library.offline == ""
        qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT_MS)
        assert not [b for b in boxes if "程序出错" in b], boxes
        timer.stop()
    finally:
        window.library_watch.set_library(None)
        if hung is not None:
            hung.close()
        library.close()
