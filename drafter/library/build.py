"""Reading and indexing documents, in this process or in a pool of worker processes.

A task is one file (or one cached parse, when re-indexing). Reading, cleaning, outlining
and segmenting are pure Python and CPU-bound, and so is writing Whoosh postings, so a big
batch runs in worker processes that each do all of it and write their own Whoosh segment;
the parent only collects results and commits the segments with the catalogue (an import
a segment at a time as the workers close them, a re-index all at once). A small batch (a
sync after one change) runs in-process, which avoids starting processes and loading the
dictionary again.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

from drafter.child_process import start_child
from drafter.corpus import Document, ReadError
from drafter.corpus.apparatus_parts import searchable_apparatus
from drafter.corpus.corrections import apply_corrections
from drafter.corpus.display import count_chars, count_paragraphs, written
from drafter.corpus.model import Paragraph
from drafter.library import parser_stamp
from drafter.library.analyzer import Segmenter, normalize_term
from drafter.library.cached_parse import decode_document, encode_document
from drafter.library.chunks import index_pieces
from drafter.library.index import SEGMENT_POSTINGS, ParagraphWriter, open_index
from drafter.library.model import (
    DocumentInfo,
    LibraryError,
    date_key,
    excerpt_of,
    filed_date,
    year_of,
)


@dataclass
class Task:
    """One document to index: a file, or a cached parse (``data``) when re-indexing."""

    key: int
    path: str
    doc_id: str
    sha256: str
    size: int
    mtime_ns: int
    added: str | None = None  # kept when re-indexing, else now
    data: bytes | None = None
    replaces: str | None = None  # id of the older version of this file, removed on success
    corrections: list[dict] | None = None  # the user's corrections, replayed on the parse

    @classmethod
    def of_record(
        cls,
        key: int,
        info: DocumentInfo,
        size: int,
        mtime_ns: int,
        data: bytes | None,
        corrections: list[dict] | None = None,
    ) -> Task:
        """A task for a document a library already holds (re-index, corrections, copy):
        its record gives path, id and content hash, and its date of adding is kept."""
        return cls(
            key,
            info.path,
            info.id,
            info.sha256,
            size,
            mtime_ns,
            info.added,
            data,
            corrections=corrections,
        )


@dataclass
class Built:
    """What indexing one task produced, or why it failed: a worker process returns it to
    the importer, which records it in the catalogue with the batch, or lists the error and
    goes on with the rest."""

    key: int
    path: str
    size: int
    mtime_ns: int
    info: DocumentInfo | None = None
    data: bytes | None = None  # the compressed Document for the catalogue
    error: str | None = None
    # the reader version (parser_stamp.current()) of ``data`` when this task read its file;
    # None: ``data`` is the cached parse, whose stored version the record keeps
    reader: str | None = None


def default_workers() -> int:
    """How many worker processes an import may start when the caller does not say: one per
    CPU this process may run on (its affinity, not the machine's count), at most 8; both
    library implementations start this many."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    return min(cpus, 8)


def never() -> bool:
    """The ``cancel`` of a long operation nobody can cancel (the caller passed None)."""
    return False


def now_iso() -> str:
    """The current local time as ISO 8601 with offset, seconds precision: the timestamp written on
    imports and corrections.
    """
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def load_document(path: str) -> Document:
    """:func:`drafter.corpus.load.load_document`, imported on the first file read: opening a
    library imports this module, and a search, a listing or a cached parse reads no file (the
    loader's rules and readers cost ~0.5 s of CPU to import). The library tests replace this
    name with their own loader."""
    from drafter.corpus.load import load_document as load

    return load(path)


def read_task(task: Task) -> tuple[Document, bytes, list[Paragraph]]:
    """What both backends index a task from: its document (the cached parse, or the file
    when there is none or an older Drafter wrote one this model no longer reads), the
    parse to cache (as read: the user's corrections are kept apart and replayed at every
    index) and its paragraphs with the corrections applied. A document without body text
    is a :class:`ReadError`."""
    doc = None
    data = None
    if task.data is not None:
        with contextlib.suppress(Exception):  # an old cache the model no longer reads
            doc = decode_document(task.data)
            data = task.data
    if doc is None:
        doc = load_document(task.path)
    if data is None:
        data = encode_document(doc)  # the parse as read: corrections are kept apart
    if task.corrections:
        doc = apply_corrections(doc, task.corrections).document
    paragraphs = doc.paragraphs()
    if not paragraphs:
        raise ReadError(f"{os.path.basename(task.path)}: no body text found")
    return doc, data, paragraphs


def read_failure(task: Task, exc: Exception) -> str:
    """The one-line error of a document that could not be read: a :class:`ReadError`'s
    own message, anything else named as a reader's failure; recorded, never raised, so one
    bad file does not stop a batch (both backends say it the same way)."""
    if isinstance(exc, ReadError):
        return str(exc)
    return f"{os.path.basename(task.path)}: cannot read ({type(exc).__name__}: {exc})"


def index_task(task: Task, segmenter: Segmenter, writer: ParagraphWriter) -> Built:
    """Read (or decode) one document and add its paragraphs to ``writer``.

    Everything that can fail happens before the first paragraph is added, so a failed
    document never leaves half of itself in the segment.
    """
    built = Built(task.key, task.path, task.size, task.mtime_ns)
    try:
        doc, data, paragraphs = read_task(task)
        # Long paragraphs are indexed in pieces (see drafter.library.chunks); an appendix
        # kept apart from the outline after them, under 附录.
        searched = paragraphs + searchable_apparatus(doc.apparatus, len(paragraphs))
        pieces = [(p, piece) for p in searched for piece in index_pieces(p.text)]
        terms = [segmenter.index_terms(piece) for _, piece in pieces]
    except Exception as exc:  # a reader bug must not stop the batch
        built.error = read_failure(task, exc)
        return built

    meta = doc.metadata
    filed = filed_date(meta.date, task.path)  # a dateless text under its file name's date
    year = year_of(filed)
    facets = {
        "year": str(year) if year else None,
        "genre": normalize_term(meta.genre.strip()) if meta.genre else None,
        "speaker": normalize_term(meta.speaker.strip()) if meta.speaker else None,
    }
    date = date_key(filed)
    for (p, piece), (para_terms, words) in zip(pieces, terms):
        writer.add_paragraph(
            task.doc_id, p.index, piece, p.section, p.is_heading, para_terms, words, facets, date
        )
    count = count_paragraphs(paragraphs)[0]  # 段落 as the reader counts them
    built.info = document_info(task, doc, count, count_chars(written(paragraphs)))
    built.data = data
    built.reader = None if data is task.data else parser_stamp.current()
    return built


def document_info(task: Task, doc: Document, paragraphs: int, chars: int) -> DocumentInfo:
    """The catalog record of a parsed document: its metadata plus the counts and file facts of its
    import task.
    """
    m = doc.metadata
    return DocumentInfo(
        id=task.doc_id,
        path=task.path,
        title=m.title,
        speaker=m.speaker,
        post=m.post,
        date=m.date,
        genre=m.genre,
        occasion=m.occasion,
        level=m.level,
        source=m.source,
        format=doc.format,
        paragraphs=paragraphs,
        chars=chars,
        added=task.added or now_iso(),
        sha256=task.sha256,
        confidence=confidence_of(doc),
        excerpt=None if m.title else excerpt_of([p.text for p in doc.paragraphs()[:6]]),
    )


def confidence_of(doc: Document) -> float:
    """How sure the outline is (0..1): the structure inference's own figure when it gives
    one (on the outline or the document), else 1.0."""
    for owner in (doc.outline, doc):
        value = getattr(owner, "confidence", None)
        if isinstance(value, (int, float)):
            return float(value)
    return 1.0


# Worker processes


@dataclass
class WorkerConfig:
    """Everything a worker needs to rebuild its own segmenter and open the index."""

    index_dir: str
    words: list[str]
    backend: str
    cache_dir: str | None
    parent_pid: int
    # An import closes a segment after this many documents or bytes of source files (0:
    # only when it grows too large), so the parent can commit it while the worker goes on.
    segment_documents: int = 0
    segment_bytes: int = 0


def _worker_main(config: WorkerConfig, tasks, results) -> None:
    """Worker loop: index tasks into private segments until told to stop (None). Each
    segment goes back with the keys of the tasks in it (sent after their results), so an
    import can commit those documents as soon as it arrives."""
    start_child()  # the parent decides how to stop; the worker dies with it
    from pathlib import Path

    segmenter = Segmenter(config.words, config.backend, config.cache_dir)
    ix = open_index(Path(config.index_dir))
    writer = None
    keys: list[int] = []  # the tasks in the open segment
    size = 0
    try:
        while True:
            try:
                task = tasks.get(timeout=1.0)
            except queue.Empty:
                if os.getppid() != config.parent_pid:
                    # The parent died: leave, its segments are never committed. Nobody reads
                    # the results any more, so do not wait at exit for them to be flushed
                    # into a full pipe (the worker would hang there for ever).
                    results.cancel_join_thread()
                    return
                continue
            if task is None:
                break
            if writer is None:
                writer = ParagraphWriter(ix, lock=False)
            built = index_task(task, segmenter, writer)
            results.put(("doc", built))
            if built.error is None:
                keys.append(task.key)
                size += task.size
            if writer.pending_postings >= SEGMENT_POSTINGS or chunk_full(
                len(keys), writer.docnum, size, config.segment_documents, config.segment_bytes
            ):
                results.put(("segment", (writer.finish_segment(), keys)))
                writer, keys, size = None, [], 0
        if writer is not None:
            results.put(("segment", (writer.finish_segment(), keys)))
        results.put(("exit", None))
    except BaseException as exc:
        results.put(("fail", f"{type(exc).__name__}: {exc}"))
        raise


# An import's chunk holds at least this many paragraphs (index entries) before its
# document limit counts: a folder of short notices cut every few hundred documents left a
# trail of small segments, each writing its own copy of the same terms and searched apart
# (4,000 notices of five paragraphs: 20 segments, which the last commit folded together
# in pure Python at nearly twice the CPU time of the import).
CHUNK_PARAGRAPHS = 10_000


def chunk_full(documents: int, paragraphs: int, size: int, most: int, most_bytes: int) -> bool:
    """Whether an import's open chunk (``documents`` read well, ``paragraphs`` index entries,
    ``size`` bytes of files) is to be committed now, against the limits ``most`` documents
    and ``most_bytes`` (0: no limit): at ``most`` documents once it holds
    :data:`CHUNK_PARAGRAPHS`, or at ``most_bytes`` whatever it holds. Both ways of reading
    (this process, worker processes) cut alike."""
    if most_bytes and size >= most_bytes:
        return True
    return bool(most) and documents >= most and paragraphs >= CHUNK_PARAGRAPHS


def start_method() -> str:
    """fork where it is safe (POSIX, no other threads: the command line), which starts
    in milliseconds and needs no import-safe main module; spawn otherwise (the desktop
    app imports on a worker thread, and forking a threaded process can deadlock). Both
    backends' worker pools ask it (the PostgreSQL rows too)."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


class WorkerPool:
    """Worker processes fed one task at a time, yielding results as they come.

    Tasks are handed out a few at a time (not all queued up front), so cancelling stops
    within a file or two per worker; a worker that dies is reported, never waited for.
    """

    def __init__(self, config: WorkerConfig, processes: int) -> None:
        ctx = multiprocessing.get_context(start_method())
        self.tasks = ctx.Queue()
        self.results = ctx.Queue()
        self.procs = [
            ctx.Process(target=_worker_main, args=(config, self.tasks, self.results), daemon=True)
            for _ in range(processes)
        ]
        for proc in self.procs:
            proc.start()
        # (segment, keys of the tasks in it) as the workers close them, until taken
        self.segments: list[tuple[object, list[int]]] = []

    def run(self, tasks: list[Task], cancel: Callable[[], bool]) -> Iterator[Built]:
        """Yield a :class:`Built` per task until done or cancelled, collecting the
        workers' segments into ``self.segments`` as they come and, at the end, the rest.
        A segment arrives after the results of every task in it."""
        pending = iter(tasks)
        inflight = 0
        window = 2 * len(self.procs)
        stopping = False
        while True:
            while not stopping and inflight < window:
                task = next(pending, None)
                if task is None:
                    break
                self.tasks.put(task)
                inflight += 1
            if inflight == 0:
                break
            kind, payload = self._get()
            if kind == "doc":
                inflight -= 1
                yield payload
            elif kind == "segment" and payload[0] is not None:
                self.segments.append(payload)
            if not stopping and cancel():
                stopping = True
        for _ in self.procs:
            self.tasks.put(None)
        exited = 0
        while exited < len(self.procs):
            kind, payload = self._get()
            if kind == "segment" and payload[0] is not None:
                self.segments.append(payload)
            elif kind == "exit":
                exited += 1
            elif kind == "doc":  # cannot happen after the drain above; keep it safe
                yield payload

    def take_segments(self) -> list[tuple[object, list[int]]]:
        """The segments closed since the last call, with their tasks' keys, for a commit."""
        taken, self.segments = self.segments, []
        return taken

    def _get(self):
        while True:
            try:
                kind, payload = self.results.get(timeout=0.5)
            except queue.Empty:
                if any(p.exitcode not in (None, 0) for p in self.procs):
                    raise LibraryError("an indexing process stopped unexpectedly") from None
                continue
            if kind == "fail":
                raise LibraryError(f"indexing failed: {payload}")
            return kind, payload

    def close(self) -> None:
        """Stop every worker (terminate, then join within 5 s) and close the queues without waiting
        on their feeder threads, so a cancel or crash never hangs the app.
        """
        for proc in self.procs:
            if proc.is_alive():
                proc.terminate()
        deadline = time.monotonic() + 5
        for proc in self.procs:
            proc.join(max(0.1, deadline - time.monotonic()))
        for q in (self.tasks, self.results):
            with contextlib.suppress(Exception):
                q.cancel_join_thread()
                q.close()


def copy_tasks(records, present: set[str], progress) -> list[Task]:
    """Tasks for the records another library sent (``library copy``) that this one lacks.

    Both backends copy the same way: a record already ``present`` counts as unchanged, the
    rest become tasks in order; ``present`` grows so a record sent twice is copied once."""
    tasks: list[Task] = []
    for info, size, mtime, blob in records:
        if info.id in present:
            progress.unchanged += 1
            continue
        present.add(info.id)
        tasks.append(Task.of_record(len(tasks), info, size, mtime, blob))
    progress.total_files = len(tasks)
    progress.total_bytes = sum(t.size for t in tasks)
    return tasks


def settled(progress, todo) -> int:
    """How many files of an add or sync are accounted for before any is read: those that
    failed in the scan or the plan (in ``progress.errors`` so far), the unchanged ones, the
    copies of a document already in the library and the byte-identical copies in the batch
    (settled with their original). Both backends count them into the progress's totals
    (:meth:`ImportProgress.start_reading`), so the count is of every file the user chose."""
    return len(progress.errors) + todo.unchanged + todo.duplicates + len(todo.copies)


def tally_import(progress, finished, copies, removed, cancelled: bool) -> None:
    """The closing counts of an add or sync, shared by both backends.

    ``finished`` is ``(path, replaces)`` per imported file; a byte-identical copy in the
    batch counts as a duplicate of its original, or as an error when the original failed."""
    finished = list(finished)
    replaced = sum(1 for _path, replaces in finished if replaces)
    failed = dict(progress.errors)
    for original, copy in copies:
        if original in failed:
            progress.errors.append((copy, _copy_failed(original, copy, failed[original])))
        elif any(path == original for path, _replaces in finished):
            progress.duplicates += 1  # a copy of what was just imported
            progress.duplicate_of.append((copy, original))
    progress.added = len(finished) - replaced
    progress.updated = replaced
    progress.removed = len(set(removed))
    progress.cancelled = cancelled
    progress.phase = "done"


def _copy_failed(original: str, copy: str, message: str) -> str:
    """The error of a byte-identical ``copy`` of a file that failed: the original's reason
    where both have the same extension (read alike, they fail alike); otherwise only that
    it is the same content, for the reason was the other format's: binary.txt beside
    binary.docx was said to be "not a valid Word .docx file"."""
    if os.path.splitext(original)[1].lower() == os.path.splitext(copy)[1].lower():
        return f"{copy}: {message.split(': ', 1)[-1]}"
    return f"{copy}: the same bytes as {original}, which could not be read"
