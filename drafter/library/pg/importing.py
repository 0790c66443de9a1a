"""Bringing documents into the team library and taking them out: ``add`` and ``sync``
(files of this machine), ``remove``, and copying between libraries (``export_records`` /
``import_records``). An import commits in batches, each one transaction under the
writers' lock, so a killed import loses only its open batch (see
:mod:`drafter.library.pg.library`).

A part of :class:`~drafter.library.pg.library.PgLibrary`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import psycopg

from drafter.library.backend import Record
from drafter.library.build import Task, copy_tasks, settled, tally_import
from drafter.library.model import DocumentInfo, ImportProgress
from drafter.library.pg import store
from drafter.library.pg.connect import ConnectionLost, ServerUnreachable
from drafter.library.pg.rows import Prepared, prepare, prepare_all
from drafter.library.pg.schema import INFO_COLUMNS, NINFO
from drafter.library.sync import plan, removals, scan

BATCH_DOCUMENTS = 200  # documents per committed batch of an import
BATCH_BYTES = 8 << 20  # or this many bytes of source files


RESUME_NOTE = "已写入的批次都已保存；服务器恢复后再运行同一命令，会接着导入（已导入的跳过）"


def resumable(job: Iterator[ImportProgress]) -> Iterator[ImportProgress]:
    """``job`` whose lost connection says what is kept and how to go on: every batch
    committed before the server went away is in the library, and the same import skips
    it next time (:data:`RESUME_NOTE`)."""
    try:
        return (yield from job)
    except (ConnectionLost, ServerUnreachable) as exc:  # cut, or found away at a next batch
        raise type(exc)(f"{exc}；{RESUME_NOTE}") from None


class PgImport:
    """Adding, syncing, removing and copying documents (see the module docstring)."""

    def _resumable(self, job: Iterator[ImportProgress]) -> Iterator[ImportProgress]:
        """An import that says, when the server goes away, what is kept and how to go on
        (:func:`resumable`)."""
        return resumable(job)

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
        files, errors = scan(paths, progress.skipped, progress.unsupported)
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
        removed = removals(todo, files, states, folder, cancel())
        tasks = []
        for task in todo.tasks:
            if task.doc_id in present:  # already in the team library (another machine's)
                todo.unchanged += 1
                continue
            tasks.append(task)
        progress.unchanged = todo.unchanged
        progress.duplicates = todo.duplicates
        progress.duplicate_of = list(todo.duplicate_of)
        progress.start_reading(tasks, settled(progress, todo))
        progress.phase = "read"
        yield progress
        moved: dict[str, list[dict]] = {}  # moved documents: the corrections indexed with
        if todo.touched:
            # moved and re-stamped files first, before any new content lands on their old
            # paths (inserting it deletes what the path held: a moved document still there)
            with self._conn() as conn, self._writing(conn):
                for doc_id, path, *_ in todo.touched:
                    row = conn.execute(
                        "SELECT sha256, origin, path FROM drafter.documents WHERE id = %s",
                        (doc_id,),
                    ).fetchone()
                    if row is not None and (row[1], row[2]) != (self.origin, path):
                        moved[doc_id] = store.corrections_for(conn, *row)[0]
                store.move(conn, self.origin, todo.touched)
                store.bump(conn)
        done = yield from self._import(tasks, cancel, progress)
        self._tidy(len(done))
        stale = set(removed)
        if stale:
            with self._conn() as conn, self._writing(conn):
                store.delete(conn, sorted(stale))
                store.bump(conn)
        if moved:
            self._follow_corrections(moved)
        tally_import(progress, [(t.path, t.replaces) for t in done], todo.copies, removed, cancel())
        progress.current = ""
        yield progress

    def _follow_corrections(self, moved: dict[str, list[dict]]) -> None:
        """Index again, from their cached parse, the moved documents whose corrections
        differ at their new path from those they were indexed with (``moved``: id ->
        ops), so record, index and reader agree (see the local library's namesake)."""
        words = self._indexed_words()
        with self._conn() as conn, self._writing(conn):
            rows = conn.execute(
                f"SELECT {INFO_COLUMNS}, size, mtime_ns, data, origin FROM drafter.documents "
                "WHERE id = ANY(%s)",
                (list(moved),),
            ).fetchall()
            again = 0
            for row in rows:
                info = DocumentInfo(*row[:NINFO])
                ops = store.corrections_for(conn, info.sha256, row[NINFO + 3], info.path)[0]
                if ops != moved[info.id]:
                    self._index_again(conn, row, ops, words)
                    again += 1
            if again:
                store.bump(conn)

    def _import(
        self, tasks: list[Task], cancel: Callable[[], bool], progress: ImportProgress
    ) -> Iterator[ImportProgress]:
        """Read ``tasks`` and store them in batches; returns the tasks stored."""
        if not tasks or cancel():
            progress.phase = "commit"
            yield progress
            return []
        words = self._indexed_words()
        asked: set[int] = set()  # tasks whose corrections were read here: checked on commit
        with self._conn() as conn:  # the user's corrections follow the content (and path)
            for task in tasks:
                if task.corrections is None:
                    task.corrections = store.corrections_for(
                        conn, task.sha256, self.origin, task.path
                    )[0]
                    asked.add(task.key)
        by_key = {t.key: t for t in tasks}
        stored: list[Task] = []
        batch: list[Prepared] = []
        batch_bytes = 0

        for prepared in self._prepare_all(tasks, words, cancel):
            progress.current = prepared.path
            if progress.count_file(prepared.path, prepared.size, prepared.error):
                batch.append(prepared)
                batch_bytes += prepared.size
            yield progress
            if len(batch) >= self.batch_documents or batch_bytes >= BATCH_BYTES:
                progress.phase = "commit"
                yield progress
                kept = self._store(batch, by_key, asked, words)
                stored.extend(kept)
                progress.committed += len(kept)
                batch, batch_bytes = [], 0
                progress.phase = "read"
        progress.phase = "commit"
        progress.current = ""
        yield progress
        if batch:
            kept = self._store(batch, by_key, asked, words)
            stored.extend(kept)
            progress.committed += len(kept)
        return stored

    def _prepare_all(
        self, tasks: list[Task], words: list[str], cancel: Callable[[], bool]
    ) -> Iterator[Prepared]:
        """Every task read and segmented with ``words`` (in worker processes when the batch
        is large, see :func:`~drafter.library.pg.rows.prepare_all`), for an import and for
        a re-index alike."""
        return prepare_all(
            tasks,
            lambda: self._segmenter(words),
            words,
            self.backend,
            str(self.root / "cache"),
            self.workers,
            cancel,
        )

    def _store(
        self,
        batch: list[Prepared],
        by_key: dict[int, Task],
        asked: set[int] | frozenset[int] = frozenset(),
        words: list[str] | None = None,
    ) -> list[Task]:
        """Commit one batch in one transaction; returns the tasks actually inserted.
        ``asked``: the tasks whose corrections were read from the server before reading
        (checked again here, see :meth:`_corrections_now`), ``words`` the dictionary."""
        inserted: list[Task] = []
        with self._conn() as conn, self._writing(conn):
            stale = [by_key[p.key].replaces for p in batch if by_key[p.key].replaces]
            if stale:
                store.delete(conn, stale)
            batch = self._corrections_now(conn, batch, by_key, asked, words or [])
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

    def _corrections_now(
        self,
        conn,
        batch: list[Prepared],
        by_key: dict[int, Task],
        asked: set[int] | frozenset[int],
        words: list[str],
    ) -> list[Prepared]:
        """``batch`` with the documents whose corrections a colleague changed while they
        were read (a title corrected on the old version while this sync read the new one)
        prepared again with the corrections as they are now, under the writers' lock: the
        record and the index then say what the reader shows, instead of the corrections
        read before. One query when none of the batch has any (the usual case)."""
        mine = [by_key[p.key] for p in batch if p.key in asked]
        if not mine:
            return batch
        found = conn.execute(
            "SELECT 1 FROM drafter.corrections WHERE sha256 = ANY(%s) "
            "OR (origin = %s AND path = ANY(%s)) LIMIT 1",
            ([t.sha256 for t in mine], self.origin, [t.path for t in mine]),
        ).fetchone()
        if found is None and not any(t.corrections for t in mine):
            return batch
        out = []
        for p in batch:
            task = by_key[p.key]
            if p.key in asked:
                ops = store.corrections_for(conn, task.sha256, self.origin, task.path)[0]
                if ops != task.corrections:
                    task.corrections = ops
                    again = prepare(task, self._segmenter(words))
                    p = p if again.error else again  # the file went meanwhile: as read
            out.append(p)
        return out

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
