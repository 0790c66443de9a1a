"""A correction shows the moment it is made; the save and the re-index follow behind it
(issue 8). Saving one correction re-indexes the document: 0.65 s of CPU typically, up to
5.6 s, on a library of 399 speeches (bench/correction_save_bench.py), and the reader showed
nothing until it had ended. Now the reader replays the new correction on the shown document
at once and says 索引更新中…; the stored document is read again when the save ends, and a
save refused shows the document as the library has it. The saves are held here by a gate
(a local library) or a silent server (a team library), so the test sees the reader before
they end."""

from __future__ import annotations

from speech_samples import CORRECTIONS_SPEECH

from .correction_setup import held_saves, paragraph_index
from .reader_setup import correction_action, one_text_library, reader_on
from .waits import WAIT_MS

MADE = "加强队伍建设"


def test_a_heading_made_shows_before_its_save_and_index_end(qtbot, tmp_path, monkeypatch):
    with one_text_library(tmp_path, CORRECTIONS_SPEECH, "003_e00d83e4667ee5ea.txt") as (
        lib,
        doc_id,
        _p,
    ):
        panel = reader_on(qtbot, lib, doc_id)
        said: list[str] = []
        panel.status_message.connect(said.append)
        opened: list[str] = []
        panel.document_opened.connect(opened.append)
        i = next(p.index for p in panel._paragraphs if p.text == MADE)
        gate = held_saves(lib, monkeypatch)
        try:
            correction_action(panel, i, "设为二级标题").trigger()
            qtbot.waitUntil(lambda: panel._paragraphs[i].is_heading, timeout=WAIT_MS)
            assert panel.corrections.saving  # shown while the save still runs
            assert panel._paragraphs[i + 1].section == ["二、突出重点", MADE]
            assert any("索引更新中" in s for s in said), said
            assert not opened  # the study map and review follow the stored document
            assert lib.search("选优配强").hits[0].section == ["二、突出重点"]
        finally:
            gate.set()
        qtbot.waitUntil(lambda: not panel.corrections.saving and bool(opened), timeout=WAIT_MS)
        assert lib.search("选优配强").hits[0].section == ["二、突出重点", MADE]
        assert panel._paragraphs[i].is_heading
        assert "检索中的标题路径已随之更新" in said[-1], said


def test_a_refused_save_shows_the_document_as_stored(qtbot, tmp_path, monkeypatch):
    with one_text_library(tmp_path, CORRECTIONS_SPEECH, "003_e00d83e4667ee5ea.txt") as (
        lib,
        doc_id,
        _p,
    ):
        panel = reader_on(qtbot, lib, doc_id)
        i = next(p.index for p in panel._paragraphs if p.text == MADE)
        gate = held_saves(lib, monkeypatch, fail=True)
        try:
            correction_action(panel, i, "设为二级标题").trigger()
            qtbot.waitUntil(lambda: panel._paragraphs[i].is_heading, timeout=WAIT_MS)
        finally:
            gate.set()
        qtbot.waitUntil(
            lambda: not panel.corrections.saving and not panel._paragraphs[i].is_heading,
            timeout=WAIT_MS,
        )
        assert lib.corrections(doc_id).ops == []


def test_team_library_a_correction_shows_while_the_server_is_silent(qtbot, silent_team):
    reader, link = silent_team.reader, silent_team.link
    made = paragraph_index(reader, "要抓好文稿起草")
    link.hold()  # the save goes out and hangs
    reader.corrections.mark(made, 2)
    assert reader._paragraphs[made].is_heading  # shown at once, not after the answer
    assert reader.corrections.saving
    assert "待保存" not in reader.header.text()  # a save under way, not a kept one
    link.release()
    qtbot.waitUntil(lambda: not reader.corrections.saving, timeout=WAIT_MS)
    ops = silent_team.fast.corrections(silent_team.doc_id).ops
    assert [op["op"] for op in ops] == ["heading"]
    qtbot.waitUntil(lambda: reader._paragraphs[made].is_heading, timeout=WAIT_MS)
