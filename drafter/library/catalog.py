"""The catalogue: one SQLite file listing documents, user words and watched folders.

The catalogue is the library's source of truth for what is in it; the Whoosh index is
derived. Every change happens in one SQLite transaction, so a crash leaves either the old
or the new state. Each document row also keeps the parsed :class:`Document` (compressed
JSON, :mod:`.cached_parse`) so a document opens, and the library re-indexes, even when the
source file has moved or gone. The tables, and how an older catalogue is brought up to date,
are :mod:`.catalog_schema`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from drafter.library import correction_authors
from drafter.library.catalog_schema import INFO_COLUMNS, SCHEMA_VERSION, migrate
from drafter.library.model import DocumentInfo, LibraryError

# A correction ``c``'s content held by a document at another path than the correction's
# (moved with it): its corrections are that document's, not the path's (see
# :meth:`Catalog.corrections_for`).
_HELD_ELSEWHERE = (
    "SELECT 1 FROM documents held WHERE held.sha256 = c.sha256 AND held.path != c.path"
)


# The corrections a document at a path (?2) with content (?1) answers with: those made on
# its content, and, when it has none, those of its path's earlier versions (content no
# document holds): what moves with it to a new path (Catalog.move).
_CARRIED = (
    "SELECT sha256 FROM corrections c WHERE sha256 = ?1 OR (path = ?2 "
    "AND NOT EXISTS (SELECT 1 FROM corrections own WHERE own.sha256 = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.sha256 = c.sha256))"
)


class Catalog:
    """A thin, thread-safe wrapper over the SQLite catalogue (the desktop app imports on a
    worker thread while the panels read)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # True when the catalogue (or its folder) cannot be written: searching, listing and
        # info still work; a write says the library is read-only.
        self.readonly = False
        self._refusal = f"{path.parent.absolute()}：资料库是只读的，只能检索和阅读，不能修改"
        try:
            self._db = self._connect(path)
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"{path}: not a Drafter library catalogue ({exc})") from exc
        self._lock = threading.RLock()
        version = self.get_state("schema")
        if version is None and not self.readonly:
            self.set_state("schema", SCHEMA_VERSION)
        elif version is not None and version != SCHEMA_VERSION:
            raise LibraryError(f"{path}: library format {version} is not supported")

    def _connect(self, path: Path) -> sqlite3.Connection:
        """A read-write connection, or a read-only one when the file or its folder is
        read-only (a library on a read-only share, or a copy burnt to a disc)."""
        if path.exists() and not os.access(path, os.R_OK):
            raise PermissionError(13, "permission denied", str(path))
        if path.exists() and not _writable(path):
            return self._connect_readonly(path)
        db = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            migrate(db)
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if "readonly" not in text and "unable to open" not in text:
                raise
            db.close()
            return self._connect_readonly(path)
        return db

    def _connect_readonly(self, path: Path) -> sqlite3.Connection:
        self.readonly = True
        uri = path.resolve().as_uri()
        for mode in ("mode=ro", "immutable=1"):
            db = sqlite3.connect(
                f"{uri}?{mode}", uri=True, timeout=30, isolation_level=None, check_same_thread=False
            )
            try:
                db.execute("SELECT COUNT(*) FROM documents").fetchone()
            except sqlite3.OperationalError:
                db.close()
                if mode == "immutable=1":
                    raise
                continue
            return db
        raise AssertionError("unreachable")

    def refuse_writes(self, message: str) -> None:
        """Treat the catalogue as read-only from now on, every write failing with ``message``
        (the library found its folder cannot be written, though SQLite opened the file)."""
        self.readonly = True
        self._refusal = message

    def close(self) -> None:
        """Close the SQLite connection; the catalog must not be used afterwards."""
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        if self.readonly:
            raise LibraryError(self._refusal)
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def data_version(self) -> int:
        """Changes whenever another connection commits (cheap cache invalidation)."""
        with self._lock:
            return self._db.execute("PRAGMA data_version").fetchone()[0]

    # Documents

    def documents(self) -> list[DocumentInfo]:
        """Every document's record, newest date first (the library table's default order)."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {INFO_COLUMNS} FROM documents ORDER BY date DESC, title"
            ).fetchall()
        return [DocumentInfo(*row) for row in rows]

    def document(self, doc_id: str) -> DocumentInfo | None:
        """One document's record by id, or None when it was removed meanwhile."""
        with self._lock:
            row = self._db.execute(
                f"SELECT {INFO_COLUMNS} FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
        return DocumentInfo(*row) if row else None

    def by_path(self, path: str) -> DocumentInfo | None:
        """The record of the document imported from ``path``, or None; lets an import recognise a
        file it has seen.
        """
        with self._lock:
            row = self._db.execute(
                f"SELECT {INFO_COLUMNS} FROM documents WHERE path = ?", (path,)
            ).fetchone()
        return DocumentInfo(*row) if row else None

    def old_readings(self, current: str) -> list[tuple[DocumentInfo, int, int]]:
        """(record, size, mtime_ns) of the documents whose cached parse was not made by the
        reader version ``current`` (NULL: made before versions were kept)."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {INFO_COLUMNS}, size, mtime_ns FROM documents "
                "WHERE reader IS NULL OR reader != ? ORDER BY path",
                (current,),
            ).fetchall()
        n = len(INFO_COLUMNS.split(","))
        return [(DocumentInfo(*r[:n]), r[n], r[n + 1]) for r in rows]

    def file_states(self) -> dict[str, tuple[str, int, int, str]]:
        """path -> (id, size, mtime_ns, sha256), to skip unchanged files without hashing."""
        with self._lock:
            rows = self._db.execute(
                "SELECT path, id, size, mtime_ns, sha256 FROM documents"
            ).fetchall()
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}

    def version_rows(self) -> list[tuple[str, str, str, int, int, str | None]]:
        """(id, sha256, path, paragraphs, chars, corrections as JSON or None) of every
        document, the corrections being those :meth:`corrections_for` finds (made on this
        content, else the latest made on the file at its path): what a document's version
        token is made of, in one query."""
        with self._lock:
            return self._db.execute(
                "SELECT d.id, d.sha256, d.path, d.paragraphs, d.chars, COALESCE("
                "(SELECT c.ops FROM corrections c WHERE c.sha256 = d.sha256), "
                "(SELECT c.ops FROM corrections c WHERE c.path = d.path "
                "ORDER BY c.updated DESC LIMIT 1)) FROM documents d"
            ).fetchall()

    def ids(self) -> set[str]:
        """Every document id, for sync to tell which documents are gone."""
        with self._lock:
            return {r[0] for r in self._db.execute("SELECT id FROM documents")}

    def data(self, doc_id: str) -> bytes | None:
        """A document's cached parse (encoded), or None; loading from it works even when the source
        file is gone.
        """
        with self._lock:
            row = self._db.execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def iter_data(self) -> Iterator[tuple[DocumentInfo, int, int, bytes | None]]:
        """Every document with its file size, mtime and cached parse, for re-indexing."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {INFO_COLUMNS}, size, mtime_ns, data FROM documents"
            ).fetchall()
        for row in rows:
            yield DocumentInfo(*row[:-3]), row[-3], row[-2], row[-1]

    def totals(self) -> tuple[int, int, int]:
        """(documents, paragraphs, characters) summed in one query for ``library info`` and
        the preferences, without reading any document's record."""
        with self._lock:
            row = self._db.execute(
                "SELECT COUNT(*), COALESCE(SUM(paragraphs), 0), COALESCE(SUM(chars), 0) "
                "FROM documents"
            ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def source_bytes(self) -> int:
        """Total size of the imported files as they were read (the catalogue keeps each
        file's size for sync): ``library info`` shows it beside the index's size, so a user
        sees what the library costs against what it holds."""
        with self._lock:
            return int(
                self._db.execute("SELECT COALESCE(SUM(size), 0) FROM documents").fetchone()[0]
            )

    @staticmethod
    def put_document(
        db: sqlite3.Connection,
        info: DocumentInfo,
        size: int,
        mtime_ns: int,
        data: bytes,
        reader: str | None = None,
    ) -> None:
        """Insert or replace one document (inside :meth:`transaction`). A row already at
        the same path (an older version of the file) is replaced. ``reader``: the reader
        version ``data`` was read with; None (a cached parse indexed again) keeps the row's."""
        db.execute("DELETE FROM documents WHERE path = ? AND id != ?", (info.path, info.id))
        values = asdict(info)
        db.execute(
            f"INSERT OR REPLACE INTO documents ({INFO_COLUMNS}, size, mtime_ns, data, reader) "
            f"VALUES ({', '.join('?' * (len(values) + 3))}, "
            "COALESCE(?, (SELECT reader FROM documents WHERE id = ?)))",
            (*values.values(), size, mtime_ns, data, reader, info.id),
        )

    @staticmethod
    def move(db: sqlite3.Connection, touched: Iterable[tuple[str, str, int, int]]) -> None:
        """Record the new paths and modification times of unchanged content (``touched``:
        id, path, size, mtime; in a transaction), all at once: paths are unique, so two
        files that swapped contents, each document moving onto the other's path, first
        step aside to a placeholder path of their own. A document left at a path another
        takes (a file renamed onto another's name) is deleted.

        A moved document's corrections go with it (:data:`_CARRIED`): its own, so an
        edit of the file at its new path finds them, and those it took from an earlier
        version of its file, which a rename left behind (the document lost them)."""
        touched = list(touched)
        carried: list[tuple[str, str]] = []  # (correction's sha256, new path)
        for doc_id, path, *_ in touched:
            row = db.execute(
                "SELECT path, sha256 FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            if row is not None and row[0] != path:
                carried += [(sha, path) for (sha,) in db.execute(_CARRIED, (row[1], row[0]))]
        for doc_id, *_ in touched:
            db.execute("UPDATE documents SET path = ? WHERE id = ?", (f"<moving {doc_id}>", doc_id))
        for doc_id, path, size, mtime in touched:
            Catalog.touch(db, doc_id, path, size, mtime)
        db.executemany(
            "UPDATE corrections SET path = ? WHERE sha256 = ?", [(p, s) for s, p in carried]
        )

    @staticmethod
    def touch(db: sqlite3.Connection, doc_id: str, path: str, size: int, mtime_ns: int) -> None:
        """Record a new path or modification time for unchanged content (in a transaction)."""
        db.execute("DELETE FROM documents WHERE path = ? AND id != ?", (path, doc_id))
        db.execute(
            "UPDATE documents SET path = ?, size = ?, mtime_ns = ? WHERE id = ?",
            (path, size, mtime_ns, doc_id),
        )

    # The user's corrections (see drafter.corpus.corrections), keyed by the content hash
    # they were made on; ``path`` finds them again when the file at that path changes.

    def corrections_for(self, sha256: str, path: str) -> tuple[list[dict], str | None]:
        """(ops, sha256 they were made on) for a document: those made on this content,
        else those made on an earlier version of the file at ``path``; ([], None) if none.

        Not those whose content a document at another path still holds: they went with
        it (the file moved, or two files swapped contents), and the content now at
        ``path`` took the other document's title and headings for being where it was."""
        ops, made_on, _author, _authors = self.corrections_row(sha256, path)
        return ops, made_on

    def corrections_row(
        self, sha256: str, path: str
    ) -> tuple[list[dict], str | None, str | None, dict[str, str]]:
        """:meth:`corrections_for` with who stored them last and who made each step
        (:mod:`~drafter.library.correction_authors`; None and {} when unknown, in a row
        from before they were recorded or a read-only catalogue of that age)."""
        who = "author, authors" if self._has_authors() else "NULL, NULL"
        with self._lock:
            row = self._db.execute(
                f"SELECT ops, sha256, {who} FROM corrections WHERE sha256 = ?", (sha256,)
            ).fetchone()
            if row is None:
                row = self._db.execute(
                    f"SELECT ops, sha256, {who} FROM corrections c WHERE path = ? AND NOT EXISTS "
                    f"({_HELD_ELSEWHERE}) ORDER BY updated DESC",
                    (path,),
                ).fetchone()
        if not row:
            return [], None, None, {}
        return json.loads(row[0]), row[1], row[2], correction_authors.decode(row[3])

    def _has_authors(self) -> bool:
        """Whether the corrections table records authors: always, but in a read-only
        catalogue made before they were (nothing could add the columns)."""
        if not self.readonly:
            return True
        with self._lock:
            have = {r[1] for r in self._db.execute("PRAGMA table_info(corrections)")}
        return "author" in have

    def stale_corrections(self) -> set[str]:
        """Paths whose corrections were made on other content than the file has now."""
        with self._lock:
            rows = self._db.execute(
                "SELECT c.path FROM corrections c JOIN documents d ON d.path = c.path "
                "WHERE d.sha256 != c.sha256 AND NOT EXISTS "
                "(SELECT 1 FROM corrections c2 WHERE c2.sha256 = d.sha256) "
                f"AND NOT EXISTS ({_HELD_ELSEWHERE})"
            ).fetchall()
        return {r[0] for r in rows}

    @staticmethod
    def put_corrections(
        db: sqlite3.Connection,
        sha256: str,
        path: str,
        ops: list[dict],
        now: str,
        author: str | None = None,
        authors: dict[str, str] | None = None,
    ) -> None:
        """Store the ops made on content ``sha256`` (inside :meth:`transaction`), stored by
        ``author`` and each step made by whom ``authors`` says; an empty list deletes them.
        Older versions' ops for the same path are superseded."""
        db.execute("DELETE FROM corrections WHERE path = ? OR sha256 = ?", (path, sha256))
        if ops:
            db.execute(
                "INSERT INTO corrections (sha256, path, ops, updated, author, authors) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    sha256,
                    path,
                    json.dumps(ops, ensure_ascii=False),
                    now,
                    author,
                    json.dumps(authors or {}, ensure_ascii=False) if authors else None,
                ),
            )

    # User words, watched folders, state

    def words(self) -> list[str]:
        """The user dictionary in SQL order (sorted), so the comparison with the indexed
        words in ``needs_reindex`` does not depend on insertion order."""
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT word FROM words ORDER BY word")]

    def add_words(self, words: Iterable[str], now: str) -> None:
        """Add dictionary words in one transaction; words already present are kept with their
        original date.
        """
        with self.transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO words (word, added) VALUES (?, ?)",
                [(w, now) for w in words],
            )

    def remove_words(self, words: Iterable[str]) -> None:
        """Remove dictionary words in one transaction; unknown words are ignored."""
        with self.transaction() as db:
            db.executemany("DELETE FROM words WHERE word = ?", [(w,) for w in words])

    def folders(self) -> list[str]:
        """The folders remembered for sync, sorted so the watched-folders dialog and
        ``library info`` list them the same way every time."""
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT path FROM folders ORDER BY path")]

    def add_folder(self, path: str) -> None:
        """Remember a folder for sync (already remembered: no change)."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO folders (path) VALUES (?)", (path,))

    def remove_folder(self, path: str) -> None:
        """Forget a folder; its documents stay in the library."""
        with self.transaction() as db:
            db.execute("DELETE FROM folders WHERE path = ?", (path,))

    def get_state(self, key: str) -> str | None:
        """A value of the library's own state (index version, dictionary the index was built with),
        or None.
        """
        with self._lock:
            row = self._db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str, db: sqlite3.Connection | None = None) -> None:
        """Set a state value, inside the caller's transaction ``db`` when given so it commits with
        the change it describes.
        """
        sql = "INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)"
        if db is not None:
            db.execute(sql, (key, value))
            return
        with self.transaction() as tx:
            tx.execute(sql, (key, value))

    # A document whose corrections were stored but whose re-index has not finished yet
    # (the app closed, or the machine stopped, mid-index): a state row per document,
    # written in the corrections' own transaction and removed with the re-index's, so
    # the next open or sync indexes it (LocalCorrections.catch_up_index).
    OWED_PREFIX = "reindex-owed:"

    @classmethod
    def owe_reindex(cls, db: sqlite3.Connection, doc_id: str) -> None:
        """Record, inside the caller's transaction ``db``, that ``doc_id`` must be indexed
        again: its corrections changed and the index does not show them yet."""
        db.execute(
            "INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)",
            (cls.OWED_PREFIX + doc_id, "1"),
        )

    @classmethod
    def paid_reindex(cls, db: sqlite3.Connection, doc_ids: Iterable[str] | None = None) -> None:
        """Inside the caller's transaction, forget the re-index owed for ``doc_ids`` (None:
        every document, after a whole new index)."""
        if doc_ids is None:
            db.execute("DELETE FROM state WHERE key LIKE ?", (cls.OWED_PREFIX + "%",))
            return
        db.executemany("DELETE FROM state WHERE key = ?", [(cls.OWED_PREFIX + i,) for i in doc_ids])

    def owed_reindex(self) -> list[str]:
        """Ids of documents whose stored corrections the index does not show yet (a save
        cut off mid-index); usually none."""
        with self._lock:
            rows = self._db.execute(
                "SELECT key FROM state WHERE key LIKE ?", (self.OWED_PREFIX + "%",)
            ).fetchall()
        return [key[len(self.OWED_PREFIX) :] for (key,) in rows]


def _writable(path: Path) -> bool:
    """True when ``path`` and its folder can be written (SQLite needs the folder for its
    journal files)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
