"""Rebuilding the team library's index with the current user dictionary: every document
prepared again (from its cached parse, or its file with ``reread``), then paragraphs,
term statistics and the dictionary it was built with replaced in one transaction, so
every client switches at once.

A part of :class:`~drafter.library.pg.library.PgLibrary`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

from drafter.library import parser_stamp, vocabulary
from drafter.library.analyzer import INDEX_FORMAT, INDEX_FORMAT_KEY
from drafter.library.build import Task, read_failure
from drafter.library.cached_parse import encode_document
from drafter.library.model import DocumentInfo, ImportProgress
from drafter.library.pg import store
from drafter.library.pg.rows import Prepared, prepare
from drafter.library.pg.schema import INFO_COLUMNS, NINFO


class PgReindex:
    """The team library's re-index and re-read (see the module docstring): a part of
    :class:`~drafter.library.pg.library.PgLibrary` of its own, because a rebuild must
    catch up with what colleagues changed while it read."""

    def _reindex(self, cancel: Callable[[], bool], reread: bool) -> Iterator[ImportProgress]:
        words = self.words()
        with self._conn() as conn:
            # read first: a change committed while the rows are read bumps it past this
            seen = store.generation(conn)
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
            data = None if use_file else bytes(blob) if blob else None
            tasks.append(Task.of_record(n, info, size, mtime, data, corrections[info.id]))
        progress = ImportProgress(0, len(tasks), 0, sum(t.size for t in tasks), "", [], "read")
        yield progress
        prepared: list[Prepared] = []
        for p in self._prepare_all(tasks, words, cancel):  # see PgImport
            progress.current = p.path
            if progress.count_file(p.path, p.size, p.error):
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
            if store.generation(conn) != seen:  # a colleague wrote while this one read
                prepared, gone = self._catch_up(conn, prepared, corrections, words)
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
            store.set_state(conn, INDEX_FORMAT_KEY, INDEX_FORMAT)
            store.bump(conn)
        progress.phase = "done"
        progress.reindexed = len(prepared)
        yield progress

    def _old_readings(self) -> list[tuple[DocumentInfo, int, int]]:
        if self.schema_version < 2:  # no reader versions kept yet, and nothing can be re-read
            return []
        rows = self._read(
            lambda conn: conn.execute(
                f"SELECT {INFO_COLUMNS}, size, mtime_ns FROM drafter.documents "
                "WHERE origin = %s AND reader IS DISTINCT FROM %s ORDER BY path",
                (self.origin, parser_stamp.current()),
            ).fetchall()
        )
        return [(DocumentInfo(*r[:NINFO]), r[NINFO], r[NINFO + 1]) for r in rows]

    def _reread_stale(self, cancel: Callable[[], bool]) -> Iterator[ImportProgress]:
        """This machine's stale documents: each file is read here, then stored in a
        transaction of its own under the writers' lock with the corrections as they are at
        that moment (a colleague's correction made meanwhile is replayed, not lost)."""
        from drafter.corpus.load import load_document  # local: see build.read_task

        infos = self.stale_readings()
        sizes = {r[0].id: r[1:] for r in self._old_readings()}
        total = sum(sizes.get(i.id, (0, 0))[0] for i in infos)
        progress = ImportProgress(0, len(infos), 0, total, "", [], "read")
        yield progress
        words = self._indexed_words()
        segmenter = self._segmenter(words) if infos else None
        read = 0
        for n, info in enumerate(infos):
            if cancel():
                progress.cancelled = True
                break
            progress.current = info.path
            size, mtime = sizes.get(info.id, (0, 0))
            task = Task.of_record(n, info, size, mtime, None)
            try:
                task.data = encode_document(load_document(info.path))
                error = None
            except Exception as exc:  # a reader bug must not stop the batch
                error = read_failure(task, exc)
            if error is None:
                error = self._store_reread(task, segmenter)
            if progress.count_file(info.path, size, error):
                read += 1
            yield progress
        progress.phase = "done"
        progress.current = ""
        progress.reindexed = read
        yield progress

    def _store_reread(self, task: Task, segmenter) -> str | None:
        """Store one document read again (``task.data``: its fresh parse) with its
        corrections as they are now, in one transaction; the error when it cannot be
        (the document was removed meanwhile, or its parse has no body text)."""
        with self._conn() as conn, self._writing(conn):
            row = conn.execute(
                "SELECT origin FROM drafter.documents WHERE id = %s", (task.doc_id,)
            ).fetchone()
            if row is None:
                return f"{task.path}: 文档已从资料库移除"
            task.corrections = store.corrections_for(conn, task.sha256, row[0], task.path)[0]
            prepared = prepare(task, segmenter)
            if prepared.error:
                return prepared.error
            prepared.reader = parser_stamp.current()
            store.replace_paragraphs(conn, prepared)
            store.bump(conn)
        return None

    def _catch_up(
        self, conn, prepared: list[Prepared], seen: dict[str, list[dict]], words: list[str]
    ) -> tuple[list[Prepared], list[str]]:
        """What a re-index commits when other writers changed the library while it read
        (``seen``: each document's corrections when it started; in the committing
        transaction, under the writers' lock): documents removed meanwhile are left out
        (storing their rows failed on a missing document: the whole re-index was lost),
        documents added meanwhile and those whose corrections changed are prepared again
        here from their cached parse (they lost their paragraphs, or the colleague's
        correction, when the re-index replaced everything with what it had read). Returns
        the documents to store and the ids that could not be read (deleted, as before)."""
        by_id = {p.info.id: p for p in prepared}
        rows = conn.execute(
            f"SELECT {INFO_COLUMNS}, size, mtime_ns, data, origin FROM drafter.documents "
            "ORDER BY seq"
        ).fetchall()
        kept: list[Prepared] = []
        failed: list[str] = []
        for row in rows:
            doc_id = row[0]
            ops = store.corrections_for(conn, row[14], row[NINFO + 3], row[1])[0]
            if doc_id in seen and ops == seen[doc_id]:
                ready = by_id.get(doc_id)  # as read; None: it could not be read then
            else:
                ready = self._prepare_row(row, ops, words)
                ready = None if ready.error else ready
            if ready is None:
                failed.append(doc_id)
            else:
                kept.append(ready)
        return kept, failed
