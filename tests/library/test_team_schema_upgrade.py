"""A team library made by an earlier Drafter: upgraded when its owner opens it, refused in
one clear line when it cannot be, on a real throwaway PostgreSQL server.

Migration 1 grew while the team library was young (confidence and excerpt on documents,
pieces and the document's seq/date on paragraphs, the corrections table) without a
migration of its own, so a database made then says version 1 and lacks them."""

from __future__ import annotations

import psycopg
import pytest
from libtest_helpers import run
from test_team_library import consistency, write_texts

from drafter.library import LibraryError, open_library
from drafter.library.pg import schema

EARLY = """
ALTER TABLE drafter.documents DROP COLUMN confidence, DROP COLUMN excerpt;
ALTER TABLE drafter.paragraphs DROP CONSTRAINT paragraphs_pkey,
    DROP COLUMN piece, DROP COLUMN dseq, DROP COLUMN date_key, ADD PRIMARY KEY (doc_id, idx);
DROP TABLE drafter.corrections;
DELETE FROM drafter.state WHERE key = 'index_format';
"""


def early_library(url: str, tmp_path) -> None:
    """A library with three documents, its tables as the earliest team library had them."""
    with open_library(url, workers=1, local_dir=tmp_path / "setup") as lib:
        run(lib.add(write_texts(tmp_path / "docs", 3)))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(EARLY)


def test_an_early_team_library_is_upgraded_when_its_owner_opens_it(pg_url, tmp_path):
    early_library(pg_url, tmp_path)
    with open_library(pg_url, workers=1, local_dir=tmp_path / "owner") as lib:
        # the columns added later hold their defaults until the rebuild fills them
        assert [d.confidence for d in lib.documents()] == [1.0, 1.0, 1.0]
        assert lib.index_outdated()  # its index is rebuilt from the cached parses
        run(lib.reindex())
        assert lib.search("编号").total == 3
        assert all(0 < d.confidence <= 1 for d in lib.documents())
        doc = lib.documents()[0]
        lib.edit_metadata(doc.id, title="升级后改的标题")
        assert lib.document(doc.id).title == "升级后改的标题"
        assert run(lib.add(write_texts(tmp_path / "more", 1, start=9))).added == 1
    assert consistency(pg_url)["documents"] == 4
    with psycopg.connect(pg_url) as conn:
        assert schema.missing(conn) == []


def test_an_early_team_library_a_colleague_cannot_upgrade_is_refused_clearly(
    pg_cluster, pg_url, tmp_path
):
    from urllib.parse import urlsplit

    early_library(pg_url, tmp_path)
    database = urlsplit(pg_url).path.lstrip("/")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS early_editor")
        conn.execute("CREATE ROLE early_editor LOGIN")
        conn.execute(f'GRANT CONNECT ON DATABASE "{database}" TO early_editor')
        conn.execute("GRANT USAGE ON SCHEMA drafter TO early_editor")
        conn.execute(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA drafter TO early_editor"
        )
    with pytest.raises(LibraryError) as said:
        open_library(pg_cluster.url(database, user="early_editor"), local_dir=tmp_path / "e")
    text = str(said.value)
    assert "较早的 Drafter" in text and "数据库管理员" in text and "\n" not in text, text


def test_a_library_from_a_newer_drafter_is_refused(pg_url, tmp_path):
    open_library(pg_url, local_dir=tmp_path / "l").close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO drafter.migrations (version) VALUES (%s)", (schema.LATEST + 1,))
    with pytest.raises(LibraryError, match="更新版本的 Drafter 建立.*请升级"):
        open_library(pg_url, local_dir=tmp_path / "l")
