"""Closing the window while a correction is being saved loses nothing (issue 8). A correction
shows at once and is stored on a worker behind it; the window went at once, and on a team
library the closing library rolled the save back. Now the close waits with 正在保存更正… and
closes by itself when the save ends; 不等了，下次打开时保存 keeps the correction as 待保存,
which the next open writes once. Saves are held on a gate (a local library) or behind a
silent server (a team library)."""

from __future__ import annotations

import json
import threading

from speech_samples import CORRECTIONS_SPEECH

from drafter.library.pending_corrections import PENDING_FILE
from drafter.ui.close_wait import LEAVE_TEXT, WAIT_TEXT

from .correction_setup import held_saves, paragraph_index, window_reading
from .reader_setup import one_text_library
from .waits import WAIT_MS, WAIT_S


def _kept(tmp_path) -> list[dict]:
    path = tmp_path / PENDING_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def _leave(window) -> None:
    box = window.close_wait.box
    next(b for b in box.buttons() if b.text() == LEAVE_TEXT).click()


def test_local_close_waits_for_the_save_then_closes(qtbot, tmp_path, make_window, monkeypatch):
    with one_text_library(tmp_path, CORRECTIONS_SPEECH, "003_e00d83e4667ee5ea.txt") as (
        lib,
        doc_id,
        _p,
    ):
        window, reader = window_reading(qtbot, make_window, lib, doc_id)
        made = next(p.index for p in reader._paragraphs if p.text == "加强队伍建设")
        gate = held_saves(lib, monkeypatch)
        try:
            reader.corrections.mark(made, 2)
            assert reader.corrections.saving
            window.close()
            box = window.close_wait.box
            assert window.isVisible() and box is not None and box.isVisible()
            assert box.text() == WAIT_TEXT
            assert LEAVE_TEXT in [b.text() for b in box.buttons()]
        finally:
            gate.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
        assert window.close_wait.box is None
        assert [op["op"] for op in lib.corrections(doc_id).ops] == ["heading"]
        assert _kept(tmp_path) == []


def test_local_leaving_keeps_the_correction_for_the_next_open(
    qtbot, tmp_path, make_window, monkeypatch
):
    with one_text_library(tmp_path, CORRECTIONS_SPEECH, "003_e00d83e4667ee5ea.txt") as (
        lib,
        doc_id,
        _p,
    ):
        window, reader = window_reading(qtbot, make_window, lib, doc_id)
        made = next(p.index for p in reader._paragraphs if p.text == "加强队伍建设")
        gate = held_saves(lib, monkeypatch)
        try:
            reader.corrections.mark(made, 2)
            window.close()
            _leave(window)
            assert not window.isVisible()  # no waiting once the user chose to go
            kept = _kept(tmp_path)
            assert [(e["doc_id"], [op["op"] for op in e["ops"]]) for e in kept] == [
                (doc_id, ["heading"])
            ]
        finally:
            gate.set()
        qtbot.waitUntil(lambda: not reader.corrections.saving, timeout=WAIT_MS)
        # the save went through after all: the next open writes nothing twice
        monkeypatch.undo()
        again, reader2 = window_reading(qtbot, make_window, lib, doc_id)
        qtbot.waitUntil(lambda: _kept(tmp_path) == [], timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not reader2.corrections.saving, timeout=WAIT_MS)
        assert [op["op"] for op in lib.corrections(doc_id).ops] == ["heading"]
        again.close()


def test_team_close_waits_for_a_silent_server(qtbot, silent_team, tmp_path):
    team = silent_team
    window, reader, link = team.window, team.reader, team.link
    made = paragraph_index(reader, "要抓好文稿起草")
    link.hold()  # the save goes out and hangs
    reader.corrections.mark(made, 2)
    window.close()
    # the window stays (before, it went and the closing library rolled the save back)
    assert window.isVisible() and window.close_wait.box.isVisible()
    assert team.fast.corrections(team.doc_id).ops == []
    link.release()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert [op["op"] for op in team.fast.corrections(team.doc_id).ops] == ["heading"]
    assert _kept(tmp_path) == []


def test_leaving_keeps_an_undo_and_the_next_open_writes_it(
    qtbot, tmp_path, make_window, monkeypatch
):
    """An undo still saving when the window closes is kept as 待保存 like a new correction
    (ux93; before, the box said it might not take effect), with the list it replaces: the
    closing library cut its save off, and the next open stores it."""
    with one_text_library(tmp_path, CORRECTIONS_SPEECH, "003_e00d83e4667ee5ea.txt") as (
        lib,
        doc_id,
        _p,
    ):
        para = next(p for p in lib.load(doc_id).paragraphs() if p.text == "加强队伍建设")
        lib.add_corrections(doc_id, [{"op": "heading", "para": para.index, "text": para.text}])
        window, reader = window_reading(qtbot, make_window, lib, doc_id)
        gate = threading.Event()

        def cut_off(*_args, **_kwargs):
            gate.wait(WAIT_S)
            raise OSError("the closing library cut the save off")

        monkeypatch.setattr(lib, "set_corrections", cut_off)
        try:
            reader.corrections.undo(list(lib.corrections(doc_id).ops))
            assert reader.corrections.saving
            window.close()
            assert "不会丢失" in window.close_wait.box.informativeText()
            _leave(window)
            assert not window.isVisible()
            kept = _kept(tmp_path)
            assert [(e["doc_id"], e["ops"], len(e["base"])) for e in kept] == [(doc_id, [], 1)]
        finally:
            gate.set()
        qtbot.waitUntil(lambda: not reader.corrections.saving, timeout=WAIT_MS)
        assert len(lib.corrections(doc_id).ops) == 1  # not stored: cut off
        monkeypatch.undo()
        again, reader2 = window_reading(qtbot, make_window, lib, doc_id)
        qtbot.waitUntil(lambda: _kept(tmp_path) == [], timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not reader2.corrections.saving, timeout=WAIT_MS)
        assert lib.corrections(doc_id).ops == []
        again.close()
