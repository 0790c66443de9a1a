"""Bringing documents into the local library and taking them out: ``add`` (files and
folders), ``sync`` (a folder kept in step), ``remove``, and copying between libraries
(``export_records`` / ``import_records``, from cached parses: no file read).

A part of :class:`~drafter.library.library.Library`. Each write reconciles first, indexes
through :class:`~drafter.library.local_indexing.LocalIndexing` and commits the index before
the catalogue (a removal the reverse), so a crash leaves a library the next write repairs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from drafter.library import index as ix_mod
from drafter.library.backend import Record
from drafter.library.build import Built, ParagraphWriter, copy_tasks, never, tally_import
from drafter.library.catalog import Catalog
from drafter.library.model import ImportProgress, LibraryError
from drafter.library.sync import plan, removals, scan


class LocalImport:
    """Adding, syncing, removing and copying documents (see the module docstring)."""

    def add(
        self, paths: Iterable[str | Path], cancel: Callable[[], bool] | None = None
    ) -> Iterator[ImportProgress]:
        """Import files and folders (recursively). Yields progress after every file;
        per-file errors are collected in ``progress.errors`` and the batch goes on.
        Unchanged files are skipped, so adding twice does not duplicate anything."""
        return self._update(list(paths), None, cancel or never)

    def sync(
        self, folder: str | Path, cancel: Callable[[], bool] | None = None
    ) -> Iterator[ImportProgress]:
        """Make the library match ``folder``: add new files, re-index changed ones (by
        content hash) and remove documents whose file under the folder is gone."""
        path = Path(folder).expanduser()
        if not path.is_dir():
            raise LibraryError(f"{folder}: not a folder")
        return self._update([path], path.resolve(), cancel or never)

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
        return self._import_records(records, cancel or never)

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
            removed = removals(todo, files, states, folder, cancel())
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
