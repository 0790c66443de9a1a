"""``gui --open FILE`` with a library already filled: the file waited for the library's open
and jieba's dictionary (over 30 s under load) before a line of it showed, while a first
start read it without the library. The file now shows at once, read on its own, with a
quiet bar saying the user's corrections come when the library is open; once it is, the
library's copy (corrections applied, its row selected) replaces it."""

from __future__ import annotations

import threading

from drafter.ui.startup import WAITING_NOTE, Startup

from .reader_setup import one_text_library
from .test_open_library_file_corrected_ux import TEXT
from .waits import WAIT_MS, WAIT_S


def test_the_file_shows_before_the_library_then_gets_the_corrections(qtbot, make_window, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, path):
        texts = [p.text for p in lib.load(doc_id).paragraphs()]
        i = next(n for n, t in enumerate(texts) if t.startswith("第二点"))
        lib.set_corrections(doc_id, [{"op": "heading", "para": i, "text": texts[i], "level": 1}])
        gate = threading.Event()

        def slow_open(_root):  # the library's open (jieba's dictionary) under load
            gate.wait(WAIT_S)
            return lib

        window = make_window()
        startup = Startup(window, lib.root, open_library=slow_open, open_file=path)
        reader = window.reader_panel
        with qtbot.waitSignal(reader.document_opened, timeout=WAIT_MS):
            startup.start()
        assert window.library is None  # still opening
        assert reader.document_key == str(path)
        assert any(p.text.startswith("第二点") for p in reader._paragraphs)
        assert not any(p.is_heading for p in reader._paragraphs)  # the machine's reading
        assert reader.notice_bar.isVisibleTo(reader)
        assert reader.notice.text() == WAITING_NOTE
        assert not startup.is_settled
        with qtbot.waitSignal(startup.settled, timeout=WAIT_MS):
            gate.set()
        assert reader.document_key == doc_id
        assert [p.text for p in reader._paragraphs if p.is_heading] == ["第二点，讲一讲作风"]
        assert window.library_panel.selected_ids() == [doc_id]
        assert not reader.notice_bar.isVisibleTo(reader)  # the waiting is over


def test_a_file_the_library_does_not_hold_loses_the_waiting_bar(qtbot, make_window, tmp_path):
    with one_text_library(tmp_path, TEXT) as (lib, _doc_id, _path):
        stranger = tmp_path / "外来.txt"
        stranger.write_text(TEXT.replace("农业", "工业"), encoding="utf-8")
        gate = threading.Event()

        def slow_open(_root):
            gate.wait(WAIT_S)
            return lib

        window = make_window()
        startup = Startup(window, lib.root, open_library=slow_open, open_file=stranger)
        reader = window.reader_panel
        with qtbot.waitSignal(reader.document_opened, timeout=WAIT_MS):
            startup.start()
        assert reader.notice.text() == WAITING_NOTE
        with qtbot.waitSignal(startup.settled, timeout=WAIT_MS):
            gate.set()
        assert reader.document_key == str(stranger)
        assert not reader.notice_bar.isVisibleTo(reader)
        assert "已打开" in window.statusBar().currentMessage()
