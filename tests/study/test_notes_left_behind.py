"""Notes whose words a changed file no longer holds are kept on the document, not lost.

st47's walk: a note and a highlight on a document, its file edited so both passages changed,
then 同步: 本篇笔记 said 本篇 0 条笔记和高亮 and both notes stayed under the old id with no sign
their words were gone. Now :meth:`NoteStore.follow` carries them to the new id marked unplaced,
:meth:`NoteStore.left_behind` lists them and :meth:`NoteStore.relocate` attaches them again."""

from __future__ import annotations

import sqlite3

from drafter.study.notes import NoteStore

PATH = "/lib/讲话.txt"
BEFORE = ["同志们：", "要把调查研究作为基本功。", "要敢于担当善于作为。"]


def _noted(store):
    note = store.add("old", 1, 1, 5, "调查研究", note="调研要实", doc_title="讲话", doc_path=PATH)
    light = store.add("old", 2, 1, 5, "敢于担当", doc_title="讲话", doc_path=PATH)
    return note, light


def test_notes_whose_words_changed_follow_the_file_marked_unplaced(tmp_path):
    with NoteStore(tmp_path / "n.sqlite") as store:
        note, light = _noted(store)
        after = ["同志们：", "要把实地走访作为基本功。", "要勇于负责善于作为。"]
        assert store.follow("new", "讲话", after, lambda: {"new"}, PATH) == 2
        assert store.for_document("old") == [] and store.left_behind("old") == []
        assert store.for_document("new") == []  # nothing is drawn on the wrong words
        kept = store.left_behind("new")
        assert [(n.id, n.quote, n.note, n.unplaced) for n in kept] == [
            (note.id, "调查研究", "调研要实", True),
            (light.id, "敢于担当", "", True),
        ]
        # searched as before, and flagged wherever listed
        assert [n.id for n in store.search("调研要实")] == [note.id]
        assert all(n.unplaced for n in store.all())

        # re-attached on the trainee's selection: placed, same id and text, new quote
        moved = store.relocate(note.id, 1, 1, 5, "实地走访")
        assert (moved.id, moved.note, moved.quote, moved.unplaced) == (
            note.id,
            "调研要实",
            "实地走访",
            False,
        )
        assert [n.id for n in store.for_document("new")] == [note.id]
        assert [n.id for n in store.left_behind("new")] == [light.id]


def test_a_note_whose_words_moved_is_placed_on_them(tmp_path):
    with NoteStore(tmp_path / "n.sqlite") as store:
        note, _light = _noted(store)
        after = ["同志们：", "大家好。", "今天开班。", *BEFORE[1:]]  # text added before them
        assert store.follow("new", "讲话", after, lambda: {"new"}, PATH) == 2
        assert store.left_behind("new") == []
        placed = {n.id: n for n in store.for_document("new")}
        n = placed[note.id]
        assert (n.paragraph, after[n.paragraph][n.start : n.end]) == (3, "调查研究")
        assert not n.unplaced


def test_an_unplaced_note_finds_its_words_when_an_edit_brings_them_back(tmp_path):
    with NoteStore(tmp_path / "n.sqlite") as store:
        note, _light = _noted(store)
        store.follow("v2", "讲话", ["同志们：", "别的话。"], lambda: {"v2"}, PATH)
        assert store.follow("v3", "讲话", BEFORE, lambda: {"v3"}, PATH) == 2
        assert {n.id for n in store.for_document("v3")} >= {note.id}
        assert store.left_behind("v3") == []


def test_a_titled_note_without_a_path_is_not_claimed_when_its_words_are_gone(tmp_path):
    with NoteStore(tmp_path / "n.sqlite") as store:
        store.add("old", 0, 0, 2, "不在", doc_title="讲话")  # kept before paths were
        assert store.follow("new", "讲话", ["同志们："], lambda: {"new"}) == 0
        assert store.left_behind("new") == [] and len(store.for_document("old")) == 1


def test_a_notes_file_from_before_unplaced_opens_and_takes_the_column(tmp_path):
    path = tmp_path / "old.sqlite"
    with NoteStore(path) as store:
        _noted(store)
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE study_notes DROP COLUMN unplaced")
    with NoteStore(path) as store:
        assert len(store.for_document("old")) == 2
        assert store.follow("new", "讲话", ["同志们："], lambda: {"new"}, PATH) == 2
        assert len(store.left_behind("new")) == 2
