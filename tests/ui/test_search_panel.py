"""The search panel searches on a worker, waits for the library, navigates by keyboard."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from drafter.ui.mime import HIT_MIME
from drafter.ui.panels.search_panel import SearchPanel

from .fakes import FakeLibrary, write_corpus
from .waits import WAIT_MS


def _library(tmp_path, n=3):
    lib = FakeLibrary(tmp_path / "lib")
    write_corpus(tmp_path / "c", n)
    list(lib.add([tmp_path / "c"]))
    return lib


def _panel(qtbot):
    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_enter_searches_and_records_history(qtbot, tmp_path):
    panel = _panel(qtbot)
    panel.set_library(_library(tmp_path))
    recorded = []
    panel.query_recorded.connect(recorded.append)
    panel.search_box.setText("服务水平")
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert blocker.args[0].total == 6  # a heading and a paragraph in each of 3 speeches
    assert panel.model.rowCount() == 6
    assert recorded == ["服务水平"]
    assert panel.history.stringList()[0] == "服务水平"
    assert "共 6 条结果" in panel.status_label.text()


def test_query_before_library_waits_then_runs(qtbot, tmp_path):
    panel = _panel(qtbot)
    panel.search("参谋部")
    assert "正在加载" in panel.status_label.text()
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.set_library(_library(tmp_path))
    assert panel.model.rowCount() == 3


def test_bad_query_gives_message_not_traceback(qtbot, tmp_path):
    panel = _panel(qtbot)
    panel.set_library(_library(tmp_path))
    panel.search('"未闭合')
    qtbot.waitUntil(lambda: "检索式有误" in panel.status_label.text(), timeout=WAIT_MS)
    assert panel.model.rowCount() == 0
    # Regression: broken queries ("title:", an open quote) filled the history.
    assert panel.history.stringList() == []


def test_no_results_explains(qtbot, tmp_path):
    panel = _panel(qtbot)
    panel.set_library(_library(tmp_path))
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.search("量子计算")
    assert panel.stack.currentWidget() is panel.empty_label
    assert "没有找到" in panel.empty_label.text()


def test_keyboard_navigation_open_and_insert(qtbot, tmp_path):
    panel = _panel(qtbot)
    panel.set_library(_library(tmp_path))
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.search("服务")
    assert panel.model.rowCount() > 2
    panel.search_box.setFocus()
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Down)
    assert panel.results.hasFocus() or panel.results.currentIndex().row() == 0
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    assert panel.results.currentIndex().row() == 1
    with qtbot.waitSignal(panel.hit_activated, timeout=WAIT_MS) as opened:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert opened.args[0] is panel.model.hit_at(1)
    with qtbot.waitSignal(panel.insert_requested, timeout=WAIT_MS) as inserted:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    hit = panel.model.hit_at(1)
    assert inserted.args[0]["paragraph_index"] == hit.paragraph_index
    assert inserted.args[0]["document_id"] == hit.document.id


def test_headings_only_and_drag_payload(qtbot, tmp_path):
    panel = _panel(qtbot)
    panel.set_library(_library(tmp_path, 1))
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.search("服务")
    all_hits = panel.model.rowCount()
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.headings_only.setChecked(True)
    assert 0 < panel.model.rowCount() < all_hits
    assert all(h.is_heading for h in panel.model.hits())
    mime = panel.model.mimeData([panel.model.index(0)])
    data = json.loads(bytes(mime.data(HIT_MIME)).decode())
    assert {"document_id", "paragraph_index", "text", "section", "title", "date"} <= set(data)


def test_help_popup_lists_syntax(qtbot):
    panel = _panel(qtbot)
    panel.show_help()
    assert panel.help_popup.isVisible()
    assert "year:2020..2024" in panel.help_popup.label.text()


def test_help_popup_behaves_like_a_popup(qtbot):
    """Regression (issue 12): the "?" popup opened half off-screen and neither Esc nor a
    click outside closed it, locking the window. It must stay on screen and close."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    panel = _panel(qtbot)
    panel.resize(420, 500)
    panel.move(0, 0)  # "?" sits near the screen's left edge, as in a left dock
    panel.show()
    qtbot.waitExposed(panel, timeout=WAIT_MS)
    screen = panel.screen().availableGeometry()
    qtbot.mouseClick(panel.help_button, Qt.MouseButton.LeftButton)
    popup = panel.help_popup
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    assert screen.contains(popup.frameGeometry()), (popup.frameGeometry(), screen)
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=WAIT_MS)
    panel.show_help()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    QTest.mouseClick(popup, Qt.MouseButton.LeftButton, pos=QPoint(-20, -20))  # outside
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=WAIT_MS)
    panel.show_help()
    panel.show_help()  # "?" again closes it
    assert not popup.isVisible()
    assert panel.search_box.isEnabled()


def test_down_in_an_empty_box_drops_down_the_history(qtbot):
    # Regression: past queries only appeared while typing a matching one.
    panel = _panel(qtbot)
    panel.set_history(["服务大局", "政治站位"])
    panel.search_box.setFocus()
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Down)
    popup = panel.search_box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    assert popup.model().rowCount() == 2


def test_a_server_gone_away_says_what_to_do_not_the_query_syntax(qtbot, tmp_path):
    """ux69: a search while the team library's server was stopped showed the syntax help
    under 与团队资料库的连接中断了, as if the query were wrong; now the next step instead.
    A query that cannot be read still gets the syntax help."""
    from drafter.library.model import ServerAway
    from drafter.ui.panels.search_panel import AWAY_SEARCH

    panel = _panel(qtbot)
    lib = _library(tmp_path, 1)

    def away(*_args, **_kwargs):
        raise ServerAway("postgresql://li@db.office/drafter：与团队资料库的连接中断了")

    lib.search = away
    panel.set_library(lib)
    panel.search("营商环境")
    qtbot.waitUntil(lambda: "连接中断" in panel.status_label.text(), timeout=WAIT_MS)
    shown = panel.empty_label.text()
    assert AWAY_SEARCH in shown and "检索式写法" not in shown
    del lib.search  # the server back
    panel.search('"未闭合')
    qtbot.waitUntil(lambda: "检索式有误" in panel.status_label.text(), timeout=WAIT_MS)
    assert "检索式写法" in panel.empty_label.text()


def test_a_team_server_that_hangs_is_said_not_searching_for_ever(qtbot, tmp_path):
    """ux69: with the team library's server hung (kill -STOP: its kernel still answers, so
    no timeout ends the wait) a search said 正在检索… for ever above the previous query's
    hits. After a few seconds it now says the server is silent and what the list shows;
    the answer, when it comes, is shown as usual."""
    import threading

    panel = _panel(qtbot)
    lib = _library(tmp_path, 1)
    panel.set_library(lib)
    with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
        panel.search("服务水平")
    shown = panel.model.rowCount()
    assert shown
    lib.shared = True  # a team library, as PgLibrary says
    lib.location = "postgresql://li@db.office/drafter"
    answer = threading.Event()
    real_search = lib.search

    def hung(*args, **kwargs):
        answer.wait(WAIT_MS / 1000)
        return real_search(*args, **kwargs)

    lib.search = hung
    try:
        panel.search("参谋部")
        qtbot.waitUntil(lambda: "没有应答" in panel.status_label.text(), timeout=WAIT_MS)
        said = panel.status_label.text()
        assert "postgresql://li@db.office/drafter" in said and "上一次检索的结果" in said
        assert panel.model.rowCount() == shown
        with qtbot.waitSignal(panel.search_finished, timeout=WAIT_MS):
            answer.set()
        assert "没有应答" not in panel.status_label.text()
    finally:
        answer.set()
