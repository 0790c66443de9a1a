"""The library facade: a folder holding the catalogue and the paragraph index.

Layout of a library folder::

    catalog.sqlite3     documents (with their parsed text), user words, watched folders
    index/ or index-N/  the Whoosh paragraph index named by the catalogue's state
    write.lock          held while one process writes (add, sync, remove, re-index)
    cache/              jieba's dictionary cache when the Python jieba is used

Consistency: a write commits the index first and the catalogue second (a removal does
the reverse), and every write starts by reconciling the two under the lock: paragraphs
of documents the catalogue does not know are deleted, catalogue rows with no paragraphs
are dropped (the next add or sync brings them back). Searches skip hits whose document
is not in the catalogue. So a crash at any point leaves a library that opens and
searches, and the next add or sync finishes the job.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from drafter.corpus import Document, load_document
from drafter.corpus.bounds import can_time_limit
from drafter.corpus.corrections import apply_corrections, meta_op
from drafter.library import index as ix_mod
from drafter.library import vocabulary
from drafter.library.analyzer import Segmenter
from drafter.library.backend import LibraryBackend, Record
from drafter.library.build import (
    Built,
    ParagraphWriter,
    Task,
    WorkerConfig,
    WorkerPool,
    copy_tasks,
    index_task,
    now_iso,
    tally_import,
)
from drafter.library.catalog import Catalog, decode_document
from drafter.library.model import (
    Corrections,
    DocumentInfo,
    ImportProgress,
    LibraryBusy,
    LibraryError,
    SearchResults,
)
from drafter.library.search import SearchEngine
from drafter.library.sync import plan, scan, under

ENV_VAR = "DRAFTER_LIBRARY"
CATALOG_NAME = "catalog.sqlite3"
LOCK_NAME = "write.lock"


def default_library_dir() -> Path:
    """``$DRAFTER_LIBRARY`` if set, else the user's data directory (platformdirs)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("drafter", appauthor=False)) / "library"


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


class Library(LibraryBackend):
    """A local document library in a folder: import, sync, search. Open with
    :meth:`Library.open` (or :func:`drafter.library.open_library`, which also opens team
    libraries on a database server).

    Many processes may read (search, list) at once; one at a time writes. A writer that
    finds the library busy waits ``lock_timeout`` seconds, then raises
    :class:`LibraryBusy`.
    """

    # Batches smaller than this are indexed in this process (starting workers and loading
    # the dictionary in each costs more than it saves).
    IN_PROCESS_BYTES = 3 << 20

    def __init__(
        self,
        root: Path,
        catalog: Catalog,
        *,
        lock_timeout: float = 5.0,
        workers: int | None = None,
        backend: str = "auto",
    ) -> None:
        self.root = root
        self.location = str(root)
        self.catalog = catalog
        self._writes = 0  # own commits (SQLite's data_version counts only other connections')
        self.lock_timeout = lock_timeout
        # Called once when a write must wait for another process (to say so); or None.
        self.on_wait: Callable[[], None] | None = None
        self.workers = workers or min(_cpu_count(), 8)
        self.backend = backend
        self._segmenters: dict[tuple[str, ...], Segmenter] = {}
        self._index = None
        self._index_name: str | None = None
        self._docs: dict[str, DocumentInfo] | None = None
        self._docs_version: int | None = None
        self._engine = SearchEngine(self._current_index, self._documents, self._query_segmenter)

    @classmethod
    def open(cls, root: str | Path, create: bool = True, **options) -> Library:
        """Open the library in ``root``; create it there when ``create`` is true.

        A folder or file the user may not read is a :class:`LibraryError` in one line,
        never a PermissionError from deep inside SQLite or Whoosh."""
        root = Path(root).expanduser()
        try:
            return cls._open(root, create, **options)
        except PermissionError as exc:
            where = exc.filename or root
            raise LibraryError(f"{where}: 无法读取资料库（没有访问权限）") from None
        except OSError as exc:
            raise LibraryError(f"{root}: 无法读取资料库（{exc.strerror or exc}）") from None

    @classmethod
    def _open(cls, root: Path, create: bool, **options) -> Library:
        catalog_path = root / CATALOG_NAME
        if not catalog_path.exists():
            if not create:
                raise LibraryError(f"{root}: no Drafter library here")
            if root.exists() and not root.is_dir():
                raise LibraryError(f"{root}: not a folder")
            try:
                root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"{root}: cannot create the library ({exc.strerror})") from exc
        catalog = Catalog(catalog_path)
        if not catalog.readonly and catalog.get_state("vocabulary") is None and not catalog.ids():
            catalog.set_state("vocabulary", vocabulary.VERSION)  # a new, empty library
        library = cls(root, catalog, **options)
        library._current_index()  # create the empty index with the library
        return library

    def close(self) -> None:
        """Close the search index and the catalog (see :meth:`LibraryBackend.close`)."""
        self._engine.close()
        self.catalog.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # Reading

    def documents(self) -> list[DocumentInfo]:
        """Every document, newest first, from the SQLite catalog."""
        return self.catalog.documents()

    def document(self, doc_id: str) -> DocumentInfo | None:
        """One document's record from the catalog, or None."""
        return self.catalog.document(doc_id)

    def load(self, doc_id: str) -> Document:
        """The parsed document, from the library's cache (the source file may be gone)."""
        info = self.catalog.document(doc_id)
        if info is None:
            raise LibraryError(f"no document {doc_id} in the library")
        doc = None
        blob = self.catalog.data(doc_id)
        if blob:
            with contextlib.suppress(Exception):  # written by an older Drafter: read the file
                doc = decode_document(blob)
        if doc is None:
            doc = load_document(info.path)
        ops, _ = self.catalog.corrections_for(info.sha256, info.path)
        return apply_corrections(doc, ops).document if ops else doc

    # The user's corrections (drafter.corpus.corrections)

    def corrections(self, doc_id: str) -> Corrections:
        """The corrections stored for a document, and whether they were made on another
        version of its file (then they are replayed where their text still matches, and
        flagged so the user checks them)."""
        info = self._info(doc_id)
        ops, made_on = self.catalog.corrections_for(info.sha256, info.path)
        skipped: list[dict] = []
        if ops and made_on != info.sha256:
            blob = self.catalog.data(doc_id)
            doc = decode_document(blob) if blob else load_document(info.path)
            skipped = apply_corrections(doc, ops).skipped
        return Corrections(ops, made_on is not None and made_on != info.sha256, skipped)

    def set_corrections(self, doc_id: str, ops: list[dict]) -> DocumentInfo:
        """Store a document's corrections (replacing any) and re-index it at once, so the
        catalogue's title and the index's heading paths follow. Storing them also marks
        them checked against the file's current content. Returns the new record."""
        info = self._info(doc_id)
        with self._writing():
            with self.catalog.transaction() as db:
                Catalog.put_corrections(db, info.sha256, info.path, list(ops), now_iso())
            return self._reindex_documents([info])[0]

    def edit_metadata(self, doc_id: str, **values: str | None) -> DocumentInfo:
        """Set title, subtitle, speaker, post, date, occasion or genre (keyword arguments;
        an empty string clears one). Dates are checked (2025-02-30 is refused with
        :class:`~drafter.corpus.corrections.CorrectionError`)."""
        new = [meta_op(name, value) for name, value in values.items()]
        fields = {op["field"] for op in new}
        ops = [
            op
            for op in self.corrections(doc_id).ops
            if not (op.get("op") == "meta" and op.get("field") in fields)
        ]
        return self.set_corrections(doc_id, ops + new)

    def export_corrections(self) -> list[tuple[str, str, list[dict]]]:
        """Every stored correction as (content sha256, path, ops), read in one query under the
        catalog lock.
        """
        with self.catalog._lock:
            rows = self.catalog._db.execute("SELECT sha256, path, ops FROM corrections").fetchall()
        return [(sha, path, json.loads(ops)) for sha, path, ops in rows]

    def import_corrections(self, records: list[tuple[str, str, list[dict]]]) -> int:
        """Store corrections from another library in one transaction; content that already has
        corrections here keeps them. Returns how many were added.
        """
        added = 0
        with self._writing(), self.catalog.transaction() as db:
            for sha, path, ops in records:
                if db.execute("SELECT 1 FROM corrections WHERE sha256 = ?", (sha,)).fetchone():
                    continue
                db.execute(
                    "INSERT INTO corrections (sha256, path, ops, updated) VALUES (?, ?, ?, ?)",
                    (sha, path, json.dumps(ops, ensure_ascii=False), now_iso()),
                )
                added += 1
        return added

    def stale_corrections(self) -> set[str]:
        """Ids of documents whose corrections were made on an earlier version of the file."""
        paths = self.catalog.stale_corrections()
        return {d.id for d in self.catalog.documents() if d.path in paths} if paths else set()

    def _info(self, doc_id: str) -> DocumentInfo:
        info = self.catalog.document(doc_id)
        if info is None:
            raise LibraryError(f"no document {doc_id} in the library")
        return info

    def _reindex_documents(self, infos: list[DocumentInfo]) -> list[DocumentInfo]:
        """Index these documents' paragraphs again from their cached parse (under the
        write lock): old paragraphs out, corrected ones in, catalogue rows updated."""
        index = self._current_index()
        segmenter = self._segmenter(self._indexed_words())
        writer = ParagraphWriter(index, lock=False)
        done: list[Built] = []
        try:
            for n, info in enumerate(infos):
                size, mtime = self.catalog.file_states().get(info.path, (None, 0, 0, ""))[1:3]
                task = Task(
                    n,
                    info.path,
                    info.id,
                    info.sha256,
                    size,
                    mtime,
                    info.added,
                    self.catalog.data(info.id),
                )
                task.corrections = self.catalog.corrections_for(info.sha256, info.path)[0]
                writer.delete_by_term("doc", info.id)
                built = index_task(task, segmenter, writer)
                if built.error:
                    raise LibraryError(built.error)
                done.append(built)
            ix_mod.commit_segments(writer, [])
        except BaseException:
            writer.cancel()
            raise
        with self.catalog.transaction() as db:
            for b in done:
                Catalog.put_document(db, b.info, b.size, b.mtime_ns, b.data)
        self._docs = None
        return [b.info for b in done]

    def search(
        self,
        query: str,
        limit: int = 20,
        sort: str = "relevance",
        headings_only: bool = False,
        filters: dict | None = None,
    ) -> SearchResults:
        """Search paragraphs; see :mod:`drafter.library.query` for the syntax."""
        return self._engine.search(query, limit, sort, headings_only, filters)

    def revision(self) -> str:
        """Catalog data version, this process's write count, index folder and index generation
        joined: any of them changes when a writer (here or another process) commits.
        """
        index = self._current_index()
        return (
            f"{self.catalog.data_version()}.{self._writes}."
            f"{self._index_folder()}.{index.latest_generation()}"
        )

    def info(self) -> dict:
        """Counts and sizes of the local library (catalog, index, sources, dictionary) for ``drafter
        library info`` and the preferences.
        """
        docs, paragraphs, chars = self.catalog.totals()
        words = self.catalog.words()
        return {
            "path": str(self.root),
            "documents": docs,
            "paragraphs": paragraphs,
            "chars": chars,
            "bytes": self.catalog.source_bytes(),
            "index_bytes": ix_mod.index_bytes(self.root / self._index_folder()),
            "catalog_bytes": _size(self.root / CATALOG_NAME),
            "words": len(words),
            "reindex_needed": self.needs_reindex(),
            "watched_folders": self.catalog.folders(),
        }

    # User dictionary

    def words(self) -> list[str]:
        """The user dictionary, sorted."""
        return self.catalog.words()

    def add_words(self, words: Iterable[str]) -> None:
        """Add words to the user dictionary. They take effect at the next
        :meth:`reindex` (indexed text and queries must be cut the same way)."""
        clean = _clean_words(words)
        self.catalog.add_words(clean, now_iso())
        self._writes += 1

    def remove_words(self, words: Iterable[str]) -> None:
        """Remove dictionary words (they stop applying after a reindex) and count it as a write so
        panels refresh.
        """
        self.catalog.remove_words(_clean_words(words))
        self._writes += 1

    def needs_reindex(self) -> bool:
        """True when the user dictionary (or Drafter's built-in vocabulary, after an
        upgrade) differs from the one the index was built with."""
        if sorted(self.catalog.words()) != self._indexed_words():
            return True
        built = self.catalog.get_state("vocabulary")
        return built is not None and built != vocabulary.VERSION

    # Watched folders

    def watched_folders(self) -> list[str]:
        """The folders remembered for sync."""
        return self.catalog.folders()

    def watch(self, folder: str | Path) -> None:
        """Remember a folder for sync, by its resolved path so one folder is never listed twice; a
        path that is not a folder is refused.
        """
        path = Path(folder).expanduser()
        if not path.is_dir():
            raise LibraryError(f"{folder}: not a folder")
        self.catalog.add_folder(str(path.resolve()))

    def unwatch(self, folder: str | Path) -> None:
        """Forget a folder (by resolved path); its documents stay."""
        self.catalog.remove_folder(str(Path(folder).expanduser().resolve()))

    # Writing

    def add(
        self, paths: Iterable[str | Path], cancel: Callable[[], bool] | None = None
    ) -> Iterator[ImportProgress]:
        """Import files and folders (recursively). Yields progress after every file;
        per-file errors are collected in ``progress.errors`` and the batch goes on.
        Unchanged files are skipped, so adding twice does not duplicate anything."""
        return self._update(list(paths), None, cancel or _never)

    def sync(
        self, folder: str | Path, cancel: Callable[[], bool] | None = None
    ) -> Iterator[ImportProgress]:
        """Make the library match ``folder``: add new files, re-index changed ones (by
        content hash) and remove documents whose file under the folder is gone."""
        path = Path(folder).expanduser()
        if not path.is_dir():
            raise LibraryError(f"{folder}: not a folder")
        return self._update([path], path.resolve(), cancel or _never)

    def remove(self, doc_id_or_path: str) -> bool:
        """Remove a document by id or by file path; False when there is no such document."""
        with self._writing():
            info = self.catalog.document(doc_id_or_path)
            if info is None:
                info = self.catalog.by_path(str(Path(doc_id_or_path).expanduser().resolve()))
            if info is None:
                return False
            # Catalogue first: a crash now leaves index orphans, which are reconciled.
            with self.catalog.transaction() as db:
                db.execute("DELETE FROM documents WHERE id = ?", (info.id,))
            self._docs = None
            writer = ParagraphWriter(self._current_index(), lock=False)
            writer.delete_by_term("doc", info.id)
            ix_mod.commit_segments(writer, [])
            return True

    def reindex(
        self, cancel: Callable[[], bool] | None = None, reread: bool = False
    ) -> Iterator[ImportProgress]:
        """Rebuild the index from the catalogue with the current user dictionary.

        Uses each document's cached parse, or reads the file again when ``reread`` is
        true and the file still exists. The new index is built beside the old one and
        switched to in one catalogue transaction; cancelling keeps the old index.
        """
        return self._reindex(cancel or _never, reread)

    # Copying between libraries

    COPY_BATCH = 300  # documents per commit of import_records: what an interruption loses

    def export_records(self) -> Iterator[Record]:
        """Every document with its cached parse, straight from the catalog, for ``library copy``."""
        yield from self.catalog.iter_data()

    def import_records(
        self, records: Iterable[Record], cancel: Callable[[], bool] | None = None
    ) -> Iterator[ImportProgress]:
        """Add documents from another library from their cached parses (no file read); a generator
        yielding progress, cancellable.
        """
        return self._import_records(records, cancel or _never)

    def _import_records(
        self, records: Iterable[Record], cancel: Callable[[], bool]
    ) -> Iterator[ImportProgress]:
        with self._writing():
            self._reconcile()
            progress = ImportProgress(0, 0, 0, 0, "", [], "scan")
            yield progress
            tasks = copy_tasks(records, self.catalog.ids(), progress)
            progress.phase = "read"
            yield progress
            words = self._indexed_words()
            for start in range(0, len(tasks), self.COPY_BATCH):
                if cancel():
                    break
                chunk = tasks[start : start + self.COPY_BATCH]
                index = self._current_index()
                done: list[Built] = []
                writer = pool = None
                try:
                    writer, pool = yield from self._read(
                        index, chunk, words, cancel, progress, done
                    )
                    if writer is None and pool and pool.segments:
                        writer = ParagraphWriter(index, lock=False)
                    if writer is not None:
                        ix_mod.commit_segments(writer, pool.segments if pool else [])
                        writer = None
                    with self.catalog.transaction() as db:
                        for b in done:
                            Catalog.put_document(db, b.info, b.size, b.mtime_ns, b.data)
                    self._docs = None
                    progress.added += len(done)
                except BaseException:
                    if writer is not None:
                        writer.cancel()
                    raise
                finally:
                    if pool is not None:
                        pool.close()
            progress.cancelled = cancel()
            progress.phase = "done"
            progress.current = ""
            yield progress

    # Internals: update (add / sync)

    def _update(
        self, paths: list, folder: Path | None, cancel: Callable[[], bool]
    ) -> Iterator[ImportProgress]:
        with self._writing():
            self._reconcile()
            progress = ImportProgress(0, 0, 0, 0, "", [], "scan")
            yield progress
            files, errors = scan(paths, progress.skipped)
            progress.errors.extend(errors)
            states = self.catalog.file_states()
            paths_by_id = {state[0]: path for path, state in states.items()}
            todo = plan(files, states, paths_by_id, cancel)
            progress.errors.extend(todo.errors)
            removed = list(todo.removed)
            if folder is not None and not cancel():
                present = {str(f) for f in files}
                moved = {doc_id for doc_id, *_ in todo.touched}  # same bytes, new path
                removed += [
                    state[0]
                    for path, state in states.items()
                    if under(path, folder) and path not in present and state[0] not in moved
                ]
            progress.unchanged = todo.unchanged
            progress.duplicates = todo.duplicates
            tasks = todo.tasks
            progress.total_files = len(tasks)
            progress.total_bytes = sum(t.size for t in tasks)
            progress.phase = "read"
            yield progress
            index = self._current_index()
            done: list[Built] = []
            writer = None
            pool = None
            try:
                if tasks and not cancel():
                    writer, pool = yield from self._read(
                        index, tasks, self._indexed_words(), cancel, progress, done
                    )
                progress.phase = "commit"
                progress.current = ""
                yield progress
                by_key = {t.key: t for t in tasks}
                stale = set(removed)
                stale.update(by_key[b.key].replaces for b in done if by_key[b.key].replaces)
                if writer is None and (stale or (pool and pool.segments)):
                    writer = ParagraphWriter(index, lock=False)
                if writer is not None:
                    for doc_id in stale:
                        writer.delete_by_term("doc", doc_id)
                    ix_mod.commit_segments(writer, pool.segments if pool else [])
                    writer = None
                with self.catalog.transaction() as db:
                    for doc_id in stale:
                        db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
                    for b in done:
                        Catalog.put_document(db, b.info, b.size, b.mtime_ns, b.data)
                    for doc_id, path, size, mtime in todo.touched:
                        Catalog.touch(db, doc_id, path, size, mtime)
                self._docs = None
            except BaseException:
                if writer is not None:
                    writer.cancel()
                raise
            finally:
                if pool is not None:
                    pool.close()
            finished = [(b.path, by_key[b.key].replaces) for b in done]
            tally_import(progress, finished, todo.copies, removed, cancel())
            yield progress

    def _read(self, index, tasks, words, cancel, progress, done):
        """Index ``tasks`` in-process (small batches) or in worker processes; yields
        progress and returns ``(writer, pool)`` for the commit step."""
        for task in tasks:  # the user's corrections follow the content (and its path)
            if task.corrections is None:
                task.corrections = self.catalog.corrections_for(task.sha256, task.path)[0]
        total = sum(t.size for t in tasks)
        in_process = total < self.IN_PROCESS_BYTES or self.workers <= 1 or len(tasks) < 4
        if in_process and self.workers > 1 and os.name == "posix" and not can_time_limit():
            # Off the main thread (the desktop app) reading cannot be stopped by the time
            # limit: files are read in a worker process, where it can.
            in_process = all(t.data is not None for t in tasks)
        if in_process:
            segmenter = self._segmenter(words)
            writer = ParagraphWriter(index, lock=False)
            try:
                for task in tasks:
                    if cancel():
                        break
                    progress.current = task.path
                    self._record(index_task(task, segmenter, writer), progress, done)
                    yield progress
            except BaseException:
                writer.cancel()
                raise
            return writer, None
        config = WorkerConfig(
            # The folder of the index being written, not the one in use: a re-index builds
            # a new folder beside the old one, which is deleted once it switches over.
            index_dir=str(index.storage.folder),
            words=list(words),
            backend=self.backend,
            cache_dir=str(self.root / "cache"),
            parent_pid=os.getpid(),
        )
        pool = WorkerPool(config, min(self.workers, len(tasks)))
        try:
            for built in pool.run(tasks, cancel):
                progress.current = built.path
                self._record(built, progress, done)
                yield progress
        except BaseException:
            pool.close()
            raise
        return None, pool

    @staticmethod
    def _record(built: Built, progress: ImportProgress, done: list[Built]) -> None:
        progress.done_files += 1
        progress.done_bytes += built.size
        if built.error:
            progress.errors.append((built.path, built.error))
        else:
            done.append(built)

    # Internals: re-index

    def _reindex(self, cancel: Callable[[], bool], reread: bool) -> Iterator[ImportProgress]:
        with self._writing():
            words = sorted(self.catalog.words())
            rows = list(self.catalog.iter_data())
            tasks = []
            for n, (info, size, mtime, blob) in enumerate(rows):
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
                        None if use_file else blob,
                    )
                )
            progress = ImportProgress(0, len(tasks), 0, sum(t.size for t in tasks), "", [], "read")
            yield progress
            name = f"index-{time.time_ns():x}"
            folder = self.root / name
            index = ix_mod.open_index(folder)
            done: list[Built] = []
            writer = pool = None
            switched = False
            try:
                if tasks:
                    writer, pool = yield from self._read(
                        index, tasks, words, cancel, progress, done
                    )
                if cancel():
                    progress.cancelled = True
                    if writer is not None:
                        writer.cancel()
                        writer = None
                    progress.phase = "done"
                    yield progress
                    return
                progress.phase = "commit"
                yield progress
                if writer is None:
                    writer = ParagraphWriter(index, lock=False)
                ix_mod.commit_segments(writer, pool.segments if pool else [], merge_small=False)
                writer = None
                ok = {b.info.id for b in done}
                with self.catalog.transaction() as db:
                    for b in done:
                        Catalog.put_document(db, b.info, b.size, b.mtime_ns, b.data)
                    for info, *_ in rows:
                        if info.id not in ok:  # unreadable now: it has no paragraphs left
                            db.execute("DELETE FROM documents WHERE id = ?", (info.id,))
                    self.catalog.set_state("index", name, db)
                    self.catalog.set_state("vocabulary", vocabulary.VERSION, db)
                    self.catalog.set_state(
                        "indexed_words", json.dumps(words, ensure_ascii=False), db
                    )
                switched = True
                self._docs = None
            except BaseException:
                if writer is not None:
                    writer.cancel()
                raise
            finally:
                if pool is not None:
                    pool.close()
                if not switched:
                    ix_mod.remove_index(folder)
            self._current_index()
            self._remove_stale_indexes()
            progress.phase = "done"
            progress.reindexed = len(done)
            yield progress

    # Internals: locking, consistency, caches

    @contextmanager
    def _writing(self):
        if self.catalog.readonly:
            raise LibraryError(f"{self.root}: 资料库是只读的，只能检索和查看，不能修改")
        lock = FileLock(str(self.root / LOCK_NAME), timeout=self.lock_timeout)
        try:
            try:
                lock.acquire(timeout=0)
            except PermissionError:
                raise LibraryError(f"{self.root}: 没有写入资料库的权限，只能检索和查看") from None
            except Timeout:
                if self.lock_timeout == 0:
                    raise
                if self.on_wait is not None:
                    self.on_wait()
                lock.acquire()
        except Timeout:
            raise LibraryBusy(
                f"{self.root}: the library is busy (another Drafter process is writing to it)"
            ) from None
        try:
            yield
        finally:
            self._writes += 1
            lock.release()

    def _reconcile(self) -> None:
        """Make index and catalogue agree after an interrupted write (see module doc)."""
        index = self._current_index()
        with index.reader() as reader:
            indexed = (
                set(reader.field_terms("doc")) if "doc" in reader.indexed_field_names() else set()
            )
            known = self.catalog.ids()
            orphans = [
                doc_id for doc_id in indexed - known if reader.postings("doc", doc_id).is_active()
            ]
        if orphans:
            writer = ParagraphWriter(index, lock=False)
            for doc_id in orphans:
                writer.delete_by_term("doc", doc_id)
            ix_mod.commit_segments(writer, [])
        missing = known - indexed
        if missing:
            with self.catalog.transaction() as db:
                db.executemany("DELETE FROM documents WHERE id = ?", [(i,) for i in missing])
            self._docs = None
        self._remove_stale_indexes()

    def _remove_stale_indexes(self) -> None:
        current = self._index_folder()
        for entry in self.root.iterdir():
            if entry.is_dir() and entry.name.startswith("index") and entry.name != current:
                ix_mod.remove_index(entry)

    def _index_folder(self) -> str:
        return self.catalog.get_state("index") or "index"

    def _current_index(self):
        name = self._index_folder()
        if self._index is None or name != self._index_name:
            self._index = ix_mod.open_index(self.root / name)
            self._index_name = name
        return self._index

    def _documents(self) -> dict[str, DocumentInfo]:
        version = self.catalog.data_version()
        if self._docs is None or version != self._docs_version:
            self._docs = {d.id: d for d in self.catalog.documents()}
            self._docs_version = version
        return self._docs

    def _indexed_words(self) -> list[str]:
        raw = self.catalog.get_state("indexed_words")
        return sorted(json.loads(raw)) if raw else []

    def _segmenter(self, words: list[str]) -> Segmenter:
        key = tuple(sorted(words))
        found = self._segmenters.get(key)
        if found is None:
            self._segmenters.clear()  # one dictionary in memory at a time
            found = Segmenter(key, self.backend, self.root / "cache")
            self._segmenters[key] = found
        return found

    def _query_segmenter(self) -> Segmenter:
        return self._segmenter(self._indexed_words())


def _never() -> bool:
    return False


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _clean_words(words: Iterable[str]) -> list[str]:
    out = []
    for word in words:
        word = word.strip()
        if not word:
            continue
        if any(ch.isspace() for ch in word):
            raise LibraryError(f"“{word}”: a dictionary word cannot contain spaces")
        out.append(word)
    return out
