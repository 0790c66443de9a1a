"""A team server that cannot be reached is said in one place: the offline banner.

Before, a server down when the window opened put the same error in a box, the 资料库 panel
and the status bar, with no way to try again; a server lost while the library was open
had the banner's words repeated in the status bar. Now the banner says it, with 重试 (for
a library never opened, 重试 opens it again); the panel says in a short line that the
library is not open; the status bar keeps only its state marker. A wrong database name
is no passing state: it keeps a message that says what to correct.

Driven against a real throwaway server, stopped before the window opens it and stopped
while it is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from drafter.library import open_library
from drafter.ui.startup import Startup, open_library_with_warmup

from .fakes import write_corpus
from .waits import WAIT_MS


def _opener(tmp_path):
    """The app's opener, the team library's local files in tmp_path."""

    def open_it(root, **options):
        return open_library_with_warmup(root, workers=1, local_dir=tmp_path / "local", **options)

    return open_it


def _record_boxes(monkeypatch) -> list[str]:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: boxes.append(box.text()))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()))
    return boxes


def test_server_down_at_the_open_is_the_banner_and_retry_opens_it(
    qtbot, tmp_path, make_window, monkeypatch, pg_server, pg_url
):
    boxes = _record_boxes(monkeypatch)
    url = pg_url
    open_library(url, workers=1, local_dir=tmp_path / "local").close()  # its tables
    pg_server.halt()
    window = make_window()
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    startup = Startup(window, url, open_library=_opener(tmp_path))
    startup.start()
    qtbot.waitUntil(lambda: startup.is_settled, timeout=WAIT_MS)

    banner = window.offline_banner
    assert window.library is None
    assert banner.isVisible()
    text = banner.label.text()
    assert "团队资料库暂时连不上" in text and "重试" in text
    assert text.count("团队资料库暂时连不上") == 1  # the title, not again in the reason
    assert "数据库服务没有运行" in text  # why: its socket is gone
    assert banner.retry_button.isEnabled()
    panel_text = window.library_panel.empty_label.text()
    assert "资料库未打开" in panel_text and "无法列出文稿" in panel_text
    assert "拒绝连接" not in panel_text and "没有运行" not in panel_text  # the banner's
    assert not boxes
    assert window.statusBar().currentMessage() == ""
    assert not any("暂时连不上" in message for message in said), said
    assert window.library_label.text() == "资料库未打开"

    # 重试 with the server still down: tried again, said again in the banner alone
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    assert not banner.retry_button.isEnabled()
    qtbot.waitUntil(banner.retry_button.isEnabled, timeout=WAIT_MS)
    assert banner.isVisible() and window.library is None and not boxes

    # the server back: 重试 opens the library and the banner goes
    pg_server.resume()
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.library is not None, timeout=WAIT_MS)
    assert not banner.isVisible()
    assert window.library.shared is True
    assert not boxes
    library = window.library
    window.set_library(None)
    library.close()  # the window does not close it (the app does, at exit)


def test_a_missing_database_keeps_a_message_that_says_what_to_correct(
    qtbot, tmp_path, make_window, monkeypatch, pg_server
):
    """Not a passing state: no countdown (trying again would only fail again), the message
    stays on the banner, once (test_team_open_retry_ux74.py has the other setups)."""
    boxes = _record_boxes(monkeypatch)
    url = pg_server.url("no_such_database")
    window = make_window()
    startup = Startup(window, url, open_library=_opener(tmp_path))
    startup.start()
    qtbot.waitUntil(lambda: startup.is_settled, timeout=WAIT_MS)
    assert window.library is None
    banner = window.offline_banner
    assert banner.isVisible() and not banner.counting_down
    assert "请核对地址里的数据库名" in banner.label.text()
    panel_text = window.library_panel.empty_label.text()
    assert "资料库未打开" in panel_text and "请核对地址里的数据库名" not in panel_text
    assert not boxes


def test_server_lost_while_open_is_the_banner_and_the_label_marker_only(
    qtbot, tmp_path, make_window, monkeypatch, pg_server, pg_url
):
    boxes = _record_boxes(monkeypatch)
    write_corpus(tmp_path / "c", 2)
    url = pg_url
    library = open_library(url, workers=1, local_dir=tmp_path / "local")
    try:
        list(library.add([tmp_path / "c"]))
        window = make_window()
        watch = window.library_watch
        window.set_library(library)
        qtbot.waitUntil(lambda: watch.has_baseline, timeout=WAIT_MS)
        said: list[str] = []
        window.statusBar().messageChanged.connect(said.append)

        pg_server.halt()
        qtbot.waitUntil(window.offline_banner.isVisible, timeout=WAIT_MS)
        assert "团队资料库连接中断" in window.offline_banner.label.text()
        assert "（连接中断）" in window.library_label.text()
        assert not any("连接中断" in message for message in said), said
        assert not boxes
    finally:
        pg_server.resume()
        library.close()
