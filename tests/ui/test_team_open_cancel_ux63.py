"""Opening a team library shows a busy bar with 取消, and 取消 really stops the waiting.

The window opening a team library on a slow or silent server waited out the connect
timeout (10 s, or the user's own: a minute and more) with 正在打开资料库… and no way out.
psycopg's connect cannot be interrupted, so the open now runs on a thread of its own
(:func:`drafter.abandonable.run_abandonable`): 取消 ends the wait at once, the start goes
on (the file given to ``--open`` opens, the worker pool is free for the rest of the app),
the panel says 已取消 with 重新连接, and a library that answers later is closed unused.
Driven against a real server behind a link that holds every packet (``SlowLink``), then
the same server answering."""

from __future__ import annotations

from urllib.parse import urlsplit

from pg_slow_link import SlowLink
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from drafter.drafts.model import Draft, DraftMeta
from drafter.drafts.store import save_draft
from drafter.ui.startup import Startup, open_library_with_warmup
from drafter.ui.workers import run_call

from .waits import WAIT_MS


def _opener(tmp_path):
    """The app's opener, the team library's local files in tmp_path."""

    def open_it(root, **options):
        return open_library_with_warmup(root, workers=1, local_dir=tmp_path / "local", **options)

    return open_it


def test_cancel_stops_waiting_and_reconnect_opens(
    qtbot, tmp_path, make_window, pg_cluster, pg_url, monkeypatch
):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: boxes.append(box.text()))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()))
    draft = tmp_path / "讲话.json"
    save_draft(Draft(meta=DraftMeta(title="在全区办公室系统工作会议上的讲话")), draft)
    name = urlsplit(pg_url).path.lstrip("/")
    with SlowLink(pg_cluster.base, pg_cluster.port, delay=600) as link:  # silent
        url = link.url(name) + "&connect_timeout=600"
        window = make_window()
        bar = window.opening_bar
        startup = Startup(window, url, open_library=_opener(tmp_path), open_file=draft)
        startup.start()
        qtbot.waitUntil(lambda: bar.isVisible(), timeout=WAIT_MS)
        assert "正在连接团队资料库" in bar.waited.text()
        qtbot.waitUntil(lambda: link.connections >= 1, timeout=WAIT_MS)

        qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
        assert not bar.isVisible()
        label = window.library_panel.empty_label
        assert "已取消打开团队资料库" in label.text() and "重新连接" in label.text()
        # the start goes on: --open's draft opens, and the pool runs other work
        qtbot.waitUntil(lambda: startup.is_settled, timeout=WAIT_MS)
        assert window.editor.session.path == draft
        answers = []
        worker = run_call(lambda: 42, window)
        worker.finished.connect(answers.append)
        qtbot.waitUntil(lambda: answers == [42], timeout=WAIT_MS)
        assert window.library is None and not boxes

        # 重新连接, the server answering now: the bar again, then the library
        link.delay = 0.0
        label.linkActivated.emit("reconnect")
        assert bar.isVisible()
        qtbot.waitUntil(lambda: window.library is not None, timeout=WAIT_MS)
        assert not bar.isVisible()
        assert window.library.shared is True
        assert window.editor.session.path == draft  # not opened a second time
        assert not boxes
        library = window.library
        window.set_library(None)
        library.close()  # the window does not close it (the app does, at exit)
