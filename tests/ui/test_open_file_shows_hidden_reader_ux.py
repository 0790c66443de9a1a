"""``drafter gui --open 稿.docx`` shows the reader even when the last session hid it.

The office head starts the app on a writer's file (a file manager's 打开方式, or the command
line). The window came back in the last session's layout, where opening a draft had folded
the reader column away: the status bar said 已打开《…》 and nothing on screen showed it. The
reader column now unfolds for the document, as it does for a library double-click."""

from __future__ import annotations

from drafter.export import export_draft
from drafter.ui.startup import Startup
from tests.export.conftest import build_speech

from .waits import WAIT_MS


def test_open_file_unfolds_a_hidden_reader(qtbot, make_window, tmp_path):
    path = export_draft(build_speech(), tmp_path / "写作者初稿.docx")
    window = make_window()
    window.reader_dock.hide()  # the layout kept from a session that folded it away
    startup = Startup(window, tmp_path / "lib", open_library=lambda _root: None, open_file=path)
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        startup.start()
    qtbot.waitUntil(lambda: window.reader_dock.isVisible(), timeout=WAIT_MS)
    assert "办公室主任暨文秘业务培训会议" in window.reader_panel.header.text()
