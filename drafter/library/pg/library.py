"""The team library: the library interface on a PostgreSQL server, for an office whose
writers share one library.

Consistency: an import commits in batches; each batch is one transaction that takes the
writers' advisory lock (so document frequencies and totals are updated by one writer at
a time), inserts documents keyed by their content hash (the same text imported on two
machines is one document: the second insert does nothing), copies in their paragraphs
and bumps the library's generation. A killed import loses only its open batch, which
the server rolls back; the next add skips what is already in. Readers never wait: they
read the last committed state (MVCC) and see new documents at their next query. Other
writers' changes show in :meth:`revision`, which the app polls on a worker (it works on a
read replica and through a pooler in transaction mode, where LISTEN does not); each commit
also sends NOTIFY on :data:`~drafter.library.pg.schema.CHANNEL` for an administrator's tools.

The class is assembled from parts, one module each: :mod:`~drafter.library.pg.pool`
(pool, retries, the writers' lock), :mod:`~drafter.library.pg.search`,
:mod:`~drafter.library.pg.importing` (add, sync, remove, copy),
:mod:`~drafter.library.pg.reindexing`, :mod:`~drafter.library.pg.corrections` and
:mod:`~drafter.library.pg.office_lists`; this module opens the library and answers reads.
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
from collections.abc import Iterable
from pathlib import Path

import psycopg
from psycopg import errors as pgerrors

from drafter.library import parser_stamp
from drafter.library.analyzer import INDEX_FORMAT, INDEX_FORMAT_KEY, SegmenterCache
from drafter.library.backend import LibraryBackend, StoredDocument, document_version
from drafter.library.build import default_workers, now_iso
from drafter.library.location import describe
from drafter.library.model import DocumentInfo, LibraryError
from drafter.library.pg import schema, store
from drafter.library.pg.connect import connect, connection_error
from drafter.library.pg.corrections import PgCorrections
from drafter.library.pg.importing import BATCH_DOCUMENTS, PgImport
from drafter.library.pg.office_lists import PgOfficeLists
from drafter.library.pg.pool import PgPool, make_pool
from drafter.library.pg.reindexing import PgReindex
from drafter.library.pg.schema import INFO_COLUMNS
from drafter.library.pg.search import PgSearch
from drafter.library.vocabulary import clean_words


def upgrade_refusal(spec: str, conn, version: int | None) -> str:
    """What a login that does not own the tables is told when the library needs tables
    made or upgraded (a new Drafter's migration): what the upgrade brings, who owns the
    tables and the one command the owner runs (``drafter library upgrade``). One line;
    the library stays as it was (the migration's transaction rolled back)."""
    where = describe(spec)
    if version is None:
        return f"{where}: 没有建立团队资料库的权限（请数据库管理员用表的所有者账号运行一次 drafter library info --library 加上管理员的地址）"
    try:
        owner = schema.table_owner(conn)
    except psycopg.Error:
        owner = None
    brings = "、".join(
        schema.MIGRATION_NAMES[v]
        for v in range(version + 1, schema.LATEST + 1)
        if v in schema.MIGRATION_NAMES
    )
    account = f"表的所有者账号 {owner} " if owner else "表的所有者账号"
    return (
        f"{where}: 团队资料库需要升级（格式 {version} → {schema.LATEST}"
        + (f"：{brings}" if brings else "")
        + f"）：请数据库管理员用{account}运行一次 drafter library upgrade --library "
        "加上该账号的地址（只添加新的列，文稿和更正都保留）"
    )


def browse_reason(version: int) -> str:
    """Why a team library whose tables are older than this Drafter's (format ``version``)
    is only browsed: the login cannot upgrade them (not their owner), so the library is
    read as it is — every read of this code selects nothing the older tables lack — and
    every write is refused with :func:`upgrade_refusal`'s line until the owner runs
    ``drafter library upgrade``. Before, an editor could not open it at all, and the
    office's work stopped until the owner was found."""
    return (
        f"浏览模式：资料库待管理员升级（格式 {version} → {schema.LATEST}），"
        "升级前可以检索和阅读，不能修改"
    )


def default_local_dir(location: str) -> Path:
    """This user's folder for a team library's local files (templates, caches)."""
    import platformdirs

    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:12]
    return Path(platformdirs.user_data_dir("drafter", appauthor=False)) / "team" / digest


class PgLibrary(
    PgCorrections,
    PgImport,
    PgReindex,
    PgSearch,
    PgOfficeLists,
    PgPool,
    LibraryBackend,
):
    """A team library in a PostgreSQL database (see module docstring). Open with
    :meth:`open` or :func:`drafter.library.open_library`."""

    shared = True
    schema_version = schema.LATEST
    """The format of the tables: older only while browsed before the owner's upgrade."""
    upgrade_needed = ""
    """Why nothing can be written (:func:`upgrade_refusal`'s line), "" when the tables
    are this Drafter's."""

    def __init__(
        self,
        spec: str,
        pool,
        *,
        root: Path,
        origin: str,
        lock_timeout: float,
        workers: int | None,
        backend: str,
        batch_documents: int = BATCH_DOCUMENTS,
    ) -> None:
        self._init_pool(spec, pool)
        self.batch_documents = max(1, batch_documents)
        self.location = describe(spec)
        self.root = root
        self.origin = origin
        self.lock_timeout = lock_timeout
        self.on_wait = None
        self.workers = workers or default_workers()
        self.backend = backend
        self._segmenters = SegmenterCache(backend, root / "cache")
        # (user words the index was built with, the generation they were read at)
        self._words_seen: tuple[list[str], int] | None = None
        self._literal_seen = False  # the index's format, read with the words: grams held?

    @classmethod
    def open(
        cls,
        spec: str,
        create: bool = True,
        *,
        lock_timeout: float = 5.0,
        workers: int | None = None,
        backend: str = "auto",
        origin: str | None = None,
        local_dir: str | Path | None = None,
        pool_size: int = 4,
        batch_documents: int = BATCH_DOCUMENTS,
        on_silent=None,
    ) -> PgLibrary:
        """Connect to the library at ``spec`` (a postgresql:// URL or ``service=NAME``),
        creating its tables when ``create`` is true and the database has none.

        ``origin`` names this machine (default: the host name): files are synced per
        machine. ``local_dir`` holds this user's local files for the library.
        ``on_silent()`` is called (from a timer thread) when the server has not answered
        the first connection within a few seconds (:func:`~drafter.library.pg.connect.connect`).
        """
        try:
            with connect(spec, autocommit=True, on_silent=on_silent) as conn:
                version = schema.schema_version(conn)
                if version is None and not create:
                    raise LibraryError(
                        f"{describe(spec)}: 这个数据库里还没有 Drafter 团队资料库"
                        "（请数据库管理员用表的所有者账号运行一次 drafter library info "
                        "--library 加上管理员的地址，建立团队资料库）"
                    )
                if version is not None and version > schema.LATEST:
                    raise LibraryError(
                        f"{describe(spec)}: 团队资料库由更新版本的 Drafter 建立（格式 {version}），请升级"
                    )
                upgrade = ""
                if version != schema.LATEST:
                    try:
                        schema.migrate(conn)
                    except pgerrors.InsufficientPrivilege as exc:
                        if version is None:
                            raise LibraryError(upgrade_refusal(spec, conn, version)) from exc
                        # an editor before the owner ran the upgrade: browsed, not written
                        upgrade = upgrade_refusal(spec, conn, version)
                if not upgrade:
                    cls._repair_early(spec, conn)
        except psycopg.OperationalError as exc:
            raise connection_error(spec, exc) from None
        pool = make_pool(spec, pool_size)
        try:
            pool.open(wait=True, timeout=30)
        except Exception as exc:
            pool.close()
            raise connection_error(spec, exc) from None
        root = Path(local_dir) if local_dir else default_local_dir(describe(spec))
        library = cls(
            spec,
            pool,
            root=root,
            origin=origin or socket.gethostname(),
            lock_timeout=lock_timeout,
            workers=workers,
            backend=backend,
            batch_documents=batch_documents,
        )
        if upgrade:
            library.schema_version = version
            library.upgrade_needed = upgrade
        # the office lists mirrored where review reads them (a convenience: search works
        # whatever happens here)
        with contextlib.suppress(Exception):
            library.pull_office_lists()
        with contextlib.suppress(Exception):  # a reader role may not write: it stays unstamped
            library._settle_state()
        with contextlib.suppress(Exception):  # unknown: writes say it themselves
            if not library._may_import():
                library.read_only = "只读账号，只能检索和阅读"
        if upgrade:
            library.read_only = browse_reason(version)
        return library

    def _may_import(self) -> bool:
        """Whether this login may add documents (an editor's role, or the owner): asked once
        at open, so a reader's window says 只读 before anything fails."""
        row = self._read(
            lambda conn: conn.execute(
                "SELECT has_table_privilege('drafter.documents', 'INSERT')"
            ).fetchone()
        )
        return bool(row[0])

    @staticmethod
    def _repair_early(spec: str, conn) -> None:
        """Bring a library an early Drafter made (version 1 without the columns added to
        it later, :func:`schema.missing <drafter.library.pg.schema.missing>`) up to date,
        or refuse it in one line naming what it lacks and who can upgrade it: before, its
        first query failed with PostgreSQL's "column … does not exist"."""
        lacking = schema.missing(conn)
        if not lacking:
            return
        try:
            schema.repair(conn)
        except pgerrors.InsufficientPrivilege:
            raise LibraryError(
                f"{describe(spec)}: 团队资料库由较早的 Drafter 建立，需要升级（缺少 "
                f"{'、'.join(lacking)}）：请数据库管理员（表的所有者）用 Drafter 打开一次，"
                "例如 drafter library info --library 加上管理员的地址"
            ) from None

    def _settle_state(self) -> None:
        """A library with no documents has no old index: its index is this code's. And the
        library-wide parser stamp of before each document kept its reader version is
        dropped (:data:`~drafter.library.parser_stamp.OLD_STATE_KEY`: redundant, less exact;
        not a numbered migration, which would refuse the Drafter of the session before)."""
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO drafter.state (key, value) SELECT %s, %s "
                "WHERE NOT EXISTS (SELECT 1 FROM drafter.documents) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (INDEX_FORMAT_KEY, INDEX_FORMAT),
            )
            key = parser_stamp.OLD_STATE_KEY
            if conn.execute("SELECT 1 FROM drafter.state WHERE key = %s", (key,)).fetchone():
                conn.execute("DELETE FROM drafter.state WHERE key = %s", (key,))

    def close(self) -> None:
        """Close the connection pool (not while a re-probe replaces it)."""
        with self._pool_lock:
            self.pool.close()

    # Reading

    def documents(self) -> list[DocumentInfo]:
        """Every document, newest first; "C" collation so the order is the same as the local
        library's, whatever the server's locale.
        """
        return self._read(self._documents)

    @staticmethod
    def _documents(conn) -> list[DocumentInfo]:
        rows = conn.execute(
            f"SELECT {INFO_COLUMNS} FROM drafter.documents "
            'ORDER BY date COLLATE "C" DESC NULLS LAST, title COLLATE "C" NULLS FIRST, seq'
        ).fetchall()
        return [DocumentInfo(*row) for row in rows]

    def document(self, doc_id: str) -> DocumentInfo | None:
        """One document's record, or None."""
        row = self._read(
            lambda conn: conn.execute(
                f"SELECT {INFO_COLUMNS} FROM drafter.documents WHERE id = %s", (doc_id,)
            ).fetchone()
        )
        return DocumentInfo(*row) if row else None

    def document_at(self, path: str) -> DocumentInfo | None:
        """The record of the document imported from the file at ``path``, or None: this
        machine's row first, found through the (origin, path) index, then any machine's
        (a file on a shared drive has one path everywhere), as the listing did."""
        order = 'ORDER BY date COLLATE "C" DESC NULLS LAST, title COLLATE "C" NULLS FIRST, seq'
        row = self._read(  # one round trip: the second part runs only when the first is empty
            lambda conn: conn.execute(
                f"(SELECT {INFO_COLUMNS} FROM drafter.documents "
                f"WHERE origin = %s AND path = %s {order} LIMIT 1) UNION ALL "
                f"(SELECT {INFO_COLUMNS} FROM drafter.documents WHERE path = %s {order} LIMIT 1) "
                "LIMIT 1",
                (self.origin, path, path),
            ).fetchone()
        )
        return DocumentInfo(*row) if row else None

    def _stored(self, doc_id: str) -> StoredDocument:
        stored = self._stored_many([doc_id]).get(doc_id)
        if stored is None:
            raise LibraryError(f"no document {doc_id} in the library")
        return stored

    def _stored_many(self, doc_ids: list[str]) -> dict[str, StoredDocument]:
        """Each document with its corrections (:func:`store.corrections_for
        <drafter.library.pg.store.corrections_for>`'s choice, made in SQL) in one query:
        one round trip for a document shown (three before) and for a batch of review's
        reuse index."""
        if not doc_ids:
            return {}
        corrections_of_d = (
            store.CORRECTIONS_OF_D
            if self.schema_version >= 3
            else store.CORRECTIONS_OF_D_NO_AUTHORS  # browsed before the owner's upgrade
        )
        rows = self._read(
            lambda conn: conn.execute(
                "SELECT d.id, d.sha256, d.path, d.data, c.ops, c.sha256, c.author, c.authors "
                f"FROM drafter.documents d LEFT JOIN LATERAL ({corrections_of_d}) c "
                "ON true WHERE d.id = ANY(%s)",
                (list(doc_ids),),
            ).fetchall()
        )
        return {
            doc_id: StoredDocument(
                sha256,
                path,
                bytes(data) if data else None,
                list(ops or []),
                made_on,
                author,
                dict(authors or {}),
            )
            for doc_id, sha256, path, data, ops, made_on, author, authors in rows
        }

    def document_versions(self) -> dict[str, str]:
        """Every document's version token, corrections counted as :meth:`load` replays them
        (made on this content, else the latest on the same machine's file); one query."""
        rows = self._read(
            lambda conn: conn.execute(
                "SELECT d.id, d.sha256, d.path, d.paragraphs, d.chars, COALESCE("
                "(SELECT c.ops FROM drafter.corrections c WHERE c.sha256 = d.sha256), "
                "(SELECT c.ops FROM drafter.corrections c WHERE c.origin = d.origin "
                "AND c.path = d.path ORDER BY c.updated DESC LIMIT 1)) FROM drafter.documents d"
            ).fetchall()
        )
        return {
            doc_id: document_version(sha, path, paragraphs, chars, list(ops) if ops else None)
            for doc_id, sha, path, paragraphs, chars, ops in rows
        }

    def revision(self) -> str:
        """The database's generation counter, bumped in every writing transaction by any client."""
        return self._read(
            lambda conn: str(conn.execute("SELECT generation FROM drafter.stats").fetchone()[0])
        )

    def info(self) -> dict:
        """Counts and sizes for ``drafter library info``: documents, paragraphs and the server's own
        size figures for the index and catalog tables.
        """
        docs, paragraphs, chars, size, index_bytes, catalog_bytes, db_bytes = self._read(
            lambda conn: conn.execute(
                "SELECT count(*), coalesce(sum(paragraphs), 0), coalesce(sum(chars), 0), "
                "coalesce(sum(size), 0), pg_total_relation_size('drafter.paragraphs') "
                "+ pg_total_relation_size('drafter.terms'), "
                "pg_total_relation_size('drafter.documents'), "
                "pg_database_size(current_database()) FROM drafter.documents"
            ).fetchone()
        )
        return {
            "path": self.location,
            "backend": "postgresql",
            "documents": int(docs),
            "paragraphs": int(paragraphs),
            "chars": int(chars),
            "bytes": int(size),
            "index_bytes": int(index_bytes),
            "catalog_bytes": int(catalog_bytes),
            "database_bytes": int(db_bytes),
            "words": len(self.words()),
            "reindex_needed": self.needs_reindex(),
            "watched_folders": self.watched_folders(),
        }

    # User dictionary, watched folders, state

    def words(self) -> list[str]:
        """The shared user dictionary, sorted."""
        return self._read(
            lambda conn: [
                r[0] for r in conn.execute("SELECT word FROM drafter.words ORDER BY word")
            ]
        )

    def add_words(self, words: Iterable[str]) -> None:
        """Add dictionary words for everyone and bump the generation so other clients notice."""
        clean = clean_words(words)
        self._refuse_while_browsed()
        with self._conn() as conn, conn.transaction():
            now = now_iso()
            for word in clean:
                conn.execute(
                    "INSERT INTO drafter.words (word, added) VALUES (%s, %s) "
                    "ON CONFLICT (word) DO NOTHING",
                    (word, now),
                )
            store.bump(conn)

    def remove_words(self, words: Iterable[str]) -> None:
        """Remove dictionary words for everyone and bump the generation."""
        clean = clean_words(words)
        self._refuse_while_browsed()
        with self._conn() as conn, conn.transaction():
            conn.execute("DELETE FROM drafter.words WHERE word = ANY(%s)", (clean,))
            store.bump(conn)

    def _set_index_format(self, value: str) -> None:
        with self._conn() as conn:
            store.set_state(conn, INDEX_FORMAT_KEY, value)

    def _can_rebuild(self) -> bool:
        row = self._read(
            lambda conn: conn.execute(
                "SELECT has_table_privilege('drafter.paragraphs', 'DELETE') "
                "AND has_table_privilege('drafter.state', 'UPDATE')"
            ).fetchone()
        )
        return bool(row[0])

    def watched_folders(self) -> list[str]:
        """This machine's folders remembered for sync (folders are per origin: another office PC has
        its own paths).
        """
        return self._read(
            lambda conn: [
                r[0]
                for r in conn.execute(
                    "SELECT path FROM drafter.folders WHERE origin = %s ORDER BY path",
                    (self.origin,),
                )
            ]
        )

    def _remember_folder(self, path: str) -> None:
        """Folders are kept per machine (``origin``): another office PC has its own paths."""
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO drafter.folders (origin, path) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                (self.origin, path),
            )

    def _forget_folder(self, path: str) -> None:
        with self._conn() as conn:
            conn.execute(
                "DELETE FROM drafter.folders WHERE origin = %s AND path = %s",
                (self.origin, path),
            )

    def _state(self, key: str) -> str | None:
        row = self._read(
            lambda conn: conn.execute(
                "SELECT value FROM drafter.state WHERE key = %s", (key,)
            ).fetchone()
        )
        return row[0] if row else None


__all__ = ["PgLibrary"]
