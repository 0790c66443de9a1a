"""The user's corrections (:mod:`drafter.corpus.corrections`) in the team library, shared
by the office: kept by content hash and by (machine, path), replayed on every load, and
stored together with the re-indexed paragraphs in one transaction.

A part of :class:`~drafter.library.pg.library.PgLibrary`.
"""

from __future__ import annotations

from psycopg.types.json import Jsonb

from drafter.library.build import Task, now_iso
from drafter.library.correction_authors import authors_after, record_authors
from drafter.library.model import DocumentInfo, LibraryError
from drafter.library.pg import store
from drafter.library.pg.rows import Prepared, prepare
from drafter.library.pg.schema import INFO_COLUMNS, NINFO


class PgCorrections:
    """Storing, reading and copying corrections on the server."""

    CORRECTIONS_CHANGED = (
        "{where}: 同事刚刚修改了这篇文稿的更正，本次更正未保存；"
        "请重新打开文稿，看过同事的更正后再改"
    )

    def _put_corrections(self, doc_id: str, make, made_on: str | None = None) -> DocumentInfo:
        """Store ``make(stored corrections)`` as the document's corrections and index it
        again, all in one transaction under the writers' lock (``make`` sees the list as it
        is now, and may refuse it)."""
        words = self._indexed_words()
        with self._conn() as conn, self._writing(conn):
            row = conn.execute(
                f"SELECT {INFO_COLUMNS}, size, mtime_ns, data, origin FROM drafter.documents "
                "WHERE id = %s",
                (doc_id,),
            ).fetchone()
            if row is None:
                raise LibraryError(f"no document {doc_id} in the library")
            info = DocumentInfo(*row[:NINFO])
            origin = row[NINFO + 3]
            stored, _made_on, _author, authors = store.corrections_row(
                conn, info.sha256, origin, info.path
            )
            ops = list(make(stored))
            me = self._author(conn)
            sha = made_on or info.sha256
            conn.execute(
                "DELETE FROM drafter.corrections "
                "WHERE (origin = %s AND path = %s) OR sha256 = %s OR sha256 = %s",
                (origin, info.path, info.sha256, sha),
            )
            if ops:
                conn.execute(
                    "INSERT INTO drafter.corrections "
                    "(sha256, origin, path, ops, updated, author, authors) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                    (
                        sha,
                        origin,
                        info.path,
                        Jsonb(ops),
                        now_iso(),
                        me,
                        Jsonb(authors_after(stored, authors, ops, me)),
                    ),
                )
            info = self._index_again(conn, row, ops, words)
            store.bump(conn)
        return info

    def _author(self, conn) -> str | None:
        """Who this connection writes as: the display name the office gave the login role
        (``COMMENT ON ROLE li IS '李明'``, docs/team-library.md), else the role's name
        (``current_user``). Asked once per library, in the caller's transaction."""
        if getattr(self, "_author_name", None) is None:
            row = conn.execute(
                "SELECT COALESCE(NULLIF(btrim(shobj_description(oid, 'pg_authid')), ''), "
                "rolname) FROM pg_roles WHERE rolname = current_user"
            ).fetchone()
            self._author_name = row[0] if row else None
        return self._author_name

    def _index_again(self, conn, row, ops: list[dict], words: list[str]) -> DocumentInfo:
        """Index one document again from its cached parse with the corrections ``ops`` (in
        the caller's transaction): ``row`` is its record, size, mtime and data, as
        :data:`INFO_COLUMNS` and those three columns select it. Its paragraphs, term
        statistics and record are replaced; returns the new record."""
        prepared = self._prepare_row(row, ops, words)
        if prepared.error:
            raise LibraryError(prepared.error)
        store.replace_paragraphs(conn, prepared)
        return prepared.info

    def _prepare_row(self, row, ops: list[dict], words: list[str]) -> Prepared:
        """One stored document prepared again here, from its cached parse, with the
        corrections ``ops`` and the dictionary ``words``: ``row`` is its record, size,
        mtime and data, as :data:`INFO_COLUMNS` and those three columns select it."""
        info = DocumentInfo(*row[:NINFO])
        blob = row[NINFO + 2]
        data = bytes(blob) if blob else None
        task = Task.of_record(0, info, row[NINFO], row[NINFO + 1], data, ops)
        return prepare(task, self._segmenter(words))

    def export_corrections(self, with_authors: bool = False) -> list[tuple]:
        """Every stored correction as (content sha256, path, ops), and with ``with_authors``
        who stored them and who made each step (see :meth:`LibraryBackend.export_corrections
        <drafter.library.backend.LibraryBackend.export_corrections>`)."""
        who = ""
        if with_authors:  # nobody known in tables from before the authors (migration 3)
            who = ", " + (store.AUTHORS if self.schema_version >= 3 else store.NO_AUTHORS)
        rows = self._read(
            lambda conn: conn.execute(
                f"SELECT sha256, path, ops{who} FROM drafter.corrections"
            ).fetchall()
        )
        if not with_authors:
            return [(sha, path, list(ops)) for sha, path, ops in rows]
        return [
            (sha, path, list(ops), author, dict(authors or {}))
            for sha, path, ops, author, authors in rows
        ]

    def import_corrections(self, records: list[tuple]) -> int:
        """Store corrections from another library, with their authors when the records
        carry them; content that already has some here keeps them (``ON CONFLICT DO
        NOTHING``). Returns how many were added.
        """
        added = 0
        with self._conn() as conn, self._writing(conn):
            for record in records:
                sha, path, ops = record[:3]
                author, authors = record_authors(record)
                added += conn.execute(
                    "INSERT INTO drafter.corrections "
                    "(sha256, origin, path, ops, updated, author, authors) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
                    (
                        sha,
                        self.origin,
                        path,
                        Jsonb(list(ops)),
                        now_iso(),
                        author,
                        Jsonb(authors) if authors else None,
                    ),
                ).rowcount
            if added:
                store.bump(conn)
        return added

    def stale_corrections(self) -> set[str]:
        """Ids of documents whose file changed after they were corrected and whose new content has
        no corrections of its own.
        """
        rows = self._read(
            lambda conn: conn.execute(
                "SELECT d.id FROM drafter.corrections c JOIN drafter.documents d "
                "ON d.origin = c.origin AND d.path = c.path WHERE d.sha256 <> c.sha256 "
                "AND NOT EXISTS (SELECT 1 FROM drafter.corrections c2 WHERE c2.sha256 = d.sha256) "
                f"AND NOT EXISTS ({store.HELD_ELSEWHERE})"
            ).fetchall()
        )
        return {r[0] for r in rows}
