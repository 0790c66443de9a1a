"""Reading and segmenting documents into the rows the team library stores.

The same reading pipeline and the same :class:`~drafter.library.analyzer.Segmenter` as
the local index, so both libraries hold the same terms at the same positions; only the
container differs: here a ``tsvector`` (positions shifted by one, as PostgreSQL counts
from 1) plus the occurrence counts BM25 needs. Big batches are read by worker processes
(CPU-bound, one per core); the database writes happen in the parent.
"""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field

from drafter.child_process import start_child
from drafter.corpus.apparatus_parts import searchable_apparatus
from drafter.corpus.display import count_chars, count_paragraphs, written
from drafter.library import parser_stamp
from drafter.library.analyzer import Segmenter, normalize_term
from drafter.library.build import Task, document_info, read_failure, read_task, start_method
from drafter.library.chunks import index_pieces
from drafter.library.model import DocumentInfo

# PostgreSQL's limits on a tsvector: positions 1..16383, at most 256 per lexeme, a lexeme
# under 2 KB. Longer paragraphs keep their first 16383 word positions for phrases.
MAX_POSITION = 16383
MAX_POSITIONS = 256
MAX_LEXEME_BYTES = 2000


@dataclass
class Paragraph:
    """One row of the ``paragraphs`` table, prepared in Python rather than by the server's
    text search: the terms are cut by the same segmenter and weighed by the same lengths as
    the local index, so both libraries rank a query alike."""

    idx: int
    piece: int
    text: str
    section: list[str]
    is_heading: bool
    length: int
    fl: float
    tf: str | None  # JSON of the terms that occur more than once
    tsv: str  # tsvector literal
    terms: list[str]  # the distinct terms, for the document frequencies


@dataclass
class Prepared:
    """A document ready to store, or why it could not be read."""

    key: int
    path: str
    size: int
    mtime_ns: int
    info: DocumentInfo | None = None
    data: bytes | None = None
    outline: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    error: str | None = None
    reader: str | None = None  # as Built.reader: None keeps the record's reader version


def quote_lexeme(term: str) -> str:
    """``term`` as a quoted lexeme of a tsvector or tsquery literal. Whatever the term
    holds (quotes, backslashes, operators), it stays one lexeme."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def stored_length(length: int) -> float:
    """The paragraph length as the local index stores it (one byte, lossy), so BM25
    normalises lengths exactly as the local library does."""
    from whoosh.util.numeric import byte_to_length, length_to_byte

    return float(byte_to_length(length_to_byte(length))) if length else 0.0


def paragraph_rows(p, segmenter: Segmenter) -> list[Paragraph]:
    """The rows of one :class:`~drafter.corpus.Paragraph`: one, or one per piece of a
    long paragraph (cut as the local index cuts it, see :mod:`drafter.library.chunks`)."""
    return [piece_row(p, n, text, segmenter) for n, text in enumerate(index_pieces(p.text))]


def piece_row(p, piece: int, text: str, segmenter: Segmenter) -> Paragraph:
    """The row of one piece of a paragraph (a long paragraph is indexed in pieces, as the
    local index cuts it); terms longer than PostgreSQL accepts in a tsvector are left out
    rather than failing the whole document."""
    terms, length = segmenter.index_terms(text)
    parts = []
    tf = {}
    kept = []
    for term, positions in terms.items():
        if len(term.encode("utf-8")) > MAX_LEXEME_BYTES:
            continue
        kept.append(term)
        if len(positions) > 1:
            tf[term] = len(positions)
        shown = ",".join(str(min(pos + 1, MAX_POSITION)) for pos in positions[:MAX_POSITIONS])
        parts.append(f"{quote_lexeme(term)}:{shown}")
    return Paragraph(
        idx=p.index,
        piece=piece,
        text=text,
        section=list(p.section),
        is_heading=p.is_heading,
        length=length,
        fl=stored_length(length),
        tf=json.dumps(tf, ensure_ascii=False) if tf else None,
        tsv=" ".join(parts),
        terms=kept,
    )


def prepare(task: Task, segmenter: Segmenter) -> Prepared:
    """Read (or decode) one document and cut its paragraphs; errors are recorded, never
    raised, so one bad file does not stop a batch (the same messages as the local
    library's :func:`~drafter.library.build.index_task`)."""
    out = Prepared(task.key, task.path, task.size, task.mtime_ns)
    try:
        doc, data, paragraphs = read_task(task)
        searched = paragraphs + searchable_apparatus(doc.apparatus, len(paragraphs))  # 附录
        out.paragraphs = [row for p in searched for row in paragraph_rows(p, segmenter)]
    except Exception as exc:  # a reader bug must not stop the batch
        out.error = read_failure(task, exc)
        out.paragraphs = []
        return out
    out.info = document_info(
        task, doc, count_paragraphs(paragraphs)[0], count_chars(written(paragraphs))
    )
    out.data = data
    out.reader = None if data is task.data else parser_stamp.current()
    out.outline = json.dumps(asdict(doc.outline), ensure_ascii=False)
    return out


def normalized(value: str | None) -> str | None:
    """A document field as ``title:`` / ``speaker:`` searches compare it."""
    return normalize_term(value) if value else None


# Worker processes

_SEGMENTER: Segmenter | None = None


def _init_worker(words: list[str], backend: str, cache_dir: str | None) -> None:
    global _SEGMENTER
    start_child()  # the parent decides how to stop; the worker dies with it
    _SEGMENTER = Segmenter(words, backend, cache_dir)


def _prepare_in_worker(task: Task) -> Prepared:
    return prepare(task, _SEGMENTER)


def prepare_all(
    tasks: list[Task],
    segmenter: Callable[[], Segmenter],
    words: list[str],
    backend: str,
    cache_dir: str | None,
    workers: int,
    cancel: Callable[[], bool],
) -> Iterator[Prepared]:
    """Prepared documents in task order: in this process for small batches, else in
    ``workers`` processes. Stops (terminating the workers) when ``cancel()`` is true."""
    total = sum(t.size for t in tasks)
    if workers <= 1 or len(tasks) < 4 or total < (3 << 20):
        seg = segmenter()
        for task in tasks:
            if cancel():
                return
            yield prepare(task, seg)
        return
    ctx = multiprocessing.get_context(start_method())
    pool = ctx.Pool(workers, initializer=_init_worker, initargs=(words, backend, cache_dir))
    try:
        for prepared in pool.imap(_prepare_in_worker, tasks, chunksize=2):
            yield prepared
            if cancel():
                return
    finally:
        pool.terminate()
        pool.join()
