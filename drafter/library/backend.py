"""The one library interface the app and the command line use, with two implementations:
a local folder (:class:`drafter.library.library.Library`, SQLite + Whoosh) and a team
library on a PostgreSQL server (:class:`drafter.library.pg.PgLibrary`).

Everything above this line (panels, commands, review, study) talks to a
:class:`LibraryBackend` and never asks which one it has; the shared contract test suite
(tests/library/test_contract.py) runs the same assertions against both, so "the same
results" is checked, not hoped for. What both backends share below the interface (the
version token, the corrections' refusal, the index state's readings, the records a copy
moves) is in drafter/library/backend_shared.py.
"""

from __future__ import annotations

import contextlib
import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from drafter.corpus import Document
from drafter.corpus.correction_ops import holds_step, meta_op, one_step
from drafter.corpus.corrections import apply_corrections
from drafter.library.analyzer import INDEX_FORMAT_KEY, Segmenter
from drafter.library.backend_shared import (
    Record,
    StoredDocument,
    document_version,
    existing_folder,
    holds_literal,
    indexed_words,
    replacing,
)
from drafter.library.build import never
from drafter.library.cached_parse import cached_or_read
from drafter.library.model import (
    Corrections,
    DocumentInfo,
    ImportProgress,
    LibraryError,
    SearchHit,
    SearchResults,
)
from drafter.library.search import check_sort
from drafter.library.sync import sha256_file
from drafter.library.vocabulary import VERSION as VOCABULARY_VERSION

log = logging.getLogger(__name__)


class LibraryBackend(ABC):
    """What a library does, whoever stores it.

    Attributes every implementation sets:

    ``root``
        a local folder for this user's files that go with the library (templates, the
        segmenter's cache). For a local library it is the library itself.
    ``location``
        how to name the library to the user: a folder, or a database URL without its
        password.
    ``on_wait``
        called once when a write must wait for another writer (to say so), or None.
    ``shared``
        True for a team library that several writers share (the UI says 团队资料库).
    ``read_only``
        why this user cannot write the library, in Chinese (a folder on a read-only share
        or disc, no write rights, a reader's account on a team library), or "" when they
        can: learnt once at open, so the window can say 只读 and grey out what would fail,
        instead of the first write failing deep inside.
    """

    root: Path
    location: str
    on_wait: Callable[[], None] | None = None
    shared: bool = False  # a team library on a server, shared by an office's writers
    read_only: str = ""  # why the library cannot be written ("" = it can)

    # Life cycle

    @abstractmethod
    def close(self) -> None:
        """Release files, connections and caches: a window switching libraries, or a
        command ending, must not leave a lock, a Whoosh searcher or a server connection
        behind (a team library's pool would otherwise keep the server's slots)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # Reading

    @abstractmethod
    def documents(self) -> list[DocumentInfo]:
        """Every document's record (no parse loaded), newest date first: the order the
        library table and ``library list`` show, the same in both libraries (the team
        library sorts with the "C" collation so the server's locale cannot change it)."""

    @abstractmethod
    def document(self, doc_id: str) -> DocumentInfo | None:
        """One document's record (title, speaker, date, counts, content hash) without
        loading its parse, so a header or a list is cheap; None when the library no longer
        has that id (a sync removed it, or its file changed and it got a new one: see
        :meth:`current_version`)."""

    def load(self, doc_id: str) -> Document:
        """The parsed document, from the library's cache (its file may be gone), with the
        user's corrections replayed: written once over :meth:`_stored`, so both libraries
        show a corrected document alike."""
        stored = self._stored(doc_id)
        doc = cached_or_read(stored.data, stored.path)
        return apply_corrections(doc, stored.ops).document if stored.ops else doc

    @abstractmethod
    def _stored(self, doc_id: str) -> StoredDocument:
        """What the library keeps of ``doc_id`` for :meth:`load` and :meth:`corrections`;
        :class:`LibraryError` when there is no such document."""

    def load_many(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        """The parsed documents of ``doc_ids``, as :meth:`load` gives each, read together
        (:meth:`_stored_many`): review's reuse (查重) index loads every document of the
        library on a machine's first opening, and a team library's one read per document
        was 4–5 round trips each (550 documents: a minute at 100 ms per round trip). A
        document gone, or whose parse cannot be read, is left out."""
        out: dict[str, Document] = {}
        for doc_id, stored in self._stored_many(list(doc_ids)).items():
            try:
                doc = cached_or_read(stored.data, stored.path)
                out[doc_id] = apply_corrections(doc, stored.ops).document if stored.ops else doc
            except Exception:  # noqa: BLE001 - left out, as documented
                log.debug("document %s does not load", doc_id, exc_info=True)
        return out

    def _stored_many(self, doc_ids: list[str]) -> dict[str, StoredDocument]:
        """:meth:`_stored` of each of ``doc_ids`` that the library holds; a backend whose
        reads are round trips reads them at once (the team library: one query)."""
        out = {}
        for doc_id in doc_ids:
            try:
                out[doc_id] = self._stored(doc_id)
            except LibraryError:
                continue
        return out

    def search(
        self,
        query: str,
        limit: int = 20,
        sort: str = "relevance",
        headings_only: bool = False,
        filters: dict | None = None,
    ) -> SearchResults:
        """Paragraphs matching ``query`` (syntax: :mod:`drafter.library.query`), ``limit``
        at most (1 at least), by relevance or by date, in headings only or everywhere,
        with the search box's ``filters`` (:data:`~drafter.library.search.FILTER_KEYS`).

        The checks, the timing and the results are written once here; each backend runs
        the query in :meth:`_search`. An unknown sort, filter or a bad query is a
        :class:`~drafter.library.model.QueryError` in Chinese."""
        started = time.perf_counter()
        check_sort(sort)
        total, hits = self._search(query, max(1, int(limit)), sort, headings_only, filters or {})
        elapsed = (time.perf_counter() - started) * 1000
        return SearchResults(query=query, total=total, elapsed_ms=elapsed, hits=hits)

    @abstractmethod
    def _search(
        self, query: str, limit: int, sort: str, headings_only: bool, filters: dict
    ) -> tuple[int, list[SearchHit]]:
        """(how many paragraphs match, the first ``limit`` of them as hits) of a checked
        search: the backend's own index or SQL."""

    def highlight(self, query: str, texts: list[str]) -> list[list[tuple[int, int]]]:
        """For each of ``texts``, the spans ``query`` matches, cut by the segmenter the
        index was built with: the reader highlights in a whole document exactly what the
        search matched in its paragraphs (三服务 is not the 三 of 三是服务质量)."""
        from drafter.library.highlight import highlight_spans, query_runs

        segmenter = self._segmenter(self._indexed_words())
        runs = query_runs(query, segmenter)
        return [highlight_spans(text, runs, segmenter) for text in texts]

    @abstractmethod
    def info(self) -> dict:
        """Counts and sizes for ``drafter library info`` and the preferences."""

    @abstractmethod
    def revision(self) -> str:
        """A token that changes whenever any writer (this process or another, on this
        machine or another) commits a change: a panel polls it to refresh its view."""

    def document_versions(self) -> dict[str, str]:
        """Every document id with its :func:`document_version`: one light query, the same
        in every process and after a restart (unlike :meth:`revision`), so an index built
        from the documents can keep it and tell later, cheaply, which documents changed.
        This default ignores corrections; both libraries override it to count them."""
        return {
            d.id: document_version(d.sha256, d.path, d.paragraphs, d.chars, None)
            for d in self.documents()
        }

    # The user's corrections (drafter.corpus.corrections): judged, checked and refused here,
    # stored by each backend's _put_corrections. Not abstract so that a backend without
    # them still opens; both libraries implement them, and so should any library a user edits.

    # What set_corrections refuses with when the stored list changed meanwhile, "{where}"
    # being the library's location: each backend names who could have changed it.
    CORRECTIONS_CHANGED = (
        "{where}: 这篇文稿的更正刚刚被修改过，本次更正未保存；请重新打开文稿后再改"
    )

    def corrections(self, doc_id: str) -> Corrections:
        """A document's stored corrections, flagged ``stale`` when they were made on an
        earlier version of its file (kept by content hash, found again by path); then
        they are replayed on the current version to list those whose text is gone
        (``skipped``) or found elsewhere (``moved``), so the user checks them."""
        stored = self._stored(doc_id)
        skipped: list[dict] = []
        moved: list[dict] = []
        stale = stored.made_on is not None and stored.made_on != stored.sha256
        if stored.ops and stale:
            applied = apply_corrections(cached_or_read(stored.data, stored.path), stored.ops)
            skipped, moved = applied.skipped, applied.moved
        return Corrections(
            stored.ops, stale, skipped, stored.made_on, moved, stored.author, stored.authors or {}
        )

    def set_corrections(
        self,
        doc_id: str,
        ops: list[dict],
        made_on: str | None = None,
        base: list[dict] | None = None,
    ) -> DocumentInfo:
        """Replace a document's corrections and re-index its paragraphs at once (its
        record and heading paths follow); marks them checked against the current file, or,
        with ``made_on`` (a content hash of an earlier version), stores them as made on that
        version: undoing 更正已核对 makes them 更正待复核 again. Returns the new record.

        ``base`` is the list of corrections the new one was made from (what the user saw):
        when the stored list is no longer that one (a colleague corrected the same document
        meanwhile), nothing is stored and :class:`~drafter.library.model.CorrectionsChanged`
        says so (:attr:`CORRECTIONS_CHANGED`); the check and the write are one step under
        the write lock. Without it the last writer wins."""
        refused = self.CORRECTIONS_CHANGED.format(where=self.location)
        return self._put_corrections(doc_id, replacing(ops, base, refused), made_on)

    def add_corrections(self, doc_id: str, ops: list[dict]) -> DocumentInfo:
        """Add ``ops`` after the stored corrections, keeping whatever a colleague stored
        between the read and the write: the stored list is read and the longer one written
        in one step under the write lock (an added correction does not depend on the ones
        before it being the same), so colleagues adding at once each keep theirs.

        Ops marked as one step (:func:`~drafter.corpus.correction_ops.as_one_step`) are
        added once: when the stored list holds their step already (written before a crash
        or a lost answer), it is stored as it is, so writing them again is harmless."""
        return self._put_corrections(
            doc_id, lambda stored: list(stored) if holds_step(stored, ops) else [*stored, *ops]
        )

    def _put_corrections(
        self,
        doc_id: str,
        make: Callable[[list[dict]], list[dict]],
        made_on: str | None = None,
    ) -> DocumentInfo:
        """Store ``make(stored corrections)`` as the document's corrections (made on
        ``made_on``, else on its current content) and index it again, in one step under the
        write lock (``make`` sees the list as it is now, and may refuse it); returns the
        new record. The backend's own storage."""
        raise NotImplementedError(f"{type(self).__name__} cannot store corrections")

    def edit_metadata(self, doc_id: str, **values: str | None) -> DocumentInfo:
        """Set title, subtitle, speaker, post, date, occasion or genre (keyword arguments;
        an empty string clears one) as corrections, added after the stored ones (replayed in
        order, the last value of a field wins). Dates are checked (2025-02-30 is refused
        with :class:`~drafter.corpus.correction_ops.CorrectionError`).

        An earlier edit of the same field is kept, not replaced: undoing a second date edit
        gave back the machine's date, not the one the user had set first, and the steps
        before it moved out of order (撤销 goes back one step at a time, as an editor's does).

        Written once here, over :meth:`corrections` and :meth:`set_corrections`, so both
        implementations edit alike."""
        # one edit of several fields is one user action: undone as one (without_last_step)
        new = one_step([meta_op(name, value) for name, value in values.items()])
        return self.add_corrections(doc_id, new)

    def stale_corrections(self) -> set[str]:
        """Ids of documents whose corrections await a re-check (their file changed)."""
        return set()

    def merge_small_segments(self, cancel: Callable[[], bool] = never) -> bool:
        """Fold the small pieces the index was left in by corrections' saves together,
        off the user's path: the app calls it on a worker once the reader's saves have
        gone quiet, so no save (nor a sync) pays for a merge. True when it merged; a
        backend whose index needs no such care (the team library's server) does nothing."""
        return False

    def export_corrections(self, with_authors: bool = False) -> list[tuple]:
        """Every stored correction as (content sha256, path, ops), for the listings' marks
        and ``library copy`` (copied before the documents, so they are replayed as the
        documents arrive). ``with_authors`` adds who stored them last and who made each
        step (author, authors; None and {} where unknown): a copy keeps them, or an office
        head reading a colleague's change in the copy would see 同事 for every one."""
        return []

    def import_corrections(self, records: list[tuple]) -> int:
        """Store corrections from another library (records of :meth:`export_corrections`,
        with or without their authors), keeping any this one already has for the same
        content; returns how many were added."""
        return 0

    def current_version(self, doc_id: str, path: str | None) -> DocumentInfo | None:
        """The record of ``doc_id``, or, when it is gone because its file changed (a new
        content, a new id), the record now at ``path``; None when neither is there. A view
        holding a document (the reader) finds by it the version a sync read since, instead
        of showing an id the library no longer knows."""
        info = self.document(doc_id)
        if info is not None or not path:
            return info
        return self.document_at(path)

    def document_at(self, path: str) -> DocumentInfo | None:
        """The record of the document imported from the file at ``path`` (as stored: resolved),
        or None. Opening a library file by its path and following a document across a sync
        both ask this; a backend with an index on paths answers it without listing them all."""
        return next((d for d in self.documents() if d.path == path), None)

    # User dictionary

    @abstractmethod
    def words(self) -> list[str]:
        """The user dictionary (words the segmenter must keep whole, a local place or a
        slogan jieba would cut), sorted: :meth:`needs_reindex` compares it with the words
        the index was built with, and the preferences list it in a stable order."""

    @abstractmethod
    def add_words(self, words: Iterable[str]) -> None:
        """Add words; they apply after :meth:`reindex` (see :meth:`needs_reindex`)."""

    @abstractmethod
    def remove_words(self, words: Iterable[str]) -> None:
        """Remove words; they stop applying after :meth:`reindex`."""

    def needs_reindex(self) -> bool:
        """True when the user dictionary (or Drafter's built-in vocabulary, after an
        upgrade) differs from the one the index was built with: indexed text and queries
        must be cut the same way, so the words apply only after :meth:`reindex`."""
        if sorted(self.words()) != self._indexed_words():
            return True
        built = self._state("vocabulary")
        return built is not None and built != VOCABULARY_VERSION

    # The library's state (key-value pairs: index format, indexed words, vocabulary)

    @abstractmethod
    def _state(self, key: str) -> str | None:
        """The library-wide state value stored under ``key``, or None."""

    def _indexed_words(self) -> list[str]:
        """The user words the index was built with (queries are cut with them)."""
        return indexed_words(self._state("indexed_words"))

    def _segmenter(self, words: list[str]) -> Segmenter:
        """The segmenter for ``words``, from the library's cache (``self._segmenters``,
        which both constructors set): building one loads jieba's dictionary."""
        return self._segmenters.get(words)  # type: ignore[attr-defined]

    # Reader versions (see drafter.library.parser_stamp)

    def stale_parses(self) -> int:
        """How many documents keep a parse made by older reading code and can be read again
        (:meth:`stale_readings`; 0 when current). Each document stores the reader version
        its parse was made with, so this counts exactly the ones :meth:`reread_stale`
        would read: a document whose file is gone keeps its old reading and is not counted."""
        return len(self.stale_readings())

    @abstractmethod
    def _old_readings(self) -> list[tuple[DocumentInfo, int, int]]:
        """(record, size, mtime_ns) of every document of this machine whose stored reader
        version is not :func:`parser_stamp.current() <drafter.library.parser_stamp.current>`
        (NULL, from before versions were kept, included)."""

    def stale_readings(self) -> list[DocumentInfo]:
        """The documents read by an older reader version whose file is still here,
        unchanged since it was read (same size and modification time): those
        :meth:`reread_stale` reads again. A file gone keeps its old reading (the cached
        parse is all there is: the source text is not stored); a changed file is left to
        sync, which imports its new content with the current reader.

        A file only touched (a new modification time over the same content: copied again,
        checked out, saved unchanged) is unchanged too, told by its content hash: left
        out, it kept its old reading through ``reindex``, and the next ``sync`` — which
        records the new time of unchanged content — found it stale and re-read it, so
        after a re-index the first sync or start of the app re-parsed again."""
        stale = []
        for info, size, mtime_ns in self._old_readings():
            path = Path(info.path)
            try:
                st = path.stat()
                if st.st_size != size:
                    continue
                if st.st_mtime_ns != mtime_ns and sha256_file(path) != info.sha256:
                    continue
            except OSError:
                continue
            stale.append(info)
        return stale

    def reread_stale(self, cancel: Callable[[], bool] | None = None) -> Iterator[ImportProgress]:
        """Read again, from its file, every document of :meth:`stale_readings` (a new
        Drafter reads better: its parses, outlines and paragraphs replace the old ones),
        the user's corrections replayed on the new parse as after a re-index (they are kept
        by content, which has not changed). A generator yielding progress like an import;
        ``progress.reindexed`` is how many were read again. A file that cannot be read now
        is reported in ``progress.errors`` and keeps its old reading. Cancelling keeps the
        documents already read again (each is stored whole) and the rest as they were.
        ``library sync``/``reindex`` and the app's opening of a library call it."""
        return self._reread_stale(cancel or never)

    @abstractmethod
    def _reread_stale(self, cancel: Callable[[], bool]) -> Iterator[ImportProgress]:
        """:meth:`reread_stale`'s work, in the backend's storage."""

    # Index format (see drafter.library.analyzer.INDEX_FORMAT)

    def _index_format(self) -> str:
        """The format the index was built with ("1" for a library from before formats)."""
        return self._state(INDEX_FORMAT_KEY) or "1"

    @abstractmethod
    def _set_index_format(self, value: str) -> None:
        """Record ``value`` as the format the index was built with."""

    def _can_rebuild(self) -> bool:
        """Whether this user may rebuild the index (a read-only folder, a reader's role: no)."""
        return True

    def literal_index(self) -> bool:
        """True when the index holds literal grams (format 2 or later): only then do words
        and phrases compile to literal matches (see :mod:`drafter.library.query_compile`)."""
        return holds_literal(self._index_format())

    def index_outdated(self) -> bool:
        """True when the index was built by an older Drafter (another
        :data:`~drafter.library.analyzer.INDEX_FORMAT`) and the library holds documents:
        the command line and the app then rebuild it with :meth:`reindex` before anything
        else, with progress, from the cached parses (nothing is read again or lost). An
        empty library is simply stamped with the current format here; one this user
        cannot write is never outdated (it keeps searching its old index, words only)."""
        from drafter.library.analyzer import INDEX_FORMAT

        if self._index_format() == INDEX_FORMAT or not self._can_rebuild():
            return False
        if not self.documents():
            with contextlib.suppress(Exception):  # a read-only library stays as it is
                self._set_index_format(INDEX_FORMAT)
            return False
        return True

    # Watched folders (folders of this machine that ``library sync`` keeps in step)

    @abstractmethod
    def watched_folders(self) -> list[str]:
        """The folders remembered for sync (resolved paths): ``library sync`` without a
        folder and the window's sync keep each of them in step, so a writer names a folder
        once, when importing it."""

    def watch(self, folder: str | Path) -> None:
        """Remember ``folder`` for sync, by its resolved path so one folder is never listed
        twice; a path that is not a folder is refused (:class:`LibraryError`)."""
        self._remember_folder(str(existing_folder(folder).resolve()))

    def unwatch(self, folder: str | Path) -> None:
        """Forget ``folder`` (by its resolved path, as :meth:`watch` kept it); its
        documents stay."""
        self._forget_folder(str(Path(folder).expanduser().resolve()))

    @abstractmethod
    def _remember_folder(self, path: str) -> None:
        """Store the resolved folder ``path`` among the watched ones (no duplicate)."""

    @abstractmethod
    def _forget_folder(self, path: str) -> None:
        """Drop the resolved folder ``path`` from the watched ones."""

    # Writing (long work: generators yielding progress after every file). The public calls
    # are written once here; each backend does the work in the hooks below them.

    def add(
        self, paths: Iterable[str | Path], cancel: Callable[[], bool] | None = None
    ) -> Iterator[ImportProgress]:
        """Import files and folders (recursively): a generator yielding progress after
        every file, cancellable; per-file errors are collected in ``progress.errors`` and
        the batch goes on. Unchanged and already-present content is skipped, so adding
        twice does not duplicate anything."""
        return self._resumable(self._update(list(paths), None, cancel or never))

    def sync(
        self, folder: str | Path, cancel: Callable[[], bool] | None = None
    ) -> Iterator[ImportProgress]:
        """Make the library match ``folder``: add new files, re-index changed ones (by
        content hash) and remove documents whose file under the folder is gone. A path
        that is not a folder is refused before anything starts."""
        path = existing_folder(folder)
        return self._resumable(self._update([path], path.resolve(), cancel or never))

    @abstractmethod
    def _update(
        self, paths: list, folder: Path | None, cancel: Callable[[], bool]
    ) -> Iterator[ImportProgress]:
        """The work of :meth:`add` (``folder`` None) and :meth:`sync` (``folder``: the
        resolved folder, whose documents without a file are removed)."""

    def _resumable(self, job: Iterator[ImportProgress]) -> Iterator[ImportProgress]:
        """``job`` as an import returns it: the team library says there what a lost
        connection keeps; a local library returns it as it is."""
        return job

    @abstractmethod
    def remove(self, doc_id_or_path: str) -> bool:
        """Remove one document by id or by file path; False when there is no such document."""

    def reindex(
        self, cancel: Callable[[], bool] | None = None, reread: bool = False
    ) -> Iterator[ImportProgress]:
        """Rebuild the index with the current user dictionary, from each document's cached
        parse (``reread``: from its file again, where it still exists); a generator
        yielding progress, cancellable."""
        return self._reindex(cancel or never, reread)

    @abstractmethod
    def _reindex(self, cancel: Callable[[], bool], reread: bool) -> Iterator[ImportProgress]:
        """:meth:`reindex`'s work, in the backend's storage."""

    # Copying between libraries (``drafter library copy SRC DST``)

    @abstractmethod
    def export_records(self) -> Iterator[Record]:
        """Every document with its cached parse, for copying into another library."""

    def import_records(
        self, records: Iterable[Record], cancel: Callable[[], bool] | None = None
    ) -> Iterator[ImportProgress]:
        """Add documents from another library (their cached parses: no file is read).
        Documents already present (same content hash) are skipped, and what is done is
        committed in batches, so an interrupted copy resumes where it stopped."""
        return self._resumable(self._import_records(records, cancel or never))

    @abstractmethod
    def _import_records(
        self, records: Iterable[Record], cancel: Callable[[], bool]
    ) -> Iterator[ImportProgress]:
        """:meth:`import_records`'s work, in the backend's storage."""
