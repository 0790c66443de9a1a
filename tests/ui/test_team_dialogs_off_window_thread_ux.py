"""A team library on a slow network: the dialogs and questions that read it when they
open no longer read it on the window's thread. 首选项's dictionary (and whether the index
follows it), 监视的文件夹 (and a folder let go), the warning before 移除, the document of
a note whose file changed, a re-index's check for old readings and the retry of an index
upgrade that met a busy library each read the server on a worker; the dialog says 正在读取…
and holds its buttons meanwhile, and only the newest answer is shown.

A real throwaway server behind a delay line (tests/pg_slow_link.py; 50 ms each way,
a whole second where it is to look hung). Before, these made 9 reads on the window's
thread (``window_thread_calls``: words, add_words, words, _state, watched_folders twice,
document, documents, and stale_parses or _state for the checks). A timer's ticks, counted
while a read is held on the line, show the window turning meanwhile; no wall-clock time is
asserted."""

from __future__ import annotations

from urllib.parse import urlsplit

from pg_slow_link import SlowLink
from PySide6.QtCore import QItemSelectionModel, QThreadPool, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from drafter.library import open_library
from drafter.settings import Settings
from drafter.study.notes import Note
from drafter.ui.dialogs.preferences import PreferencesDialog
from drafter.ui.dialogs.watched_folders import WatchedFoldersDialog

from .fakes import write_corpus
from .waits import WAIT_MS


def _ticking():
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(10)
    return timer, ticks


def test_dialogs_and_questions_read_a_slow_team_library_on_workers(
    qtbot, tmp_path, make_window, pg_cluster, pg_url, monkeypatch
):
    asked: list[str] = []

    def answer(_parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if "移除" in title else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    folder = tmp_path / "c"
    write_corpus(folder, 3)
    other = tmp_path / "other"
    other.mkdir()
    with open_library(pg_url, workers=1, local_dir=tmp_path / "fast") as fast:
        list(fast.add([folder]))
        fast.watch(folder)
        fast.watch(other)
        fast.add_words(["三个服务"])
    name = urlsplit(pg_url).path.lstrip("/")
    with SlowLink(pg_cluster.base, pg_cluster.port, delay=0.05) as link:
        library = open_library(link.url(name), workers=1, local_dir=tmp_path / "local")
        window = make_window()
        panel = window.library_panel
        timer, ticks = _ticking()
        try:
            window.set_library(library)
            qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT_MS)
            qtbot.waitUntil(lambda: not panel.reading and not panel.busy(), timeout=WAIT_MS)
            calls = library.window_thread_calls
            docs = library.documents()  # (the test's own reads, before counting)
            calls.clear()

            def own(read):  # a read of the test's own, not counted
                n = len(calls)
                value = read()
                del calls[n:]
                return value

            # 首选项: the dictionary comes from a worker while the window turns
            link.delay = 1.0
            prefs = PreferencesDialog(Settings(), library, parent=window)
            qtbot.addWidget(prefs)
            prefs.show()
            ok = prefs.buttons.button(QDialogButtonBox.StandardButton.Ok)
            assert prefs.reading and not ok.isEnabled() and not prefs.new_word.isEnabled()
            assert "正在读取" in prefs.words_note.text()
            before = ticks[0]
            qtbot.waitUntil(lambda: ticks[0] >= before + 20, timeout=WAIT_MS)
            assert prefs.reading  # still on the line
            link.delay = 0.05
            qtbot.waitUntil(lambda: not prefs.reading, timeout=WAIT_MS)
            assert prefs.word_list() == ["三个服务"] and ok.isEnabled()
            assert prefs.reindex_due is True  # a word added since the index was built
            prefs.new_word.setText("放管服")
            prefs.add_word()
            with qtbot.waitSignal(prefs.settings_applied, timeout=WAIT_MS):
                prefs.accept()
                assert prefs.reading and not prefs.buttons.isEnabled()  # being written
                prefs.reject()  # refused while the words are written
                assert prefs.isVisible()
            assert own(library.words) == ["三个服务", "放管服"] and prefs.reindex_due is True

            # 监视的文件夹: listed from a worker; a folder let go on one too
            watched = WatchedFoldersDialog(library, window)
            qtbot.addWidget(watched)
            watched.show()
            assert watched.reading and not watched.sync_button.isEnabled()
            qtbot.waitUntil(lambda: not watched.reading, timeout=WAIT_MS)
            assert watched.folders() == sorted(str(f.resolve()) for f in (folder, other))
            watched.list.setCurrentRow(watched.folders().index(str(other.resolve())))
            watched.unwatch_selected()
            assert watched.reading and not watched.remove_button.isEnabled()
            qtbot.waitUntil(lambda: watched.folders() == [str(folder.resolve())], timeout=WAIT_MS)
            qtbot.waitUntil(lambda: not watched.reading, timeout=WAIT_MS)
            watched.close()

            # a note whose document's file changed: looked up by its file on a worker
            gone = docs[0]
            note = Note(0, "f" * 16, gone.title, 1, 0, 2, "", "", "yellow", "", "", gone.path)
            window.study.panel._on_note_chosen(note)
            qtbot.waitUntil(lambda: window.reader_panel.document_key == gone.id, timeout=WAIT_MS)

            # 重建索引 asked from the panel: whether old readings are due, read on a worker
            with qtbot.waitSignal(panel.import_finished, timeout=2 * WAIT_MS):
                panel.reindex()
            qtbot.waitUntil(lambda: not panel.reading and not panel.busy(), timeout=WAIT_MS)
            assert not own(library.needs_reindex)

            # 移除: the warning's watched folders are read first, the buttons held meanwhile
            view = panel.view
            view.selectionModel().select(
                panel.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            panel.remove_selected()
            assert not panel.remove_button.isEnabled() and not asked
            qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
            assert f"原文件在监视的文件夹 {folder.resolve()} 中" in asked[-1]
            qtbot.waitUntil(lambda: panel.remove_button.isEnabled(), timeout=WAIT_MS)

            assert calls == []
        finally:
            timer.stop()
            window.library_watch.set_library(None)
            qtbot.waitUntil(lambda: not panel.reading, timeout=WAIT_MS)
            assert QThreadPool.globalInstance().waitForDone(WAIT_MS)
            library.close()
