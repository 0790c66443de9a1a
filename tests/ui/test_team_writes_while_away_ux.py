"""Writing to a team library whose server went away: nothing typed is lost, and the
writer is told what to do.

Walked with two windows on one server, stopped in the middle: before, the form closed at
确定, its save failed on a worker and one status-bar line said 更正未保存 (the core's text,
``postgresql://…: 与团队资料库的连接中断了…``); the title and speaker typed were gone. Then
the form stayed open, saying why, until the server answered; now the table row's form goes
the reader's way: the change is kept with the waiting corrections and written on
reconnect. The session's real server (``pg_server``), stopped and started.

An import asked for while the window holds the library offline is refused at once; the
box said only why (连接中断), now also that the same import after the banner has gone is
enough, what was in being skipped; and the list's refresh after it no longer adds
无法读取资料库目录：… on the status line under the banner that says it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from drafter.library import open_library
from drafter.ui.dialogs.edit_info import EditInfoDialog

from .fakes import write_corpus
from .waits import WAIT_MS


def test_the_table_rows_form_joins_the_waiting_corrections(
    qtbot, tmp_path, make_window, pg_server, pg_url
):
    """编辑信息… from a library table row while the server is away: the form stayed open
    over the window until the server answered (ux83's walk), where the reader's form
    closed and the change joined the waiting corrections. One path now: kept (待保存),
    written in the order made when the banner goes, after the reader's earlier one."""
    write_corpus(tmp_path / "c", 2)
    library = open_library(pg_url, workers=1, local_dir=tmp_path / "local")
    try:
        list(library.add([tmp_path / "c"]))
        window = make_window()
        window.library_watch._reprobe.setInterval(600_000)  # 重试 alone brings it back
        window.set_library(library)  # held offline once a read finds the server away
        panel = window.library_panel
        qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
        doc = library.documents()[0]
        said: list[str] = []
        window.reader_panel.corrections.status_message.connect(said.append)
        assert panel.select_document(doc.id)
        pg_server.halt()
        forms: list[EditInfoDialog] = []

        def fill_and_confirm():
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, EditInfoDialog)
            forms.append(dialog)
            dialog.edits["title"].setText("停机时改的标题")
            dialog.edits["speaker"].setText("王五")
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
            qtbot.waitUntil(lambda: not dialog.saving, timeout=WAIT_MS)
            if dialog.isVisible():  # not kept: closed here, so the test fails, not hangs
                dialog.reject()

        QTimer.singleShot(0, fill_and_confirm)
        panel.edit_current()
        assert forms and forms[0].kept and not forms[0].isVisible()
        corrections = window.reader_panel.corrections
        assert len(corrections.waiting_for(library, doc.id)) == 1
        assert any("先记在本机（1 处待保存）" in s for s in said), said

        banner = window.offline_banner
        window.library_watch.poll()
        qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
        pg_server.resume()
        with qtbot.waitSignal(corrections.flushed, timeout=WAIT_MS) as written:
            qtbot.waitUntil(lambda: banner.retry_button.isEnabled(), timeout=WAIT_MS)
            banner.retry_button.click()
        assert "已保存停机时的 1 处更正" in written.args[0]
        stored = library.document(doc.id)
        assert (stored.title, stored.speaker) == ("停机时改的标题", "王五")
        assert not corrections.waiting_for(library, doc.id)
        qtbot.waitUntil(
            lambda: any(d.title == "停机时改的标题" for d in panel.model.documents()),
            timeout=WAIT_MS,
        )
    finally:
        library.close()


def test_an_import_while_away_says_what_to_do_and_nothing_more(
    qtbot, tmp_path, make_window, monkeypatch, pg_server, pg_url
):
    from PySide6.QtWidgets import QMessageBox

    from drafter.ui.panels.library_imports import AWAY_RETRY

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: boxes.append(box.text()))
    write_corpus(tmp_path / "c", 2)
    more = tmp_path / "more" / "另一篇.txt"
    more.parent.mkdir()
    more.write_text("在全镇防汛工作会议上的讲话\n\n一、压实责任\n\n要守住底线。\n", "utf-8")
    library = open_library(pg_url, workers=1, local_dir=tmp_path / "local")
    try:
        list(library.add([tmp_path / "c"]))
        window = make_window()
        window.library_watch._reprobe.setInterval(600_000)  # 重试 only, below
        window.set_library(library)
        panel = window.library_panel
        qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
        said: list[str] = []
        panel.status_message.connect(said.append)
        pg_server.halt()
        qtbot.waitUntil(lambda: window.offline_banner.isVisible(), timeout=WAIT_MS)
        panel.import_paths([more])
        qtbot.waitUntil(lambda: not panel.busy() and bool(boxes), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not panel._listing.busy, timeout=WAIT_MS)
        assert boxes[-1].endswith(AWAY_RETRY), boxes
        assert any(s.startswith("导入失败：") and s.endswith(AWAY_RETRY) for s in said)
        assert not any("无法读取资料库目录" in s for s in said), said
        assert panel.model.rowCount() == 2  # the list shown stays
        pg_server.resume()
        window.offline_banner.retry_button.click()
        qtbot.waitUntil(lambda: not window.offline_banner.isVisible(), timeout=WAIT_MS)
        # the same import runs again by itself (ux82; the writer had to ask again)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT_MS)
        assert any(s.startswith("已重新连接：接着导入") for s in said), said
    finally:
        library.close()
