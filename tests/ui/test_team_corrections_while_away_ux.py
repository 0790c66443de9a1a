"""Corrections made in the reader while the team library's server is away are not lost.

Walked with two writers on one throwaway server, stopped in the middle: a correction in
the reader (设为二级标题, 不是标题 …, one click) failed on its worker and the status line
said only 更正未保存; the click was lost. Now it stays shown in the reader, marked 待保存,
is kept in memory and in a file beside the user's settings, and is written when the
server is back (the offline banner's 重试 here), in order and once; a quit while the
server is away keeps it for the next start. A real throwaway server, stopped and started.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from drafter.library import open_library
from drafter.library.pending_corrections import PENDING_FILE
from drafter.ui.dialogs.edit_info import EditInfoDialog

from .fakes import write_corpus
from .waits import WAIT_MS

MADE_HEADING = "要抓好文稿起草、会务组织和督查督办，提升服务水平。"


def _open(qtbot, window, doc_id: str):
    reader = window.reader_panel
    reader.open_document(doc_id)
    qtbot.waitUntil(lambda: reader.document_key == doc_id and not reader.loading, timeout=WAIT_MS)
    return reader


def _index(reader, text: str) -> int:
    return next(i for i, p in enumerate(reader._paragraphs) if p.text.startswith(text))


def _section_of(library, word: str) -> list[str]:
    return library.search(word).hits[0].section


def _come_back(qtbot, window, cluster) -> None:
    """The server is started again and the banner's 重试 pressed, as a writer would."""
    banner = window.offline_banner
    window.library_watch.poll()  # the watcher notices the held library (every 3 s)
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    window.library_watch._reprobe.setInterval(600_000)  # 重试 alone brings it back
    cluster.resume()
    qtbot.waitUntil(lambda: banner.retry_button.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)


def test_a_correction_made_while_the_server_is_away_is_kept_and_written(
    qtbot, tmp_path, make_window, pg_server, pg_url
):
    write_corpus(tmp_path / "c", 1)
    url = pg_url
    library = open_library(url, workers=1, local_dir=tmp_path / "local")
    try:
        list(library.add([tmp_path / "c"]))
        doc = library.documents()[0]
        window = make_window()
        window.set_library(library)
        reader = _open(qtbot, window, doc.id)
        corrections = reader.corrections
        # one correction while the server answers: stored at once
        with qtbot.waitSignal(corrections.corrected, timeout=WAIT_MS):
            corrections.unmark(_index(reader, "（一）提高文稿质量"))
        qtbot.waitUntil(lambda: not reader.loading, timeout=WAIT_MS)
        assert len(library.corrections(doc.id).ops) == 1
        pg_server.halt()
        # the next while it is away: shown at once as pending, and said so
        said: list[str] = []
        corrections.status_message.connect(said.append)
        corrections.mark(_index(reader, MADE_HEADING), 2)
        qtbot.waitUntil(lambda: len(corrections.pending_here()) == 1, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "待保存" in reader.header.text(), timeout=WAIT_MS)
        assert reader._paragraphs[_index(reader, MADE_HEADING[:10])].is_heading
        assert "暂时连不上" in window.statusBar().currentMessage()
        assert "重新连接后自动保存" in window.statusBar().currentMessage()
        assert not any("更正未保存" in s for s in said)
        # and one more on top of it, kept behind it (the level of the heading just made)
        corrections.mark(_index(reader, MADE_HEADING[:10]), 3)
        assert len(corrections.pending_here()) == 2
        kept = json.loads((tmp_path / PENDING_FILE).read_text(encoding="utf-8"))
        assert [len(e["ops"]) for e in kept] == [1, 1]
        assert "2 处更正待保存" in reader.header.text()
        # 编辑信息… too (ux82): kept behind them, the form closed, the title shown; it
        # stayed open over the window, and 取消 lost the typing
        forms = []

        def fill_and_confirm():
            form = QApplication.activeModalWidget()
            assert isinstance(form, EditInfoDialog)
            forms.append(form)
            form.edits["title"].setText("停机时改的标题")
            form.buttons.button(form.buttons.StandardButton.Ok).click()
            qtbot.waitUntil(lambda: not form.saving, timeout=WAIT_MS)
            if form.isVisible():  # not kept: closed here, so the test fails, not hangs
                form.reject()

        QTimer.singleShot(0, fill_and_confirm)
        corrections.edit_info()
        assert forms and forms[0].kept and not forms[0].isVisible()
        assert len(corrections.pending_here()) == 3
        assert "停机时改的标题" in reader.header.text()
        assert "3 处更正待保存" in reader.header.text()

        with qtbot.waitSignal(corrections.flushed, timeout=WAIT_MS) as written:
            _come_back(qtbot, window, pg_server)
        assert "已保存停机时的 3 处更正" in written.args[0]
        assert library.document(doc.id).title == "停机时改的标题"
        ops = library.corrections(doc.id).ops
        assert [op["op"] for op in ops] == ["unheading", "heading", "heading", "meta"]
        assert [op.get("level") for op in ops[1:3]] == [2, 3]  # in the order made
        # the heading paths follow: the text below is under the heading made offline
        path = _section_of(library, "下功夫")
        assert path[-1].startswith(MADE_HEADING[:10]), path
        assert not (tmp_path / PENDING_FILE).exists()  # written once, then gone
        qtbot.waitUntil(lambda: "待保存" not in reader.header.text(), timeout=WAIT_MS)
    finally:
        library.close()


def test_a_quit_while_away_keeps_the_correction_for_the_next_start(
    qtbot, tmp_path, make_window, pg_server, pg_url
):
    write_corpus(tmp_path / "c", 1)
    url = pg_url
    library = open_library(url, workers=1, local_dir=tmp_path / "local")
    try:
        list(library.add([tmp_path / "c"]))
        doc = library.documents()[0]
        window = make_window()
        window.set_library(library)
        reader = _open(qtbot, window, doc.id)
        pg_server.halt()
        reader.corrections.mark(_index(reader, MADE_HEADING), 2)
        qtbot.waitUntil(lambda: len(reader.corrections.pending_here()) == 1, timeout=WAIT_MS)
        window.close()  # the writer quits while the server is still away

        again = make_window()  # the next start, the same settings folder
        again.set_library(library)  # still held offline: nothing written yet
        assert len(again.reader_panel.corrections.pending.entries()) == 1
        assert (tmp_path / PENDING_FILE).exists()
        with qtbot.waitSignal(again.reader_panel.corrections.flushed, timeout=WAIT_MS):
            _come_back(qtbot, again, pg_server)
        ops = library.corrections(doc.id).ops
        assert [(op["op"], op["level"]) for op in ops] == [("heading", 2)]
        assert _section_of(library, "下功夫")[-1].startswith(MADE_HEADING[:10])
        assert not again.reader_panel.corrections.pending.entries()
    finally:
        library.close()
