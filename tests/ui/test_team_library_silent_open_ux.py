"""The window opening a team library whose server is silent says so while it waits.

Before, the window showed 正在打开资料库… for the whole connect timeout (10 s by default)
with no word of why, where the command line says after 3 s that the server has not
answered. Driven against a real silent server: a socket that accepts the connection and
never answers (a hung machine, or a firewall that lets the handshake through).
"""

from __future__ import annotations

import socket

import pytest

from drafter.ui.startup import Startup

from .waits import WAIT_MS


@pytest.fixture
def silent_server():
    """The host:port of a server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    try:
        yield f"127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()


def test_a_silent_team_server_is_said_while_the_window_opens_it(qtbot, make_window, silent_server):
    window = make_window()
    # the user's own timeout, longer than the 3 s after which the silence is said
    url = f"postgresql://wang:pw@{silent_server}/drafter?connect_timeout=6"
    startup = Startup(window, url)
    failed = []
    startup.settled.connect(lambda: failed.append(window.library is None))
    startup.start()
    note = f"团队资料库的服务器 {silent_server} 3 秒没有应答，再等一会儿…"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == note, timeout=WAIT_MS)
    assert not failed, "said while the open still waits, not after it gave up"
    assert window.library is None
    panel_text = window.library_panel.empty_label.text()
    assert "正在打开资料库" in panel_text and note in panel_text
    # the wait goes on to the connect timeout, then the open fails: the server out of
    # reach is said in one place, the offline banner with 重试, naming it
    qtbot.waitUntil(lambda: failed == [True], timeout=WAIT_MS)
    assert "资料库未打开" in window.library_panel.empty_label.text()
    assert window.offline_banner.isVisible()
    assert silent_server in window.offline_banner.label.text()
    assert "超时" in window.offline_banner.label.text()
    assert window.statusBar().currentMessage() == ""


def test_a_short_timeout_of_the_users_fails_without_the_note(qtbot, make_window, silent_server):
    """A connect timeout no longer than the notice's wait ends first: only the failure."""
    window = make_window()
    url = f"postgresql://wang:pw@{silent_server}/drafter?connect_timeout=2"
    startup = Startup(window, url)
    seen = []
    window.statusBar().messageChanged.connect(seen.append)
    startup.start()
    qtbot.waitUntil(lambda: startup.is_settled, timeout=WAIT_MS)
    assert window.library is None
    assert not any("没有应答" in message for message in seen), seen
