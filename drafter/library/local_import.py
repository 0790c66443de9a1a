"""Bringing documents into the local library and taking them out: ``add`` (files and
folders), ``sync`` (a folder kept in step), ``remove``, and copying between libraries
(``export_records`` / ``import_records``, from cached parses: no file read).

A part of :class:`~drafter.library.library.Library`. Each write reconciles first, indexes
through :class:`~drafter.library.local_indexing.LocalIndexing` (one
:class:`~drafter.library.local_indexing.IndexBatch` a batch) and commits the index before
the catalogue (a removal the reverse), so a crash leaves a library the next write repairs.
An import commits in chunks of a few hundred documents as it reads (``_Chunks``), so a
crash, a kill or a power cut twenty minutes into a big folder keeps what was read; the
removals of a sync come with its last commit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from drafter.library.backend import Record
from drafter.library.build import Built, Task, copy_tasks, settled, tally_import
from drafter.library.catalog import Catalog
from drafter.library.local_indexing import IndexBatch
from drafter.library.model import ImportProgress
from drafter.library.sync import plan, removals, scan


class LocalImport:
    """Adding, syncing, removing and copying documents (see the module docstring)."""

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
            with IndexBatch(self._current_index()) as batch:
                batch.commit(delete_docs=[info.id])
            return True

    def export_records(self) -> Iterator[Record]:
        """Every document with its cached parse, straight from the catalog, for ``library copy``."""
        yield from self.catalog.iter_data()

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
            chunks = _Chunks(self, {t.key: t for t in tasks})
            with IndexBatch(self._current_index()) as chunks.batch:
                yield from self._read_chunks(chunks, tasks, cancel, progress)
                chunks.finish()
            progress.added = len(chunks.done)
            progress.cancelled = cancel()
            progress.phase = "done"
            progress.current = ""
            yield progress

    def _read_chunks(
        self, chunks: _Chunks, tasks: list, cancel: Callable[[], bool], progress: ImportProgress
    ) -> Iterator[ImportProgress]:
        """Read ``tasks`` into ``chunks.batch``, committing a chunk at a time (add, sync and
        copy alike); nothing when there is nothing to read or the user has cancelled."""
        if tasks and not cancel():
            yield from self._read(
                chunks.batch,
                tasks,
                self._indexed_words(),
                cancel,
                progress,
                chunks.done,
                chunks.commit,
            )

    def _update(
        self, paths: list, folder: Path | None, cancel: Callable[[], bool]
    ) -> Iterator[ImportProgress]:
        with self._writing():
            self._reconcile()
            progress = ImportProgress(0, 0, 0, 0, "", [], "scan")
            yield progress
            files, errors = scan(paths, progress.skipped, progress.unsupported)
            progress.errors.extend(errors)
            states = self.catalog.file_states()
            paths_by_id = {state[0]: path for path, state in states.items()}
            todo = plan(files, states, paths_by_id, cancel)
            progress.errors.extend(todo.errors)
            removed = removals(todo, files, states, folder, cancel())
            progress.unchanged = todo.unchanged
            progress.duplicates = todo.duplicates
            progress.duplicate_of = list(todo.duplicate_of)
            tasks = todo.tasks
            progress.start_reading(tasks, settled(progress, todo))
            progress.phase = "read"
            yield progress
            moved = self._corrections_of(todo.touched, paths_by_id)
            if todo.touched:
                # moved and re-stamped files first, in one transaction, before any new
                # content lands on their old paths: a file read into a path a moved
                # document still held replaced that document's row (a.txt → c.txt and a
                # new a.txt lost a.txt's old document; a swap lost both)
                with self.catalog.transaction() as db:
                    Catalog.move(db, todo.touched)
                self._docs = None
            chunks = _Chunks(self, {t.key: t for t in tasks})
            with IndexBatch(self._current_index()) as chunks.batch:
                yield from self._read_chunks(chunks, tasks, cancel, progress)
                progress.phase = "commit"
                progress.current = ""
                yield progress
                # the files gone and the paths now holding other content go last: a sync
                # killed before this point removes nothing
                chunks.finish(removed)
            self._follow_corrections(moved)
            finished = [(b.path, chunks.tasks[b.key].replaces) for b in chunks.done]
            tally_import(progress, finished, todo.copies, removed, cancel())
            yield progress

    def _corrections_of(self, touched, paths_by_id: dict[str, str]) -> dict[str, list[dict]]:
        """The corrections each document ``touched`` moves to a new path was indexed with
        (its id -> ops, asked at its old path), for :meth:`_follow_corrections`."""
        before = {}
        for doc_id, path, *_ in touched:
            info = self.catalog.document(doc_id) if paths_by_id.get(doc_id) != path else None
            if info is not None:
                before[doc_id] = self.catalog.corrections_for(info.sha256, info.path)[0]
        return before

    def _follow_corrections(self, moved: dict[str, list[dict]]) -> None:
        """Index again, from their cached parse, the moved documents whose corrections
        differ at their new path from those they were indexed with (``moved``), so the
        record, the index and the reader agree: a file renamed onto a corrected file's
        name takes that file's corrections, flagged for a check, as a file changed in
        place does."""
        infos = [
            info
            for info in (self.catalog.document(doc_id) for doc_id in moved)
            if info is not None
            and self.catalog.corrections_for(info.sha256, info.path)[0] != moved[info.id]
        ]
        if infos:
            self._reindex_documents(infos)


class _Chunks:
    """The commits of one import (add, sync, copy): a chunk of documents at a time while
    it reads (:meth:`commit`, called by :meth:`LocalIndexing._read`), then the rest with
    the removals (:meth:`finish`). Each commits the index before the catalogue, so a
    crash between the two leaves index orphans the next write reconciles, and every
    committed chunk stays whatever happens to the rest of the import."""

    def __init__(self, library, tasks: dict[int, Task]) -> None:
        self.library = library
        self.tasks = tasks  # by key
        self.batch: IndexBatch | None = None
        self.done: list[Built] = []  # every document read well, committed or not
        self.committed: set[int] = set()

    def commit(self, chunk: list[Built], segments: list) -> None:
        """Commit ``chunk`` (and the workers' ``segments`` holding it) while reading goes on."""
        self._commit(chunk, segments=segments)

    def finish(self, removed: Iterable[str] = ()) -> None:
        """The import's last commit: what no chunk committed and the ids ``removed``."""
        rest = [b for b in self.done if b.key not in self.committed]
        self._commit(rest, removed=removed)

    def _commit(self, built: list[Built], *, segments=None, removed=()) -> None:
        stale = set(removed)
        stale.update(self.tasks[b.key].replaces for b in built if self.tasks[b.key].replaces)
        self.batch.commit(delete_docs=stale, segments=segments)
        catalog = self.library.catalog
        with catalog.transaction() as db:
            for doc_id in stale:
                db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            for b in built:
                Catalog.put_document(db, b.info, b.size, b.mtime_ns, b.data, b.reader)
        self.library._docs = None
        self.committed.update(b.key for b in built)
        for b in built:
            b.data = None  # in the catalogue now: a big import holds one chunk's parses
