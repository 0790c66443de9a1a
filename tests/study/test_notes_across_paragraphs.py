"""Notes and highlights over several paragraphs (ux57, issue 11's trainee path): a trainee
marks a passage (一是… 二是… over paragraphs); the span is kept from its first character to
its last, searched by its words, moved with it when the file changes, and given and listed
by ``drafter notes``. Without Qt, on a real library in a temporary folder."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cli_run import run_cli
from test_study_fixtures import SPEECH

from drafter.library import Library
from drafter.study.notes import NoteStore, quote_places

PARAS = ["一是腿勤", "多到基层走走，掌握实情。", "二是口勤", "多向群众请教。"]


def test_a_span_over_paragraphs_is_kept_drawn_and_searched(tmp_path):
    with NoteStore(tmp_path / "n.sqlite") as store:
        quote = "掌握实情。\n二是口勤\n多向群众"
        note = store.add("d1", 1, 7, 4, quote, note="前两勤", end_paragraph=3)
        assert (note.paragraph, note.start, note.last_paragraph, note.end) == (1, 7, 3, 4)
        assert note.spans(PARAS) == [(1, 7, 12), (2, 0, 4), (3, 0, 4)]
        assert note.covers(2, 0) and note.covers(1, 7) and note.covers(3, 3)
        assert not note.covers(1, 6) and not note.covers(3, 4) and not note.covers(0, 0)
        one = store.add("d1", 0, 2, 4, "腿勤", end_paragraph=0)  # its own paragraph: as before
        assert one.end_paragraph is None and one.last_paragraph == 0
        assert [n.id for n in store.search("群众")] == [note.id]
        assert [n.id for n in store.for_document("d1")] == [one.id, note.id]
        with pytest.raises(Exception, match="结尾在开头之前"):
            store.add("d1", 3, 0, 2, "多向", end_paragraph=1)


def test_a_span_over_paragraphs_follows_its_file_when_it_changes(tmp_path):
    with NoteStore(tmp_path / "n.sqlite") as store:
        store.add(
            "old", 1, 7, 4, "掌握实情。\n二是口勤\n多向群众", end_paragraph=3, doc_path="a.txt"
        )
        moved = ["同志们：", *PARAS]  # a paragraph put before: everything one further on
        assert store.follow("new", "标题", moved, lambda: {"new"}, "a.txt") == 1
        (note,) = store.for_document("new")
        assert (note.paragraph, note.start, note.last_paragraph, note.end) == (2, 7, 4, 4)
    assert quote_places(PARAS, "二是口勤") == [(2, 0, None, 4)]
    assert quote_places(PARAS, "实情。\n二是") == [(1, 9, 2, 2)]


def test_a_notes_file_from_before_spans_opens_and_takes_them(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE study_notes (id INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL,"
        " doc_title TEXT, paragraph INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT"
        " NULL, quote TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', color TEXT NOT NULL DEFAULT"
        " 'yellow', created TEXT NOT NULL, updated TEXT NOT NULL, doc_path TEXT);"
        "INSERT INTO study_notes (doc_id, paragraph, start, end, quote, created, updated)"
        " VALUES ('d1', 0, 0, 2, '一是', 'x', 'x');"
    )
    db.commit()
    db.close()
    with NoteStore(path) as store:
        (kept,) = store.all()
        assert kept.quote == "一是" and kept.end_paragraph is None
        store.add("d1", 0, 2, 2, "腿勤\n多到", end_paragraph=1)
        assert [n.last_paragraph for n in store.for_document("d1")] == [0, 1]


def test_notes_cli_takes_and_lists_a_quote_over_paragraphs(tmp_path, capsys):
    def _drafter(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        # in this process: tests/cli_run.py says why
        return run_cli(capsys, "notes", "--library", str(root), *args, check=check)

    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "开班式讲话.txt").write_text(SPEECH, encoding="utf-8")
    with Library.open(tmp_path / "lib") as library:
        for _ in library.add([folder]):
            pass
        info = library.documents()[0]
        texts = [p.text for p in library.load(info.id).paragraphs()]
    root = tmp_path / "lib"
    # the end of the opening and the first heading: two paragraphs, a line break between
    end_of_opening = next(i for i, t in enumerate(texts) if t.endswith("我讲三点意见。"))
    quote = f"我讲三点意见。\n{texts[end_of_opening + 1][:4]}"
    out = _drafter(root, "add", info.id, quote, "--note", "总起分述").stdout
    first, last = end_of_opening + 1, end_of_opening + 2
    assert f"第 {first}–{last} 段" in out
    (listed,) = json.loads(_drafter(root, "list", "--json").stdout)
    assert (listed["paragraph"], listed["end_paragraph"]) == (first, last)
    assert listed["quote"] == quote
    assert f"第 {first}–{last} 段" in _drafter(root, "search", "总起分述").stdout
    one_line = _drafter(root, "add", info.id, quote.replace("\n", ""), check=False)
    assert one_line.returncode == 2 and "段与段之间换行" in one_line.stderr
