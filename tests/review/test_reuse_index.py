"""The reuse index follows the library it was built from: it knows when it is stale,
whoever changed the library (this process, a ``drafter library`` command in another one,
a colleague on the team library), and an update touches only what changed.

Core only (no Qt), on real throwaway libraries: a local folder and, where a PostgreSQL
server can be started, a team library on it. The texts are our own.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.library import Library, open_library
from drafter.review.reuse import SCHEMA, ReuseIndex

ROOT = Path(__file__).resolve().parents[2]

# One distinctive paragraph per speech (each long enough to be checked), so a draft that
# copies it is matched to that speech alone.
PASSAGES = {
    "roads": "全县农村公路建设要坚持建管养运并重，今年新改建农村公路一百二十公里，"
    "实现所有行政村通硬化路，群众出行难问题得到根本缓解。",
    "water": "要抓紧实施城乡供水一体化工程，新建日供水能力三万吨的水厂一座，"
    "铺设主管网八十公里，确保明年汛期前全部通水。",
    "school": "教育是最大的民生，今年要新建改扩建中小学校六所，新增学位四千个，"
    "着力解决城区学校大班额和农村学校空心化并存的问题。",
    "clinic": "要推进紧密型县域医共体建设，让乡镇卫生院能看常见病多发病，"
    "县级医院能治大病重病，真正做到大病不出县。",
}


def speech(key: str) -> str:
    """A short speech of our own holding the passage ``key``."""
    return (
        f"在全县{key}工作会议上的讲话\n（2024年3月1日）\n同志们：\n"
        f"今天召开这次会议，主要是部署今年的{key}工作。\n"
        f"一、明确目标任务\n{PASSAGES[key]}\n"
        "二、压实工作责任\n各乡镇各部门要按照职责分工，抓好任务落实。\n"
    )


def write(folder: Path, key: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{key}.txt"
    path.write_text(speech(key), encoding="utf-8")
    return path


def drain(gen) -> list:
    return list(gen)


def cli(*args: str) -> None:
    """``drafter library ...`` in another process, as a colleague's terminal would run it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "drafter", "library", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def found_in(index: ReuseIndex, key: str) -> str | None:
    """The path of the library document a draft copying passage ``key`` is matched to."""
    match = index.find([PASSAGES[key]]).get(0)
    return Path(match.path).stem if match else None


def indexed(library, docs: Path, *keys: str) -> ReuseIndex:
    """The reuse index of ``library`` after the speeches of ``keys`` (written into ``docs``)
    were added to it; not yet brought up to date."""
    drain(library.add([write(docs, k) for k in keys]))
    return ReuseIndex.open(library)


@pytest.fixture
def local(tmp_path):
    lib = Library.open(tmp_path / "lib", workers=1)
    yield lib
    lib.close()


def test_another_process_adding_and_removing_makes_the_index_stale(local, tmp_path):
    docs = tmp_path / "docs"
    index = indexed(local, docs, "roads", "water")
    assert index.stale() and not index.built
    steps = drain(index.update())
    assert steps[0].total == 2 and steps[-1].phase == "done"
    assert not index.stale() and index.built
    assert found_in(index, "roads") == "roads"

    cli("--library", str(local.root), "add", "--no-watch", str(write(docs, "school")))
    assert index.stale()  # the same open index sees the other process's change
    later = ReuseIndex.open(local)  # and so does a later run
    assert later.stale()
    later.close()
    assert found_in(index, "school") is None  # not yet: stale
    steps = drain(index.update())
    assert steps[0].total == 1  # incremental: only the new document is read
    assert found_in(index, "school") == "school" and found_in(index, "roads") == "roads"

    cli("--library", str(local.root), "remove", str(docs / "roads.txt"))
    assert index.stale()
    assert drain(index.update())[0].total == 0  # a removal reads nothing
    assert found_in(index, "roads") is None and found_in(index, "water") == "water"
    assert not index.stale()
    index.close()


def test_a_changed_file_and_a_correction_are_changes_too(local, tmp_path):
    docs = tmp_path / "docs"
    index = indexed(local, docs, "roads", "water")
    drain(index.update())
    # the file is edited: its roads passage replaced by the clinic one; a sync re-reads it
    path = docs / "roads.txt"
    path.write_text(speech("roads").replace(PASSAGES["roads"], PASSAGES["clinic"]), "utf-8")
    cli("--library", str(local.root), "sync", str(docs))
    assert index.stale()
    assert drain(index.update())[0].total == 1
    assert found_in(index, "roads") is None and found_in(index, "clinic") == "roads"
    # a correction (here: the title) changes what the document reads as
    water = next(d for d in local.documents() if d.path.endswith("water.txt"))
    local.edit_metadata(water.id, title="更正后的供水讲话")
    assert index.stale()
    assert drain(index.update())[0].total == 1
    assert index.find([PASSAGES["water"]])[0].title == "更正后的供水讲话"
    index.close()


def test_a_cancelled_update_keeps_its_work_and_the_next_goes_on(local, tmp_path, monkeypatch):
    import drafter.review.reuse as reuse

    monkeypatch.setattr(reuse, "BATCH", 1)  # commit after every document
    docs = tmp_path / "docs"
    index = indexed(local, docs, *PASSAGES)
    stop = {"now": False}
    seen = []
    for step in index.update(lambda: stop["now"]):
        seen.append(step)
        if step.phase == "index" and step.done == 2:
            stop["now"] = True
    assert seen[-1].phase == "index"  # stopped: no "done"
    assert index.stale() and not index.built
    assert sum(found_in(index, k) is not None for k in PASSAGES) == 2  # committed work kept
    steps = drain(index.update())
    assert steps[0].total == 2 and steps[-1].phase == "done"
    assert all(found_in(index, k) == k for k in PASSAGES)
    assert not index.stale()
    index.close()


def test_an_index_of_an_older_drafter_is_rebuilt(local, tmp_path):
    for _ in local.add([write(tmp_path / "docs", "roads")]):
        pass
    path = Path(local.root) / "review" / "reuse.sqlite3"
    path.parent.mkdir(parents=True)
    old = sqlite3.connect(path)  # the first format: docs keyed by sha, no version, no meta row
    old.executescript(
        "CREATE TABLE docs (n INTEGER PRIMARY KEY, id TEXT UNIQUE, sha TEXT, title TEXT, "
        "date TEXT, path TEXT); CREATE TABLE fp (hash INTEGER, doc INTEGER, para INTEGER);"
        "CREATE TABLE stock (hash INTEGER PRIMARY KEY);"
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
        "INSERT INTO docs VALUES (1, 'x', 'y', 't', 'd', 'p'); INSERT INTO fp VALUES (5, 1, 0);"
    )
    old.commit()
    old.close()
    index = ReuseIndex.open(local)
    assert index.stale()
    index.ensure()
    assert found_in(index, "roads") == "roads"
    assert index._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == SCHEMA
    assert index._db.execute("SELECT COUNT(*) FROM fp WHERE hash = 5").fetchone()[0] == 0
    index.close()


def test_a_colleague_on_the_team_library_makes_the_index_stale(pg_url, tmp_path):
    """Two writers on one real PostgreSQL server: the reviewer's local reuse index learns
    of the colleague's import and removal, and an update reads only what changed."""
    docs = tmp_path / "docs"
    mine = open_library(pg_url, workers=1, origin="pc-a", local_dir=tmp_path / "a")
    theirs = open_library(pg_url, workers=1, origin="pc-b", local_dir=tmp_path / "b")
    try:
        for _ in mine.add([write(docs, "roads")]):
            pass
        index = ReuseIndex.open(mine)
        drain(index.update())
        assert not index.stale() and found_in(index, "roads") == "roads"
        for _ in theirs.add([write(docs, "water")]):
            pass
        assert index.stale()
        assert drain(index.update())[0].total == 1
        assert found_in(index, "water") == "water"
        water = next(d for d in theirs.documents() if d.path.endswith("water.txt"))
        theirs.edit_metadata(water.id, title="同事更正的标题")
        assert index.stale()
        drain(index.update())
        assert index.find([PASSAGES["water"]])[0].title == "同事更正的标题"
        theirs.remove(water.id)
        assert index.stale()
        assert drain(index.update())[0].total == 0
        assert found_in(index, "water") is None and not index.stale()
        index.close()
    finally:
        mine.close()
        theirs.close()


def test_two_updaters_of_one_index_never_index_a_document_twice(local, tmp_path, monkeypatch):
    """Two processes (here: two connections) bringing the same index up to date at once
    queue for the write lock; the one that comes second skips what the first has done."""
    import drafter.review.reuse as reuse

    monkeypatch.setattr(reuse, "BATCH", 1)
    first = indexed(local, tmp_path / "docs", *PASSAGES)
    second = ReuseIndex.open(local)
    steps = first.update()
    while next(steps).phase != "index":  # the first has committed one document
        pass
    drain(second.update())  # the second does the rest (and that one is already there)
    drain(steps)
    rows = first._db.execute("SELECT id, COUNT(*) FROM docs GROUP BY id").fetchall()
    assert len(rows) == len(PASSAGES) and all(n == 1 for _, n in rows)
    per_doc = first._db.execute("SELECT doc, COUNT(*) FROM fp GROUP BY doc").fetchall()
    assert len(per_doc) == len(PASSAGES)
    assert not first.stale() and not second.stale()
    assert all(found_in(first, k) == k for k in PASSAGES)
    first.close()
    second.close()


def test_an_index_another_process_keeps_busy_is_said_in_chinese(
    local, tmp_path, monkeypatch, capsys
):
    """Another process holds the index's write lock longer than we wait: the update
    stops with a Chinese message naming the file, and the command line reviews without
    the reuse check instead of failing."""
    import json

    import drafter.review.reuse as reuse
    from drafter.cli import main

    monkeypatch.setattr(reuse, "BUSY_S", 0.2)
    index = indexed(local, tmp_path / "docs", "roads")
    holder = sqlite3.connect(index.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(reuse.ReuseIndexError) as err:
            drain(index.update())
        assert str(err.value) == f"查重索引正由另一个程序更新，请稍后再试：{index.path}"
        draft = tmp_path / "draft.txt"
        draft.write_text(speech("roads"), encoding="utf-8")
        args = [str(draft), "--json", "--library", str(local.root), "--only", "reuse"]
        code = main(["review", *args])
        captured = capsys.readouterr()
        out, err_text = captured.out, captured.err
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        index.close()
    assert code == 0 and "跳过查重" in err_text and "另一个程序" in err_text
    assert json.loads(out)["findings"] == []


def test_closing_the_index_lets_go_of_its_files(local, tmp_path):
    """A library switch closes the old library's index: its database file is released (no
    WAL file left open beside it) and a second close is harmless."""
    index = indexed(local, tmp_path / "docs", "water")
    drain(index.update())
    wal = index.path.with_name(index.path.name + "-wal")
    assert wal.exists()
    index.close()
    assert not wal.exists()
    with pytest.raises(sqlite3.ProgrammingError):
        index.signature()
    index.close()


def test_a_draft_is_not_a_copy_of_the_file_it_was_opened_from(local, tmp_path):
    """A draft opened from a file the library holds (the office watches the folder the
    staff's drafts are in) had every paragraph flagged 100% copied from that file: its own
    file is passed over; another library document it repeats is still found."""
    from drafter.drafts.open_any import open_as_draft
    from drafter.review.engine import review_draft

    own = write(tmp_path / "docs", "water")
    other = write(tmp_path / "docs", "school")
    drain(local.add([own, other]))
    index = ReuseIndex.open(local)
    drain(index.update())
    draft = open_as_draft(own)
    assert draft.source == str(own.resolve())

    def copied(d):
        return [f for f in review_draft(d, reuse=index).findings if f.rule == "reuse.copied"]

    assert copied(draft) == []
    draft.sections[0].paragraphs.append(type(draft.sections[0].paragraphs[0])(PASSAGES["school"]))
    (found,) = copied(draft)
    assert "school" in found.message and "water" not in found.message
    draft.source = None  # a draft not opened from that file, of the same title and date:
    assert len(copied(draft)) == 1  # another version of that speech, not a copy of it
    draft.meta.date = "2025-03-01"  # next year's speech with the same words: a copy
    assert len(copied(draft)) == 2
    index.close()
