"""Indexing in the local library: a batch of documents into the Whoosh index, in this
process (small batches) or in worker processes (large ones); a few documents again after
their corrections changed; and the whole index rebuilt beside the old one (``reindex``).

A part of :class:`~drafter.library.library.Library`; the import (add, sync, copy) hands
its batches to :meth:`LocalIndexing._read` inside an :class:`IndexBatch`.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from drafter.corpus.bounds import can_time_limit
from drafter.library import index as ix_mod
from drafter.library import index_merge, parser_stamp, vocabulary
from drafter.library.analyzer import INDEX_FORMAT, INDEX_FORMAT_KEY
from drafter.library.build import (
    Built,
    ParagraphWriter,
    Task,
    WorkerConfig,
    WorkerPool,
    chunk_full,
    index_task,
    never,
    read_failure,
    read_task,
)
from drafter.library.cached_parse import encode_document
from drafter.library.catalog import Catalog
from drafter.library.model import DocumentInfo, ImportProgress, LibraryBusy, LibraryError


class IndexBatch:
    """The index writer and worker pool of one batch, from reading to its commit.

    Every local write that indexes (add, sync, copy, reindex, a corrected document) needs
    the same guard, so it lives here once: whatever stops the batch before its commit (an
    exception, Ctrl+C, the generator closed by a cancelled worker) cancels the uncommitted
    writer, so the index stays as it was and its temporary segments go, and the worker
    pool is always closed, so no reading process outlives the batch. The catalogue is
    written after :meth:`commit`; a crash between the two is what the next write reconciles.
    """

    def __init__(self, index) -> None:
        self.index = index
        self.writer: ParagraphWriter | None = None
        self.pool: WorkerPool | None = None
        self.untidy = False  # a chunk was committed without tidying the index folder

    def __enter__(self) -> IndexBatch:
        return self

    def __exit__(self, exc_type, _exc, _tb) -> bool:
        try:
            if exc_type is not None:
                self.cancel()
        finally:
            if self.pool is not None:
                self.pool.close()
        return False

    def open_writer(self) -> ParagraphWriter:
        """The batch's in-process writer (created on first use; the index lock is the
        library's write lock, already held)."""
        if self.writer is None:
            self.writer = ParagraphWriter(self.index, lock=False)
        return self.writer

    def cancel(self) -> None:
        """Drop what the writer holds uncommitted; the index stays as it was."""
        writer, self.writer = self.writer, None
        if writer is not None:
            writer.cancel()

    def commit(
        self,
        delete_docs=(),
        *,
        always: bool = False,
        merge_small: bool = True,
        segments: list | None = None,
    ) -> None:
        """Commit in one step the writer's paragraphs, the workers' segments and the
        deletion of ``delete_docs``. With nothing to write nothing is committed, unless
        ``always`` (a new index must exist even when empty).

        ``segments`` given is a chunk of an import committed while it goes on (see
        :meth:`LocalIndexing._read`): only those segments, and the index left untidied
        for the workers still writing (:func:`~drafter.library.index.commit_segments`).
        None is the batch's last commit: every segment the pool has left, and the
        tidying the chunks before it put off."""
        partial = segments is not None
        if segments is None:
            segments = [seg for seg, _keys in self.pool.take_segments()] if self.pool else []
            always = always or self.untidy
        if self.writer is None and not (always or delete_docs or segments):
            return
        writer = self.open_writer()
        for doc_id in delete_docs:
            writer.delete_by_term("doc", doc_id)
        ix_mod.commit_segments(writer, segments, merge_small=merge_small, partial=partial)
        self.writer = None
        self.untidy = partial


class LocalIndexing:
    """Reading documents into the index, for every write that adds paragraphs."""

    # Batches smaller than this are indexed in this process (starting workers and loading
    # the dictionary in each costs more than it saves).
    IN_PROCESS_BYTES = 3 << 20
    # An import commits every so many documents or bytes of files (each worker process
    # its own): what a crash or a kill in the middle of a long import loses.
    COMMIT_DOCUMENTS = 300
    COMMIT_BYTES = 8 << 20

    def _old_readings(self) -> list[tuple[DocumentInfo, int, int]]:
        return self.catalog.old_readings(parser_stamp.current())

    # A re-parse reads (the slow part: every file parsed again) without the write lock and
    # indexes what it has read under the lock about this often, in seconds of reading: a
    # correction saved meanwhile waits for one such chunk's index, not the whole re-parse.
    REREAD_CHUNK_S = 3.0

    def _reread_stale(self, cancel: Callable[[], bool]) -> Iterator[ImportProgress]:
        with self._writing():  # refused at once when read-only or another process writes
            infos = self.stale_readings()
            states = self.catalog.file_states()
        sizes = [states.get(i.path, (None, 0, 0, ""))[1] for i in infos]
        progress = ImportProgress(0, len(infos), 0, sum(sizes), "", [], "read")
        yield progress
        done: list[Built] = []
        if infos:
            segmenter = self._segmenter(self._indexed_words())
            read: list[tuple[DocumentInfo, Task]] = []
            since = time.monotonic()
            for n, info in enumerate(infos):
                if cancel():
                    progress.cancelled = True
                    break
                progress.current = info.path
                task = self._reparse_one(n, info, states, progress, done)
                if task is not None:
                    read.append((info, task))
                if read and time.monotonic() - since >= self.REREAD_CHUNK_S:
                    self._store_reparsed(read, segmenter, done)
                    read, since = [], time.monotonic()
                yield progress
            progress.phase = "commit"
            yield progress
            self._store_reparsed(read, segmenter, done)
            self.merge_small_segments(cancel)  # the chunks' segments, without the lock
        progress.phase = "done"
        progress.current = ""
        progress.reindexed = len(done)
        yield progress

    def _reparse_one(self, n: int, info: DocumentInfo, states, progress, done) -> Task | None:
        """One stale document read again from its file, without the write lock: its task
        (the new parse in ``data``), or None when the file cannot be read now (counted in
        ``progress`` as an error; the document keeps its old paragraphs and parse)."""
        from drafter.corpus.load import load_document  # local: see build.read_task

        _, size, mtime = states.get(info.path, (None, 0, 0, ""))[:3]
        corrections = self.catalog.corrections_for(info.sha256, info.path)[0]
        task = Task.of_record(n, info, size, mtime, None, corrections=corrections)
        try:
            task.data = encode_document(load_document(info.path))
            read_task(task)  # what can fail, before the old paragraphs go
        except Exception as exc:  # a reader bug must not stop the batch
            self._record(
                Built(n, info.path, size, mtime, error=read_failure(task, exc)), progress, done
            )
            return None
        return task

    def _store_reparsed(self, read: list, segmenter, done: list[Built]) -> None:
        """Under the write lock, in one commit: each document of ``read`` (info, task of
        :meth:`_reparse_one`) indexed from its new parse in place of its old paragraphs,
        with the corrections stored now (a save made while it was read counts), and its
        catalogue row rewritten. A document a sync changed or removed meanwhile is left to
        that sync's reading."""
        if not read:
            return
        stored: list[Built] = []
        with self._writing():
            with IndexBatch(self._current_index()) as batch:
                for info, task in read:
                    now = self.catalog.document(info.id)
                    if now is None or (now.sha256, now.path) != (info.sha256, info.path):
                        continue
                    corrections = self.catalog.corrections_for(info.sha256, info.path)[0]
                    if corrections != task.corrections:
                        task.corrections = corrections
                        try:
                            read_task(task)
                        except Exception:  # noqa: BLE001 - the old reading stays
                            continue
                    writer = batch.open_writer()
                    writer.delete_by_term("doc", info.id)
                    built = index_task(task, segmenter, writer)
                    if not built.error:
                        built.reader = parser_stamp.current()
                        stored.append(built)
                batch.commit(merge_small=False)
            with self.catalog.transaction() as db:
                for b in stored:
                    Catalog.put_document(db, b.info, b.size, b.mtime_ns, b.data, b.reader)
            self._docs = None
        done.extend(stored)

    def _reindex_documents(
        self, infos: list[DocumentInfo], merge_small: bool = True
    ) -> list[DocumentInfo]:
        """Index these documents' paragraphs again from their cached parse (under the
        write lock): old paragraphs out, corrected ones in, catalogue rows updated and any
        re-index owed for them (:meth:`Catalog.owe_reindex`) paid. ``merge_small`` False
        leaves small segments unmerged (a correction's save: Whoosh's pure-Python merge
        made every fourth save take seconds; the next sync or import merges them)."""
        segmenter = self._segmenter(self._indexed_words())
        done: list[Built] = []
        with IndexBatch(self._current_index()) as batch:
            writer = batch.open_writer()
            for n, info in enumerate(infos):
                size, mtime = self.catalog.file_states().get(info.path, (None, 0, 0, ""))[1:3]
                task = Task.of_record(
                    n,
                    info,
                    size,
                    mtime,
                    self.catalog.data(info.id),
                    corrections=self.catalog.corrections_for(info.sha256, info.path)[0],
                )
                writer.delete_by_term("doc", info.id)
                built = index_task(task, segmenter, writer)
                if built.error:
                    raise LibraryError(built.error)
                done.append(built)
            batch.commit(merge_small=merge_small)
        with self.catalog.transaction() as db:
            for b in done:
                Catalog.put_document(db, b.info, b.size, b.mtime_ns, b.data, b.reader)
            Catalog.paid_reindex(db, [info.id for info in infos])
        self._docs = None
        return [b.info for b in done]

    def merge_small_segments(self, cancel: Callable[[], bool] = never) -> bool:
        """Merge the index's tiny segments (one per correction saved) into one, without
        the write lock while merging (see :mod:`drafter.library.index_merge`): the lock is
        taken only to swap the merged segment in, and not waited for; a library busy
        then, cancelled, read-only or with few segments is left as it is (False)."""
        if self.read_only:
            return False
        index = self._current_index()
        folder = self._index_folder()
        aside = index_merge.merge_aside(index, self.root, cancel)
        if aside is None:
            return False
        if cancel():  # the window closing: the library may be closed under the swap
            aside.discard()
            return False
        wait, self.lock_timeout = self.lock_timeout, 0
        try:
            with self._writing():
                # a re-index switched folders meanwhile: the merged one belongs to none
                return folder == self._index_folder() and index_merge.swap_in(index, aside)
        except LibraryBusy:
            return False
        finally:
            self.lock_timeout = wait
            aside.discard()

    def _read(self, batch: IndexBatch, tasks, words, cancel, progress, done, commit=None):
        """Index ``tasks`` in-process (small batches: ``batch``'s writer) or in worker
        processes (``batch``'s pool), yielding progress; ``batch`` then commits them.

        With ``commit`` (an import: add, sync, copy) the documents read are committed in
        chunks as the reading goes on, about :attr:`COMMIT_DOCUMENTS` documents or
        :attr:`COMMIT_BYTES` of files at a time (a worker's segment, each worker closing
        its own; see :func:`~drafter.library.build.chunk_full`), by
        ``commit(builts, segments)``, so a crash or a kill loses only the open
        chunks; the rest of ``done`` is left to the caller's last commit. Without it (a
        re-index into a new folder) everything waits for that commit."""
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
            chunk: list[Built] = []
            size = 0
            for task in tasks:
                if cancel():
                    break
                progress.current = task.path
                writer = batch.open_writer()
                built = index_task(task, segmenter, writer)
                if self._record(built, progress, done) and commit is not None:
                    chunk.append(built)
                    size += built.size
                    limits = (self.COMMIT_DOCUMENTS, self.COMMIT_BYTES)
                    if chunk_full(len(chunk), writer.docnum, size, *limits):
                        commit(chunk, [])
                        chunk, size = [], 0
                yield progress
            return
        config = WorkerConfig(
            # The folder of the index being written, not the one in use: a re-index builds
            # a new folder beside the old one, which is deleted once it switches over.
            index_dir=str(batch.index.storage.folder),
            words=list(words),
            backend=self.backend,
            cache_dir=str(self.root / "cache"),
            parent_pid=os.getpid(),
            segment_documents=self.COMMIT_DOCUMENTS if commit is not None else 0,
            segment_bytes=self.COMMIT_BYTES if commit is not None else 0,
        )
        batch.pool = WorkerPool(config, min(self.workers, len(tasks)))
        read: dict[int, Built] = {}  # read well, waiting for their segment
        for built in batch.pool.run(tasks, cancel):
            progress.current = built.path
            if self._record(built, progress, done) and commit is not None:
                read[built.key] = built
            closed = batch.pool.take_segments() if commit is not None else []
            if closed:
                chunk = [read.pop(key) for _seg, keys in closed for key in keys]
                commit(chunk, [seg for seg, _keys in closed])
            yield progress

    @staticmethod
    def _record(built: Built, progress: ImportProgress, done: list[Built]) -> bool:
        """Count ``built`` in ``progress``; True (and it joins ``done``) when it was read well."""
        if progress.count_file(built.path, built.size, built.error):
            done.append(built)
            return True
        return False

    def _reindex(self, cancel: Callable[[], bool], reread: bool) -> Iterator[ImportProgress]:
        """The new index is built beside the old one and switched to in one catalogue
        transaction; cancelling keeps the old index."""
        with self._writing():
            words = sorted(self.catalog.words())
            rows = list(self.catalog.iter_data())
            tasks = []
            for n, (info, size, mtime, blob) in enumerate(rows):
                use_file = reread and Path(info.path).is_file()
                tasks.append(Task.of_record(n, info, size, mtime, None if use_file else blob))
            progress = ImportProgress(0, len(tasks), 0, sum(t.size for t in tasks), "", [], "read")
            yield progress
            name = f"index-{time.time_ns():x}"
            folder = self.root / name
            index = ix_mod.open_index(folder)
            done: list[Built] = []
            switched = False
            try:
                with IndexBatch(index) as batch:
                    if tasks:
                        yield from self._read(batch, tasks, words, cancel, progress, done)
                    if cancel():
                        progress.cancelled = True
                        batch.cancel()
                        progress.phase = "done"
                        yield progress
                        return
                    progress.phase = "commit"
                    yield progress
                    batch.commit(always=True, merge_small=False)
                    ok = {b.info.id for b in done}
                    with self.catalog.transaction() as db:
                        for b in done:
                            Catalog.put_document(db, b.info, b.size, b.mtime_ns, b.data, b.reader)
                        for info, *_ in rows:
                            if info.id not in ok:  # unreadable now: it has no paragraphs left
                                db.execute("DELETE FROM documents WHERE id = ?", (info.id,))
                        self.catalog.set_state("index", name, db)
                        Catalog.paid_reindex(db)  # the new index shows every correction
                        self.catalog.set_state("vocabulary", vocabulary.VERSION, db)
                        self.catalog.set_state(INDEX_FORMAT_KEY, INDEX_FORMAT, db)
                        self.catalog.set_state(
                            "indexed_words", json.dumps(words, ensure_ascii=False), db
                        )
                    switched = True
                    self._docs = None
            finally:
                if not switched:
                    ix_mod.remove_index(folder)
            self._current_index()
            self._remove_stale_indexes()
            progress.phase = "done"
            progress.reindexed = len(done)
            yield progress
