"""Corrections kept while a team library's server is away (drafter.library.pending_corrections):
kept in order in a file beside the settings, read back by the next start, and written on
the document, or, where its file changed meanwhile, on the new version as made on the old
one, so the library flags them for re-check (更正待复核) as it does any such correction.
The store is the same for a local library, which these tests use (the team server's part
is in tests/ui/test_team_corrections_while_away_ux.py)."""

from __future__ import annotations

import json

import pytest
from libtest_helpers import add_speech, run
from speech_samples import CORRECTIONS_SPEECH

from drafter.library import LibraryError
from drafter.library.pending_corrections import Pending, PendingCorrections, write_pending


def _heading_op(library, doc_id: str, text: str, level: int = 2) -> dict:
    paras = library.load(doc_id).paragraphs()
    i = next(p.index for p in paras if p.text == text)
    return {"op": "heading", "para": i, "text": text, "level": level}


def _entry(library, doc, ops) -> Pending:
    return Pending(library.location, doc.id, doc.sha256, doc.path, ops, "设为二级标题")


def _ops_without_step(library, doc_id: str) -> list[dict]:
    """The stored ops without the step a kept correction is marked with (its identity)."""
    return [{k: v for k, v in op.items() if k != "step"} for op in library.corrections(doc_id).ops]


def test_kept_in_order_in_the_file_and_read_back_by_the_next_start(tmp_path, library):
    doc, _ = add_speech(library, tmp_path)
    path = tmp_path / "settings" / "pending.json"
    kept = PendingCorrections(path)
    first = _entry(library, doc, [{"op": "confirm"}])
    second = _entry(library, doc, [_heading_op(library, doc.id, "加强队伍建设")])
    assert kept.add(first) and kept.add(second)
    again = PendingCorrections(path)  # a quit, and the next start
    assert [e.ops for e in again.entries(library.location, doc.id)] == [first.ops, second.ops]
    assert again.entries("postgresql://elsewhere/db") == []
    for entry in again.entries():
        again.drop(entry)
    assert not path.exists()  # nothing waiting: no file left behind


def test_a_damaged_file_is_named_and_does_not_stop_the_start(tmp_path):
    path = tmp_path / "pending.json"
    path.write_text("{not json", encoding="utf-8")
    kept = PendingCorrections(path)
    assert kept.entries() == []
    assert str(path) in kept.problem


def test_written_on_the_document_after_what_is_stored(tmp_path, library):
    doc, _ = add_speech(library, tmp_path)
    library.edit_metadata(doc.id, title="同事的标题")  # a colleague's, stored meanwhile
    op = _heading_op(library, doc.id, "加强队伍建设")
    write_pending(library, _entry(library, doc, [op]))
    ops = _ops_without_step(library, doc.id)
    assert ops[-1] == op and ops[0]["field"] == "title"
    assert library.search("选优配强").hits[0].section == ["二、突出重点", "加强队伍建设"]


def test_a_document_changed_meanwhile_gets_it_flagged_for_re_check(tmp_path, library):
    doc, path = add_speech(library, tmp_path)
    op = _heading_op(library, doc.id, "加强队伍建设")
    path.write_text(CORRECTIONS_SPEECH + "\n谢谢大家！", encoding="utf-8")
    run(library.sync(path.parent))  # a new version, a new id, while the server was away
    (changed,) = library.documents()
    assert changed.id != doc.id
    write_pending(library, _entry(library, doc, [op]))
    state = library.corrections(changed.id)
    assert _ops_without_step(library, changed.id) == [op]
    assert state.stale and state.made_on == doc.sha256
    assert library.stale_corrections() == {changed.id}
    assert library.search("选优配强").hits[0].section == ["二、突出重点", "加强队伍建设"]


def test_a_document_gone_altogether_is_said(tmp_path, library):
    doc, path = add_speech(library, tmp_path)
    entry = _entry(library, doc, [_heading_op(library, doc.id, "加强队伍建设")])
    library.remove(doc.id)
    with pytest.raises(LibraryError, match="不在资料库"):
        write_pending(library, entry)


def test_a_replay_after_a_crash_writes_each_correction_once(tmp_path, library):
    """The write went through, then the app died before the entry was taken off the list
    (or the server's answer was lost): the next start writes it again, and adds nothing."""
    doc, _ = add_speech(library, tmp_path)
    path = tmp_path / "settings" / "pending.json"
    kept = PendingCorrections(path)
    op = _heading_op(library, doc.id, "加强队伍建设")
    kept.add(_entry(library, doc, [op]))
    kept.add(_entry(library, doc, [{"op": "confirm"}]))
    write_pending(library, kept.entries()[0])  # written; the crash comes before the drop
    again = PendingCorrections(path)  # the next start reads both back
    assert len(again.entries()) == 2
    for entry in again.entries():
        write_pending(library, entry)
        again.drop(entry)
    assert _ops_without_step(library, doc.id) == [op, {"op": "confirm"}]
    for entry in kept.entries():  # a third replay (the first session's list): nothing
        write_pending(library, entry)
    assert _ops_without_step(library, doc.id) == [op, {"op": "confirm"}]
    assert library.search("选优配强").hits[0].section == ["二、突出重点", "加强队伍建设"]


def test_a_replay_on_a_document_changed_meanwhile_writes_once(tmp_path, library):
    doc, path = add_speech(library, tmp_path)
    entry = _entry(library, doc, [_heading_op(library, doc.id, "加强队伍建设")])
    path.write_text(CORRECTIONS_SPEECH + "\n谢谢大家！", encoding="utf-8")
    run(library.sync(path.parent))
    (changed,) = library.documents()
    write_pending(library, entry)
    write_pending(library, entry)  # replayed after a crash
    state = library.corrections(changed.id)
    assert len(state.ops) == 1 and state.stale and state.made_on == doc.sha256


def test_an_older_file_gets_its_steps_kept_before_anything_is_written(tmp_path, library):
    """Entries kept by a version without steps get theirs on reading, saved at once, so a
    crash after their write cannot give them new ones (and a second write)."""
    doc, _ = add_speech(library, tmp_path)
    path = tmp_path / "pending.json"
    op = _heading_op(library, doc.id, "加强队伍建设")
    row = {"library": library.location, "doc_id": doc.id, "sha256": doc.sha256}
    path.write_text(
        json.dumps([{**row, "path": doc.path, "ops": [op], "said": "设为二级标题"}]),
        encoding="utf-8",
    )
    first = PendingCorrections(path).entries()[0]
    assert first.ops[0]["step"]
    write_pending(library, first)
    write_pending(library, PendingCorrections(path).entries()[0])  # the next start
    assert _ops_without_step(library, doc.id) == [op]
