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
searches, and the next add or sync finishes the job. An add or sync commits this way a
chunk of a few hundred documents at a time, so a crash loses only the chunks still open.

The class is assembled from parts, one module each: :mod:`~drafter.library.local_storage`
(lock, reconciliation, caches), :mod:`~drafter.library.local_indexing` (documents into the
index, re-index), :mod:`~drafter.library.local_import` (add, sync, remove, copy) and
:mod:`~drafter.library.local_corrections`; this module opens the folder and answers reads.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from drafter.library import index as ix_mod
from drafter.library import vocabulary
from drafter.library.analyzer import INDEX_FORMAT, INDEX_FORMAT_KEY, SegmenterCache
from drafter.library.backend import LibraryBackend, StoredDocument, document_version
from drafter.library.build import default_workers, now_iso
from drafter.library.catalog import Catalog
from drafter.library.local_corrections import LocalCorrections
from drafter.library.local_import import LocalImport
from drafter.library.local_indexing import LocalIndexing
from drafter.library.local_storage import (
    NO_RIGHTS,
    READ_ONLY_FS,
    LocalStorage,
    read_only_message,
    write_refusal,
)
from drafter.library.location import CATALOG_NAME
from drafter.library.model import DocumentInfo, LibraryError, NoLibraryHere, SearchHit
from drafter.library.search import SearchEngine
from drafter.library.vocabulary import clean_words


class Library(LocalCorrections, LocalImport, LocalIndexing, LocalStorage, LibraryBackend):
    """A local document library in a folder: import, sync, search. Open with
    :meth:`Library.open` (or :func:`drafter.library.open_library`, which also opens team
    libraries on a database server).

    Many processes may read (search, list) at once; one at a time writes. A writer that
    finds the library busy waits ``lock_timeout`` seconds, then raises
    :class:`LibraryBusy`.
    """

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
        self.workers = workers or default_workers()
        self.backend = backend
        self._segmenters = SegmenterCache(backend, root / "cache")
        self._index = None
        self._index_name: str | None = None
        self._docs: dict[str, DocumentInfo] | None = None
        self._docs_version: int | None = None
        self._engine = SearchEngine(
            self._current_index, self._documents, self._query_segmenter, self.literal_index
        )

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
                raise NoLibraryHere(f"{root}: no Drafter library here")
            if root.exists() and not root.is_dir():
                raise LibraryError(f"{root}: not a folder")
            try:
                root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"{root}: cannot create the library ({exc.strerror})") from exc
            refusal = write_refusal(root)
            if refusal:
                raise LibraryError(f"{root.absolute()}：无法在这里建立资料库（{refusal}）")
        catalog = Catalog(catalog_path)
        refusal = write_refusal(root)
        if catalog.readonly and not refusal:  # the catalogue file itself is read-only
            refusal = READ_ONLY_FS if _read_only_mount(root) else NO_RIGHTS
        if refusal:
            catalog.refuse_writes(read_only_message(root, refusal))
        if not catalog.readonly and catalog.get_state("vocabulary") is None and not catalog.ids():
            catalog.set_state("vocabulary", vocabulary.VERSION)  # a new, empty library
        if not catalog.readonly and not catalog.ids():  # no old index: it is this code's
            catalog.set_state(INDEX_FORMAT_KEY, INDEX_FORMAT)
        library = cls(root, catalog, **options)
        library.read_only = refusal
        library._current_index()  # create the empty index with the library
        library.catch_up_index()  # a correction's save the app closed in the middle of
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

    def document_at(self, path: str) -> DocumentInfo | None:
        """The record of the document imported from ``path``, by the catalog's path lookup."""
        return self.catalog.by_path(path)

    def _stored(self, doc_id: str) -> StoredDocument:
        info = self._info(doc_id)
        ops, made_on, author, authors = self.catalog.corrections_row(info.sha256, info.path)
        return StoredDocument(
            info.sha256, info.path, self.catalog.data(doc_id), ops, made_on, author, authors
        )

    def _search(
        self, query: str, limit: int, sort: str, headings_only: bool, filters: dict
    ) -> tuple[int, list[SearchHit]]:
        return self._engine.search(query, limit, sort, headings_only, filters)

    def document_versions(self) -> dict[str, str]:
        """Every document's version token, corrections counted (see
        :meth:`LibraryBackend.document_versions`)."""
        return {
            doc_id: document_version(sha, path, paragraphs, chars, json.loads(ops) if ops else None)
            for doc_id, sha, path, paragraphs, chars, ops in self.catalog.version_rows()
        }

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
        """The user dictionary, sorted (see :meth:`LibraryBackend.words`), from the catalogue."""
        return self.catalog.words()

    def add_words(self, words: Iterable[str]) -> None:
        """Add words to the user dictionary. They take effect at the next
        :meth:`reindex` (indexed text and queries must be cut the same way)."""
        clean = clean_words(words)
        self.catalog.add_words(clean, now_iso())
        self._writes += 1

    def remove_words(self, words: Iterable[str]) -> None:
        """Remove dictionary words (they stop applying after a reindex) and count it as a write so
        panels refresh.
        """
        self.catalog.remove_words(clean_words(words))
        self._writes += 1

    def _state(self, key: str) -> str | None:
        return self.catalog.get_state(key)

    def _set_index_format(self, value: str) -> None:
        if not self.catalog.readonly:
            self.catalog.set_state(INDEX_FORMAT_KEY, value)

    def _can_rebuild(self) -> bool:
        return not self.catalog.readonly

    # Watched folders

    def watched_folders(self) -> list[str]:
        """The folders remembered for sync."""
        return self.catalog.folders()

    def _remember_folder(self, path: str) -> None:
        self.catalog.add_folder(path)

    def _forget_folder(self, path: str) -> None:
        self.catalog.remove_folder(path)


def _read_only_mount(path: Path) -> bool:
    """True when ``path`` lies on a file system mounted read-only (a disc, a ro share)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
