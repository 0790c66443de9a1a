"""The user's corrections (:mod:`drafter.corpus.corrections`) in the local library: kept in
the catalogue by content hash (found again by path when the file changes), replayed on
every load and index, and copied with the documents between libraries.

A part of :class:`~drafter.library.library.Library`; storing corrections re-indexes the
document at once through :class:`~drafter.library.local_indexing.LocalIndexing`. The
corrections are committed first, with a note that the document owes a re-index
(:meth:`Catalog.owe_reindex`); the re-index pays it. A save cut off between the two (the app
closed mid-index) loses nothing: the reader replays the stored corrections at once, and the
next open or sync indexes the document (:meth:`LocalCorrections.catch_up_index`).
"""

from __future__ import annotations

import json

from drafter.library import index as ix_mod
from drafter.library.build import now_iso
from drafter.library.catalog import Catalog
from drafter.library.correction_authors import authors_after, decode, os_user, record_authors
from drafter.library.model import DocumentInfo, LibraryBusy


class LocalCorrections:
    """Storing, reading and copying corrections in the SQLite catalogue."""

    CORRECTIONS_CHANGED = (
        "{where}: 这篇文稿的更正刚刚在另一个窗口或命令中修改过，本次更正未保存；"
        "请重新打开文稿后再改"
    )

    # A correction's save does not merge small segments (each save leaves one; Whoosh's
    # pure-Python merge made every fourth save take seconds): the app merges them on a
    # worker once saves go quiet (merge_small_segments), and the next sync or import
    # does. Past this many (a command-line user who never syncs), a save merges them itself.
    SAVE_MERGES_AT = 32

    def _put_corrections(self, doc_id: str, make, made_on: str | None = None) -> DocumentInfo:
        """Store ``make(stored corrections)`` in the catalogue under the write lock and
        re-index the document (see :meth:`LibraryBackend._put_corrections
        <drafter.library.backend.LibraryBackend._put_corrections>`)."""
        info = self._info(doc_id)
        with self._writing():
            stored, _made_on, _author, authors = self.catalog.corrections_row(
                info.sha256, info.path
            )
            ops = list(make(stored))
            me = os_user()
            with self.catalog.transaction() as db:
                if made_on and made_on != info.sha256:
                    db.execute("DELETE FROM corrections WHERE sha256 = ?", (info.sha256,))
                sha = made_on or info.sha256
                Catalog.put_corrections(
                    db, sha, info.path, ops, now_iso(), me, authors_after(stored, authors, ops, me)
                )
                Catalog.owe_reindex(db, info.id)
            merge = ix_mod.tiny_segments(self._current_index()) >= self.SAVE_MERGES_AT
            return self._reindex_documents([info], merge_small=merge)[0]

    def catch_up_index(self) -> int:
        """Index again the documents whose corrections were stored but not indexed (the
        app closed mid-save), when the library opens; returns how many. Skipped when
        another process holds the write lock (its sync, or the next open, catches up) or
        the library is read-only."""
        if self.read_only or not self.catalog.owed_reindex():
            return 0
        wait, self.lock_timeout = self.lock_timeout, 0
        try:
            with self._writing():
                return self._pay_owed()
        except LibraryBusy:
            return 0
        finally:
            self.lock_timeout = wait

    def _pay_owed(self) -> int:
        """Under the write lock: index again every document that owes it (see
        :meth:`catch_up_index`); a document gone meanwhile owes nothing."""
        owed = self.catalog.owed_reindex()
        if not owed:
            return 0
        infos = [i for i in (self.catalog.document(d) for d in owed) if i is not None]
        if infos:
            self._reindex_documents(infos, merge_small=False)
        gone = set(owed) - {i.id for i in infos}
        if gone:
            with self.catalog.transaction() as db:
                Catalog.paid_reindex(db, gone)
        return len(infos)

    def export_corrections(self, with_authors: bool = False) -> list[tuple]:
        """Every stored correction as (content sha256, path, ops), and with ``with_authors``
        who stored them and who made each step, read in one query under the catalog lock
        (see :meth:`LibraryBackend.export_corrections
        <drafter.library.backend.LibraryBackend.export_corrections>`)."""
        who = "author, authors" if self.catalog._has_authors() else "NULL, NULL"
        with self.catalog._lock:
            rows = self.catalog._db.execute(
                f"SELECT sha256, path, ops, {who} FROM corrections"
            ).fetchall()
        if not with_authors:
            return [(sha, path, json.loads(ops)) for sha, path, ops, _a, _as in rows]
        return [
            (sha, path, json.loads(ops), author, decode(authors))
            for sha, path, ops, author, authors in rows
        ]

    def import_corrections(self, records: list[tuple]) -> int:
        """Store corrections from another library in one transaction, with their authors
        when the records carry them; content that already has corrections here keeps them.
        Returns how many were added.
        """
        added = 0
        with self._writing(), self.catalog.transaction() as db:
            for record in records:
                sha, path, ops = record[:3]
                if db.execute("SELECT 1 FROM corrections WHERE sha256 = ?", (sha,)).fetchone():
                    continue
                author, authors = record_authors(record)
                db.execute(
                    "INSERT INTO corrections (sha256, path, ops, updated, author, authors) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        sha,
                        path,
                        json.dumps(ops, ensure_ascii=False),
                        now_iso(),
                        author,
                        json.dumps(authors, ensure_ascii=False) if authors else None,
                    ),
                )
                added += 1
        return added

    def stale_corrections(self) -> set[str]:
        """Ids of documents whose corrections were made on an earlier version of the file."""
        paths = self.catalog.stale_corrections()
        return {d.id for d in self.catalog.documents() if d.path in paths} if paths else set()
