"""Who made a correction: recorded by both backends (the login role, or the display name
an office gives it, on a team library; the system user on a local one), said in a
colleague's change note (李明把《…》的标题改为《…》) and in ``library edit --show``; and
the upgrade of a library made before authors were recorded, in place, every row kept,
on SQLite and on the session's real PostgreSQL server (a login that does not own the
tables browses the library until then, every write refused in one line naming the owner
and ``drafter library upgrade``)."""

from __future__ import annotations

import hashlib
import sqlite3
from urllib.parse import urlsplit

import psycopg
import pytest
from libtest_helpers import run
from test_team_library import write_texts

from drafter.cli import main
from drafter.library import LibraryError, open_library
from drafter.library.change_note import change_note, said_who
from drafter.library.correction_authors import (
    authors_after,
    changed_by,
    os_user,
    step_key,
)
from drafter.library.pg import schema

TITLE = {"op": "meta", "field": "title", "value": "新标题", "step": "s1"}
HEAD = {"op": "heading", "paragraph": 3, "level": 1}


def test_a_step_keeps_its_author_and_a_new_one_is_the_writers():
    authors = authors_after([], {}, [TITLE], "wang")
    assert authors == {step_key(TITLE): "wang"}
    later = authors_after([TITLE], authors, [TITLE, HEAD], "li")
    assert later == {step_key(TITLE): "wang", step_key(HEAD): "li"}
    # an old row knew nobody: its steps stay unknown, the new one is named
    assert authors_after([TITLE], None, [TITLE, HEAD], "li") == {step_key(HEAD): "li"}
    assert changed_by([TITLE], [TITLE, HEAD], later, "li") == "li"
    assert changed_by([TITLE, HEAD], [TITLE], {step_key(TITLE): "wang"}, "li") == "li"  # undo
    assert changed_by([TITLE], [TITLE], later, "li") is None  # a re-read: nobody's
    assert said_who(True, None) == "同事" and said_who(True, "李明") == "李明"
    assert said_who(False, os_user()) == "已在别处"


OLD_CORRECTIONS = """
CREATE TABLE corrections_kept AS SELECT sha256, path, ops, updated FROM corrections;
DROP TABLE corrections;
CREATE TABLE corrections (
    sha256 TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    ops TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX corrections_path ON corrections (path);
INSERT INTO corrections SELECT * FROM corrections_kept;
DROP TABLE corrections_kept;
"""


def test_a_local_library_from_before_authors_is_upgraded_in_place(tmp_path, capsys):
    root = tmp_path / "lib"
    with open_library(root, workers=1) as lib:
        run(lib.add(write_texts(tmp_path / "docs", 2)))
        first, second = lib.documents()
        lib.edit_metadata(first.id, title="旧版改的标题")
        lib.edit_metadata(second.id, speaker="张三")
    db = sqlite3.connect(root / "catalog.sqlite3")
    db.executescript(OLD_CORRECTIONS)  # the corrections table as the previous schema made it
    before = db.execute("SELECT sha256, path, ops, updated FROM corrections ORDER BY 1").fetchall()
    db.close()
    assert len(before) == 2
    with open_library(root, workers=1) as lib:
        state = lib.corrections(first.id)
        assert state.author is None and state.authors == {}  # an old row: nobody known
        assert lib.document(first.id).title == "旧版改的标题"
        lib.edit_metadata(first.id, date="2024-05-06")
        state = lib.corrections(first.id)
        assert state.author == os_user()
        # the old step stays unknown, the new one is this user's
        assert sorted(v for v in state.authors.values()) == [os_user()]
    db = sqlite3.connect(root / "catalog.sqlite3")
    after = db.execute("SELECT sha256, path, ops, updated FROM corrections ORDER BY 1").fetchall()
    assert {r[0] for r in after} == {r[0] for r in before}  # no row lost
    assert [r for r in after if r[0] == second.sha256] == [
        r for r in before if r[0] == second.sha256
    ]
    db.close()
    assert main(["--library", str(root), "library", "edit", first.id, "--show"]) == 0
    out = capsys.readouterr().out
    assert f"（{os_user()}）" in out and "旧版改的标题" in out


def _role(pg_url: str, stem: str) -> str:
    """A login role of this test's own (roles are the cluster's, shared by all tests)."""
    return f"{stem}_{hashlib.sha1(pg_url.encode()).hexdigest()[:8]}"


def _editor(pg_url: str, role: str, owner_conn) -> None:
    database = urlsplit(pg_url).path.lstrip("/")
    owner_conn.execute(f'CREATE ROLE "{role}" LOGIN')
    owner_conn.execute(f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"')
    owner_conn.execute(f'GRANT USAGE ON SCHEMA drafter TO "{role}"')
    owner_conn.execute(
        f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA drafter TO "{role}"'
    )
    owner_conn.execute(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA drafter TO "{role}"')


def test_a_team_library_from_before_authors_upgrades_and_names_who_corrected(
    pg_cluster, pg_url, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    database = urlsplit(pg_url).path.lstrip("/")
    with open_library(pg_url, workers=1, local_dir=tmp_path / "owner") as lib:
        run(lib.add(write_texts(tmp_path / "docs", 2)))
        doc = lib.documents()[0]
        lib.edit_metadata(doc.id, title="升级前改的标题")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        # the tables as a Drafter of migration 1 left them (no reader versions, no authors)
        conn.execute("ALTER TABLE drafter.corrections DROP COLUMN author, DROP COLUMN authors")
        conn.execute("ALTER TABLE drafter.documents DROP COLUMN reader")
        conn.execute("DELETE FROM drafter.migrations WHERE version > 1")
        rows_before = conn.execute(
            "SELECT sha256, ops FROM drafter.corrections ORDER BY 1"
        ).fetchall()
        owner = conn.execute("SELECT current_user").fetchone()[0]
        editor = _role(pg_url, "ed")
        _editor(pg_url, editor, conn)
    editor_url = pg_cluster.url(database, user=editor)
    # the editor browses it until the owner upgrades it (ux88: it did not open at all)
    with open_library(editor_url, workers=1, local_dir=tmp_path / "e") as lib:
        assert lib.read_only.startswith("浏览模式：资料库待管理员升级（格式 1 → "), lib.read_only
        assert len(lib.documents()) == 2 and lib.search("安全生产").total == 2
        state = lib.corrections(doc.id)
        assert state.ops and state.author is None and not state.authors
        assert lib.load(doc.id).metadata.title == "升级前改的标题"
        assert lib.stale_readings() == []
        assert [r[3:] for r in lib.export_corrections(with_authors=True)] == [(None, {})]
        with pytest.raises(LibraryError) as said:  # a write says why and who can fix it
            lib.edit_metadata(doc.id, title="编辑改的标题")
        with pytest.raises(LibraryError):
            lib.add_words(["安全生产工作"])
    text = str(said.value)
    assert "需要升级" in text and "drafter library upgrade" in text and owner in text, text
    assert "记录每处更正是谁做的" in text and "\n" not in text, text
    with psycopg.connect(pg_url) as conn:  # refused, nothing changed
        assert schema.schema_version(conn) == 1

    assert main(["library", "upgrade", "--library", pg_url]) == 0
    assert "已是最新格式" in capsys.readouterr().out
    with psycopg.connect(pg_url) as conn:
        assert schema.schema_version(conn) == schema.LATEST
        assert (
            conn.execute("SELECT sha256, ops FROM drafter.corrections ORDER BY 1").fetchall()
            == rows_before
        )

    with open_library(editor_url, workers=1, local_dir=tmp_path / "e") as lib:
        assert lib.corrections(doc.id).author is None  # an old row: said as 同事
        lib.edit_metadata(doc.id, title="编辑改的标题")
        assert lib.corrections(doc.id).author == editor
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"COMMENT ON ROLE \"{editor}\" IS '李明'")  # the office's display name
    with open_library(pg_url, workers=1, local_dir=tmp_path / "owner") as seen_by_owner:
        before = seen_by_owner.document(doc.id)
        ops_before = list(seen_by_owner.corrections(doc.id).ops)
        with open_library(editor_url, workers=1, local_dir=tmp_path / "e2") as lib:
            lib.edit_metadata(doc.id, title="李明改的标题")
        now = seen_by_owner.document(doc.id)
        state = seen_by_owner.corrections(doc.id)
        who = said_who(True, changed_by(ops_before, state.ops, state.authors, state.author))
        note = change_note(before, now, ops_before, state.ops, who)
        assert note == "李明把《编辑改的标题》的标题改为《李明改的标题》。", note
    # the list names each step's author; the old one stays unnamed
    assert main(["--library", pg_url, "library", "edit", doc.id, "--show"]) == 0
    out = capsys.readouterr().out
    assert f"（{editor}）" in out and "（李明）" in out, out
    assert "升级前改的标题" in out and f"升级前改的标题（{owner}）" not in out, out
