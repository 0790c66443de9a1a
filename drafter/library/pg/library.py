"""The team library: the library interface on a PostgreSQL server, for an office whose
writers share one library.

Consistency: an import commits in batches; each batch is one transaction that takes the
writers' advisory lock (so document frequencies and totals are updated by one writer at
a time), inserts documents keyed by their content hash (the same text imported on two
machines is one document: the second insert does nothing), copies in their paragraphs
and bumps the library's generation. A killed import loses only its open batch, which
the server rolls back; the next add skips what is already in. Readers never wait: they
read the last committed state (MVCC) and see new documents at their next query. Other
writers' changes are announced on a LISTEN/NOTIFY channel (:meth:`wait_for_change`) and
visible in :meth:`revision`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import errors as pgerrors
from psycopg.types.json import Jsonb

from drafter.corpus import Document, load_document
from drafter.corpus.corrections import apply_corrections, meta_op
from drafter.library import vocabulary
from drafter.library.analyzer import Segmenter
from drafter.library.backend import LibraryBackend, Record
from drafter.library.build import Task, copy_tasks, now_iso, tally_import
from drafter.library.catalog import decode_document
from drafter.library.highlight import highlight_spans
from drafter.library.library import _clean_words, _cpu_count
from drafter.library.location import describe
from drafter.library.model import (
    Corrections,
    DocumentInfo,
    ImportProgress,
    LibraryBusy,
    LibraryError,
    QueryError,
    SearchHit,
    SearchResults,
)
from drafter.library.pg import schema, store
from drafter.library.pg.connect import connect_kwargs, connection_error
from drafter.library.pg.rows import Prepared, prepare, prepare_all
from drafter.library.pg.schema import INFO_COLUMNS, NINFO
from drafter.library.pg.search import search_once
from drafter.library.search import SORTS
from drafter.library.sync import plan, scan, under

BATCH_DOCUMENTS = 200  # documents per committed batch of an import
BATCH_BYTES = 8 << 20  # or this many bytes of source files


def default_local_dir(location: str) -> Path:
    """This user's folder for a team library's local files (templates, caches)."""
    import platformdirs

    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:12]
    return Path(platformdirs.user_data_dir("drafter", appauthor=False)) / "team" / digest


class PgLibrary(LibraryBackend):
    """A team library in a PostgreSQL database (see module docstring). Open with
    :meth:`open` or :func:`drafter.library.open_library`."""

    shared = True

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
        self.spec = spec
        self.batch_documents = max(1, batch_documents)
        self.location = describe(spec)
        self.root = root
        self.origin = origin
        self.pool = pool
        self.lock_timeout = lock_timeout
        self.on_wait = None
        self.workers = workers or min(_cpu_count(), 8)
        self.backend = backend
        self._segmenters: dict[tuple[str, ...], Segmenter] = {}
        # (user words the index was built with, the generation they were read at)
        self._words_seen: tuple[list[str], int] | None = None
        self._listener: psycopg.Connection | None = None

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
    ) -> PgLibrary:
        """Connect to the library at ``spec`` (a postgresql:// URL or ``service=NAME``),
        creating its tables when ``create`` is true and the database has none.

        ``origin`` names this machine (default: the host name): files are synced per
        machine. ``local_dir`` holds this user's local files for the library.
        """
        from psycopg_pool import ConnectionPool

        kwargs = connect_kwargs(spec)
        try:
            with psycopg.connect(spec, autocommit=True, connect_timeout=10, **kwargs) as conn:
                version = schema.schema_version(conn)
                if version is None and not create:
                    raise LibraryError(f"{describe(spec)}: 这个数据库里还没有 Drafter 团队资料库")
                if version is not None and version > schema.LATEST:
                    raise LibraryError(
                        f"{describe(spec)}: 团队资料库由更新版本的 Drafter 建立（格式 {version}），请升级"
                    )
                if version != schema.LATEST:
                    try:
                        schema.migrate(conn)
                    except pgerrors.InsufficientPrivilege as exc:
                        raise LibraryError(
                            f"{describe(spec)}: 没有建立或升级团队资料库的权限（请数据库管理员运行一次）"
                        ) from exc
        except psycopg.OperationalError as exc:
            raise connection_error(spec, exc) from None
        pool = ConnectionPool(
            spec,
            min_size=1,
            max_size=max(1, pool_size),
            kwargs={"autocommit": True, **kwargs},
            configure=_configure,
            open=False,
            name="drafter",
        )
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
        # the office lists mirrored where review reads them (a convenience: search works
        # whatever happens here)
        with contextlib.suppress(Exception):
            library.pull_office_lists()
        return library

    def close(self) -> None:
        """Stop listening for other writers' notifications and close the connection pool."""
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        self.pool.close()

    @contextmanager
    def _conn(self) -> Iterator[psycopg.Connection]:
        try:
            with self.pool.connection() as conn:
                yield conn
        except pgerrors.InsufficientPrivilege as exc:
            raise LibraryError(
                f"{self.location}: 没有写入团队资料库的权限（只读账号只能检索和阅读）"
            ) from exc
        except psycopg.OperationalError as exc:
            raise connection_error(self.spec, exc) from None

    def _read(self, fn):
        """``fn(conn)`` for a read, tried a second time when the server dropped the
        connection (restarted overnight, a network blip): the pool's idle connections
        are checked and replaced first. Writes are never retried this way."""
        for attempt in (0, 1):
            try:
                with self.pool.connection() as conn:
                    return fn(conn)
            except psycopg.OperationalError as exc:
                if attempt:
                    raise connection_error(self.spec, exc) from None
                with contextlib.suppress(Exception):
                    self.pool.check()

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
        with self._conn() as conn:
            row = conn.execute(
                f"SELECT {INFO_COLUMNS} FROM drafter.documents WHERE id = %s", (doc_id,)
            ).fetchone()
        return DocumentInfo(*row) if row else None

    def load(self, doc_id: str) -> Document:
        """The parsed document from its cached parse (or its file, for rows an older Drafter wrote),
        with its corrections replayed.
        """
        with self._conn() as conn:
            row = conn.execute(
                "SELECT path, data, sha256, origin FROM drafter.documents WHERE id = %s",
                (doc_id,),
            ).fetchone()
            if row is None:
                raise LibraryError(f"no document {doc_id} in the library")
            ops, _ = store.corrections_for(conn, row[2], row[3], row[0])
        doc = None
        if row[1]:
            with contextlib.suppress(Exception):  # written by an older Drafter: read the file
                doc = decode_document(bytes(row[1]))
        if doc is None:
            doc = load_document(row[0])
        return apply_corrections(doc, ops).document if ops else doc

    # The user's corrections (drafter.corpus.corrections), shared by the office

    def corrections(self, doc_id: str) -> Corrections:
        """A document's corrections, flagged stale when made on an earlier version of its file, with
        the ops that no longer apply listed as skipped.
        """
        with self._conn() as conn:
            row = conn.execute(
                "SELECT sha256, origin, path, data FROM drafter.documents WHERE id = %s",
                (doc_id,),
            ).fetchone()
            if row is None:
                raise LibraryError(f"no document {doc_id} in the library")
            ops, made_on = store.corrections_for(conn, row[0], row[1], row[2])
        skipped: list[dict] = []
        if ops and made_on != row[0]:
            doc = decode_document(bytes(row[3])) if row[3] else load_document(row[2])
            skipped = apply_corrections(doc, ops).skipped
        return Corrections(ops, made_on is not None and made_on != row[0], skipped)

    def set_corrections(self, doc_id: str, ops: list[dict]) -> DocumentInfo:
        """Replace a document's corrections and re-index its paragraphs in one transaction, so every
        client sees both or neither.
        """
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
            conn.execute(
                "DELETE FROM drafter.corrections WHERE (origin = %s AND path = %s) OR sha256 = %s",
                (origin, info.path, info.sha256),
            )
            if ops:
                conn.execute(
                    "INSERT INTO drafter.corrections (sha256, origin, path, ops, updated) "
                    "VALUES (%s, %s, %s, %s, %s)",
                    (info.sha256, origin, info.path, Jsonb(list(ops)), now_iso()),
                )
            blob = row[NINFO + 2]
            task = Task(
                0,
                info.path,
                info.id,
                info.sha256,
                row[NINFO],
                row[NINFO + 1],
                info.added,
                bytes(blob) if blob else None,
            )
            task.corrections = list(ops)
            prepared = prepare(task, self._segmenter(words))
            if prepared.error:
                raise LibraryError(prepared.error)
            store.unstat(conn, [doc_id])
            conn.execute("DELETE FROM drafter.paragraphs WHERE doc_id = %s", (doc_id,))
            with conn.cursor() as cur:
                store.update_row(cur, prepared)
                counts = store.copy_paragraphs(cur, [prepared])
            store.add_stats(conn, *counts)
            store.bump(conn)
        return prepared.info

    def edit_metadata(self, doc_id: str, **values: str | None) -> DocumentInfo:
        """Set metadata fields as corrections: the new values replace earlier corrections of the
        same fields, other corrections are kept.
        """
        new = [meta_op(name, value) for name, value in values.items()]
        fields = {op["field"] for op in new}
        ops = [
            op
            for op in self.corrections(doc_id).ops
            if not (op.get("op") == "meta" and op.get("field") in fields)
        ]
        return self.set_corrections(doc_id, ops + new)

    def export_corrections(self) -> list[tuple[str, str, list[dict]]]:
        """Every stored correction as (content sha256, path, ops), for ``library copy``."""
        with self._conn() as conn:
            rows = conn.execute("SELECT sha256, path, ops FROM drafter.corrections").fetchall()
        return [(sha, path, list(ops)) for sha, path, ops in rows]

    def import_corrections(self, records: list[tuple[str, str, list[dict]]]) -> int:
        """Store corrections from another library; content that already has some here keeps them
        (``ON CONFLICT DO NOTHING``). Returns how many were added.
        """
        added = 0
        with self._conn() as conn, self._writing(conn):
            for sha, path, ops in records:
                added += conn.execute(
                    "INSERT INTO drafter.corrections (sha256, origin, path, ops, updated) "
                    "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
                    (sha, self.origin, path, Jsonb(list(ops)), now_iso()),
                ).rowcount
            if added:
                store.bump(conn)
        return added

    def stale_corrections(self) -> set[str]:
        """Ids of documents whose file changed after they were corrected and whose new content has
        no corrections of its own.
        """
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT d.id FROM drafter.corrections c JOIN drafter.documents d "
                "ON d.origin = c.origin AND d.path = c.path WHERE d.sha256 <> c.sha256 "
                "AND NOT EXISTS (SELECT 1 FROM drafter.corrections c2 WHERE c2.sha256 = d.sha256)"
            ).fetchall()
        return {r[0] for r in rows}

    def revision(self) -> str:
        """The database's generation counter, bumped in every writing transaction by any client."""
        return self._read(
            lambda conn: str(conn.execute("SELECT generation FROM drafter.stats").fetchone()[0])
        )

    def wait_for_change(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds for another writer's commit (LISTEN/NOTIFY);
        True when one came."""
        if self._listener is None:
            try:
                self._listener = psycopg.connect(
                    self.spec, autocommit=True, **connect_kwargs(self.spec)
                )
            except psycopg.OperationalError as exc:
                raise connection_error(self.spec, exc) from None
            self._listener.execute(f"LISTEN {schema.CHANNEL}")
        for _ in self._listener.notifies(timeout=timeout, stop_after=1):
            return True
        return False

    def info(self) -> dict:
        """Counts and sizes for ``drafter library info``: documents, paragraphs and the server's own
        size figures for the index and catalog tables.
        """
        with self._conn() as conn:
            docs, paragraphs, chars, size = conn.execute(
                "SELECT count(*), coalesce(sum(paragraphs), 0), coalesce(sum(chars), 0), "
                "coalesce(sum(size), 0) FROM drafter.documents"
            ).fetchone()
            index_bytes, catalog_bytes, db_bytes = conn.execute(
                "SELECT pg_total_relation_size('drafter.paragraphs') "
                "+ pg_total_relation_size('drafter.terms'), "
                "pg_total_relation_size('drafter.documents'), "
                "pg_database_size(current_database())"
            ).fetchone()
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

    # Search

    def _indexed_words(self) -> list[str]:
        raw = self._state("indexed_words")
        return sorted(json.loads(raw)) if raw else []

    def _segmenter(self, words: list[str]) -> Segmenter:
        key = tuple(sorted(words))
        found = self._segmenters.get(key)
        if found is None:
            self._segmenters.clear()
            found = Segmenter(key, self.backend, self.root / "cache")
            self._segmenters[key] = found
        return found

    def search(
        self,
        query: str,
        limit: int = 20,
        sort: str = "relevance",
        headings_only: bool = False,
        filters: dict | None = None,
    ) -> SearchResults:
        """One round trip in the usual case: the query, its statistics (IDF, average
        length) and the hits' document records come back together, with the library's
        generation; only when that moved is the user dictionary read again (and the
        search redone if it changed, which a re-index does)."""
        started = time.perf_counter()
        if sort not in SORTS:
            raise QueryError(f"未知的排序方式“{sort}”，可用：relevance（相关度）、date（日期）")

        def run(conn):
            if self._words_seen is None:
                self._read_words(conn)
            while True:
                words, seen = self._words_seen
                segmenter = self._segmenter(words)
                result = search_once(
                    conn, segmenter, query, limit, sort, headings_only, filters or {}
                )
                if result[0] == seen:
                    return result, segmenter
                self._read_words(conn)
                if self._words_seen[0] == words:
                    return result, segmenter  # documents changed, the dictionary did not

        result, segmenter = self._read(run)
        _, rows, scored, compiled = result
        total = int(rows[0][6]) if rows else 0
        hits = []
        for row in rows:
            doc_id, idx, text, section, is_heading, value, _ = row[:7]
            hits.append(
                SearchHit(
                    score=float(value) if scored else 0.0,
                    document=DocumentInfo(*row[7:]),
                    section=list(section),
                    paragraph_index=int(idx),
                    is_heading=bool(is_heading),
                    text=text,
                    highlights=highlight_spans(text, compiled.highlight, segmenter),
                )
            )
        elapsed = (time.perf_counter() - started) * 1000
        return SearchResults(query=query, total=total, elapsed_ms=elapsed, hits=hits)

    def _read_words(self, conn) -> None:
        row = conn.execute(
            "SELECT s.generation, w.value FROM drafter.stats s "
            "LEFT JOIN drafter.state w ON w.key = 'indexed_words'"
        ).fetchone()
        words = sorted(json.loads(row[1])) if row[1] else []
        self._words_seen = (words, int(row[0]))

    # User dictionary, watched folders, state

    def words(self) -> list[str]:
        """The shared user dictionary, sorted."""
        with self._conn() as conn:
            return [r[0] for r in conn.execute("SELECT word FROM drafter.words ORDER BY word")]

    def add_words(self, words: Iterable[str]) -> None:
        """Add dictionary words for everyone and bump the generation so other clients notice."""
        clean = _clean_words(words)
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
        clean = _clean_words(words)
        with self._conn() as conn, conn.transaction():
            conn.execute("DELETE FROM drafter.words WHERE word = ANY(%s)", (clean,))
            store.bump(conn)

    def needs_reindex(self) -> bool:
        """True when the dictionary or the vocabulary version differs from what the index was built
        with.
        """
        if sorted(self.words()) != self._indexed_words():
            return True
        built = self._state("vocabulary")
        return built is not None and built != vocabulary.VERSION

    def watched_folders(self) -> list[str]:
        """This machine's folders remembered for sync (folders are per origin: another office PC has
        its own paths).
        """
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT path FROM drafter.folders WHERE origin = %s ORDER BY path", (self.origin,)
            )
            return [r[0] for r in rows]

    def watch(self, folder: str | Path) -> None:
        """Remember a folder of this machine for sync, by resolved path; a path that is not a folder
        is refused.
        """
        path = Path(folder).expanduser()
        if not path.is_dir():
            raise LibraryError(f"{folder}: not a folder")
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO drafter.folders (origin, path) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                (self.origin, str(path.resolve())),
            )

    def unwatch(self, folder: str | Path) -> None:
        """Forget a folder of this machine; its documents stay."""
        with self._conn() as conn:
            conn.execute(
                "DELETE FROM drafter.folders WHERE origin = %s AND path = %s",
                (self.origin, str(Path(folder).expanduser().resolve())),
            )

    def _state(self, key: str) -> str | None:
        with self._conn() as conn:
            row = conn.execute("SELECT value FROM drafter.state WHERE key = %s", (key,)).fetchone()
        return row[0] if row else None

    # Office lists (review's leader names, wording and so on), shared by the office

    def office_lists(self) -> dict[str, str]:
        """Every office list: name -> TOML text."""
        with self._conn() as conn:
            rows = conn.execute("SELECT name, content FROM drafter.office_lists ORDER BY name")
            return {name: content for name, content in rows}

    def put_office_list(self, name: str, content: str) -> None:
        """Create or replace one office list."""
        with self._conn() as conn, conn.transaction():
            conn.execute(
                "INSERT INTO drafter.office_lists (name, content) VALUES (%s, %s) "
                "ON CONFLICT (name) DO UPDATE SET content = EXCLUDED.content, "
                "updated = now(), updated_by = current_user",
                (name, content),
            )
            store.bump(conn)

    LISTS_FOLDER = "review"  # where drafter.review reads office lists: <library.root>/review

    def pull_office_lists(self) -> list[str]:
        """Write the team's office lists into this user's local folder, where review reads
        them (``root/review``); returns the names written. Lists the team has not set are
        left alone (review falls back to its defaults)."""
        from drafter.atomic import atomic_write_text

        written = []
        folder = self.root / self.LISTS_FOLDER
        for name, content in self.office_lists().items():
            path = folder / name
            try:
                if path.is_file() and path.read_text("utf-8") == content:
                    continue
                folder.mkdir(parents=True, exist_ok=True)
                atomic_write_text(path, content)
            except OSError:
                continue  # a local mirror only: review then uses what it has
            written.append(name)
        return written

    def push_office_lists(self) -> list[str]:
        """Publish this user's edited office lists (``root/review/*.toml``) to the team;
        returns the names published."""
        folder = self.root / self.LISTS_FOLDER
        published = []
        current = self.office_lists()
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            content = path.read_text("utf-8")
            if current.get(path.name) != content:
                self.put_office_list(path.name, content)
                published.append(path.name)
        return published

    def remove_office_list(self, name: str) -> bool:
        """Delete one office list; False when there was none."""
        with self._conn() as conn, conn.transaction():
            gone = conn.execute(
                "DELETE FROM drafter.office_lists WHERE name = %s", (name,)
            ).rowcount
            store.bump(conn)
        return bool(gone)

    # Writing

    @contextmanager
    def _writing(self, conn):
        """A transaction holding the writers' advisory lock (waits ``lock_timeout``)."""
        with conn.transaction():
            got = conn.execute(
                "SELECT pg_try_advisory_xact_lock(%s)", (schema.WRITE_LOCK,)
            ).fetchone()[0]
            if not got:
                if self.lock_timeout == 0:
                    raise LibraryBusy(f"{self.location}: 团队资料库正忙（另一位同事正在写入）")
                if self.on_wait is not None:
                    self.on_wait()
                conn.execute(f"SET LOCAL lock_timeout = '{int(self.lock_timeout * 1000)}ms'")
                try:
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (schema.WRITE_LOCK,))
                except pgerrors.LockNotAvailable:
                    raise LibraryBusy(
                        f"{self.location}: 团队资料库正忙（另一位同事正在写入）"
                    ) from None
                conn.execute("SET LOCAL lock_timeout = 0")
            yield conn

    def add(
        self, paths: Iterable[str | Path], cancel: Callable[[], bool] | None = None
    ) -> Iterator[ImportProgress]:
        """Import files and folders; a generator yielding progress, cancellable."""
        return self._update(list(paths), None, cancel or _never)

    def sync(
        self, folder: str | Path, cancel: Callable[[], bool] | None = None
    ) -> Iterator[ImportProgress]:
        """Make the library match ``folder`` (add new, re-index changed, drop deleted from this
        machine); a generator yielding progress.
        """
        path = Path(folder).expanduser()
        if not path.is_dir():
            raise LibraryError(f"{folder}: not a folder")
        return self._update([path], path.resolve(), cancel or _never)

    def remove(self, doc_id_or_path: str) -> bool:
        """Remove one document by id or by this machine's path; False when there is none."""
        with self._conn() as conn, self._writing(conn):
            row = conn.execute(
                "SELECT id FROM drafter.documents WHERE id = %s", (doc_id_or_path,)
            ).fetchone()
            if row is None:
                path = str(Path(doc_id_or_path).expanduser().resolve())
                row = conn.execute(
                    "SELECT id FROM drafter.documents WHERE origin = %s AND path = %s",
                    (self.origin, path),
                ).fetchone()
            if row is None:
                return False
            store.delete(conn, [row[0]])
            store.bump(conn)
            return True

    def _update(
        self, paths: list, folder: Path | None, cancel: Callable[[], bool]
    ) -> Iterator[ImportProgress]:
        progress = ImportProgress(0, 0, 0, 0, "", [], "scan")
        yield progress
        files, errors = scan(paths, progress.skipped)
        progress.errors.extend(errors)
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT path, id, size, mtime_ns, sha256 FROM drafter.documents WHERE origin = %s",
                (self.origin,),
            ).fetchall()
            present = {r[0] for r in conn.execute("SELECT id FROM drafter.documents")}
        states = {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}
        paths_by_id = {state[0]: path for path, state in states.items()}
        todo = plan(files, states, paths_by_id, cancel)
        progress.errors.extend(todo.errors)
        removed = list(todo.removed)
        if folder is not None and not cancel():
            present_files = {str(f) for f in files}
            moved = {doc_id for doc_id, *_ in todo.touched}
            removed += [
                state[0]
                for path, state in states.items()
                if under(path, folder) and path not in present_files and state[0] not in moved
            ]
        tasks = []
        for task in todo.tasks:
            if task.doc_id in present:  # already in the team library (another machine's)
                todo.unchanged += 1
                continue
            tasks.append(task)
        progress.unchanged = todo.unchanged
        progress.duplicates = todo.duplicates
        progress.total_files = len(tasks)
        progress.total_bytes = sum(t.size for t in tasks)
        progress.phase = "read"
        yield progress
        done = yield from self._import(tasks, cancel, progress)
        self._tidy(len(done))
        stale = set(removed)
        if stale or todo.touched:
            with self._conn() as conn, self._writing(conn):
                if stale:
                    store.delete(conn, sorted(stale))
                for doc_id, path, size, mtime in todo.touched:
                    store.delete_at_path(conn, self.origin, path, doc_id)
                    conn.execute(
                        "UPDATE drafter.documents SET origin = %s, path = %s, size = %s, "
                        "mtime_ns = %s WHERE id = %s",
                        (self.origin, path, size, mtime, doc_id),
                    )
                store.bump(conn)
        tally_import(progress, [(t.path, t.replaces) for t in done], todo.copies, removed, cancel())
        progress.current = ""
        yield progress

    def _import(
        self, tasks: list[Task], cancel: Callable[[], bool], progress: ImportProgress
    ) -> Iterator[ImportProgress]:
        """Read ``tasks`` and store them in batches; returns the tasks stored."""
        if not tasks or cancel():
            progress.phase = "commit"
            yield progress
            return []
        words = self._indexed_words()
        with self._conn() as conn:  # the user's corrections follow the content (and path)
            for task in tasks:
                if task.corrections is None:
                    task.corrections = store.corrections_for(
                        conn, task.sha256, self.origin, task.path
                    )[0]
        by_key = {t.key: t for t in tasks}
        stored: list[Task] = []
        batch: list[Prepared] = []
        batch_bytes = 0

        prepared_iter = prepare_all(
            tasks,
            lambda: self._segmenter(words),
            words,
            self.backend,
            str(self.root / "cache"),
            self.workers,
            cancel,
        )
        for prepared in prepared_iter:
            progress.done_files += 1
            progress.done_bytes += prepared.size
            progress.current = prepared.path
            if prepared.error:
                progress.errors.append((prepared.path, prepared.error))
            else:
                batch.append(prepared)
                batch_bytes += prepared.size
            yield progress
            if len(batch) >= self.batch_documents or batch_bytes >= BATCH_BYTES:
                progress.phase = "commit"
                yield progress
                stored.extend(self._store(batch, by_key))
                batch, batch_bytes = [], 0
                progress.phase = "read"
        progress.phase = "commit"
        progress.current = ""
        yield progress
        if batch:
            stored.extend(self._store(batch, by_key))
        return stored

    def _store(self, batch: list[Prepared], by_key: dict[int, Task]) -> list[Task]:
        """Commit one batch in one transaction; returns the tasks actually inserted."""
        inserted: list[Task] = []
        with self._conn() as conn, self._writing(conn):
            stale = [by_key[p.key].replaces for p in batch if by_key[p.key].replaces]
            if stale:
                store.delete(conn, stale)
            with conn.cursor() as cur:
                new = []
                for p in batch:
                    if store.insert_document(cur, p, self.origin):
                        new.append(p)
                paragraphs, total_len, df = store.copy_paragraphs(cur, new)
            store.add_stats(conn, paragraphs, total_len, df)
            store.bump(conn)
            inserted = [by_key[p.key] for p in new]
        return inserted

    TIDY_AFTER = 20  # documents: a smaller import leaves housekeeping to autovacuum

    def _tidy(self, added: int) -> None:
        """After a big import: merge the GIN index's pending list (new entries wait there
        until autovacuum; every search scans it until then, several milliseconds after a
        bulk load) and refresh the planner's statistics. Best effort: only the tables'
        owner may, and autovacuum does the same later anyway."""
        if added < self.TIDY_AFTER:
            return
        with contextlib.suppress(psycopg.Error), self.pool.connection() as conn:
            conn.execute("SELECT gin_clean_pending_list('drafter.paragraphs_tsv'::regclass)")
            conn.execute("ANALYZE drafter.documents, drafter.paragraphs, drafter.terms")

    def reindex(
        self, cancel: Callable[[], bool] | None = None, reread: bool = False
    ) -> Iterator[ImportProgress]:
        """Rebuild the index with the current dictionary (``reread``: parse the files again); a
        generator yielding progress.
        """
        return self._reindex(cancel or _never, reread)

    def _reindex(self, cancel: Callable[[], bool], reread: bool) -> Iterator[ImportProgress]:
        words = self.words()
        with self._conn() as conn:
            rows = conn.execute(
                f"SELECT {INFO_COLUMNS}, size, mtime_ns, data, origin FROM drafter.documents "
                "ORDER BY seq"
            ).fetchall()
            corrections = {
                row[0]: store.corrections_for(conn, row[14], row[NINFO + 3], row[1])[0]
                for row in rows
            }
        tasks = []
        for n, row in enumerate(rows):
            info = DocumentInfo(*row[:NINFO])
            size, mtime, blob = row[NINFO], row[NINFO + 1], row[NINFO + 2]
            use_file = reread and Path(info.path).is_file()
            tasks.append(
                Task(
                    n,
                    info.path,
                    info.id,
                    info.sha256,
                    size,
                    mtime,
                    info.added,
                    None if use_file else bytes(blob) if blob else None,
                    corrections=corrections[info.id],
                )
            )
        progress = ImportProgress(0, len(tasks), 0, sum(t.size for t in tasks), "", [], "read")
        yield progress
        prepared: list[Prepared] = []
        for p in prepare_all(
            tasks,
            lambda: self._segmenter(words),
            words,
            self.backend,
            str(self.root / "cache"),
            self.workers,
            cancel,
        ):
            progress.done_files += 1
            progress.done_bytes += p.size
            progress.current = p.path
            if p.error:
                progress.errors.append((p.path, p.error))
            else:
                prepared.append(p)
            yield progress
        if cancel():
            progress.cancelled = True
            progress.phase = "done"
            yield progress
            return
        progress.phase = "commit"
        progress.current = ""
        yield progress
        ok = {p.info.id for p in prepared}
        with self._conn() as conn, self._writing(conn):
            gone = [t.doc_id for t in tasks if t.doc_id not in ok]
            if gone:
                conn.execute("DELETE FROM drafter.documents WHERE id = ANY(%s)", (gone,))
            conn.execute("DELETE FROM drafter.paragraphs")
            conn.execute("DELETE FROM drafter.terms")
            conn.execute("UPDATE drafter.stats SET paragraphs = 0, total_len = 0")
            with conn.cursor() as cur:
                for p in prepared:
                    store.update_row(cur, p)
                paragraphs, total_len, df = store.copy_paragraphs(cur, prepared)
            store.add_stats(conn, paragraphs, total_len, df)
            store.set_state(conn, "indexed_words", json.dumps(sorted(words), ensure_ascii=False))
            store.set_state(conn, "vocabulary", vocabulary.VERSION)
            store.bump(conn)
        progress.phase = "done"
        progress.reindexed = len(prepared)
        yield progress

    # Copying between libraries

    def export_records(self) -> Iterator[Record]:
        """Every document with its cached parse, read 200 at a time so a large library never sits in
        memory at once.
        """
        with self._conn() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM drafter.documents ORDER BY seq")]
        for start in range(0, len(ids), 200):
            chunk = ids[start : start + 200]
            with self._conn() as conn:
                rows = conn.execute(
                    f"SELECT {INFO_COLUMNS}, size, mtime_ns, data FROM drafter.documents "
                    "WHERE id = ANY(%s) ORDER BY seq",
                    (chunk,),
                ).fetchall()
            for row in rows:
                blob = row[NINFO + 2]
                info = DocumentInfo(*row[:NINFO])
                yield info, row[NINFO], row[NINFO + 1], bytes(blob) if blob else None

    def import_records(
        self, records: Iterable[Record], cancel: Callable[[], bool] | None = None
    ) -> Iterator[ImportProgress]:
        """Add documents from another library from their cached parses; a generator yielding
        progress, committed in batches.
        """
        return self._import_records(records, cancel or _never)

    def _import_records(
        self, records: Iterable[Record], cancel: Callable[[], bool]
    ) -> Iterator[ImportProgress]:
        progress = ImportProgress(0, 0, 0, 0, "", [], "scan")
        yield progress
        with self._conn() as conn:
            present = {r[0] for r in conn.execute("SELECT id FROM drafter.documents")}
        tasks = copy_tasks(records, present, progress)
        progress.phase = "read"
        yield progress
        done = yield from self._import(tasks, cancel, progress)
        self._tidy(len(done))
        progress.added = len(done)
        progress.cancelled = cancel()
        progress.phase = "done"
        progress.current = ""
        yield progress


def _never() -> bool:
    return False


__all__ = ["PgLibrary"]


def _configure(conn) -> None:
    """Session settings for the pool's connections: no JIT (a search is a few
    milliseconds of work; compiling it would take seconds when the planner misjudges
    a row count); statements prepared at once and planned once per shape (a search's
    SQL depends only on the query's structure, its words are parameters, and planning
    the score expression cost more than running a typical search); no parallel workers
    (a search is short and many run at once: starting workers costs more than it saves)."""
    conn.execute("SET jit = off")
    conn.execute("SET plan_cache_mode = force_generic_plan")
    # many writers search at once: one process per search, not a few per search
    conn.execute("SET max_parallel_workers_per_gather = 0")
    conn.prepare_threshold = 0
