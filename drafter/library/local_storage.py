"""The local library's folder kept consistent: the write lock (one writer at a time, across
processes), the reconciliation of index and catalogue after an interrupted write (see
:mod:`drafter.library.library`), the index folder in use (a re-index builds a new one
beside it and switches over) and the caches that must follow the catalogue.

A part of :class:`~drafter.library.library.Library` (a mixin over the attributes its
constructor sets): every other part writes through :meth:`LocalStorage._writing` and
reads the index through :meth:`LocalStorage._current_index`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from drafter.library import index as ix_mod
from drafter.library.analyzer import Segmenter
from drafter.library.build import ParagraphWriter
from drafter.library.model import DocumentInfo, LibraryBusy, LibraryError

LOCK_NAME = "write.lock"


READ_ONLY_FS = "文件夹在只读的磁盘或共享上"
NO_RIGHTS = "没有写入这个文件夹的权限"


def read_only_message(root: Path, why: str) -> str:
    """The one line a write to a read-only library fails with: the library's full path,
    that it is read-only and why, and what still works."""
    return f"{Path(root).absolute()}：资料库是只读的（{why}），只能检索和阅读，不能修改"


def write_refusal(root: Path) -> str:
    """Why the folder ``root`` cannot be written ("" when it can), found by creating and
    removing a temporary file in it, as the lock and SQLite's journal would: the
    operating system's own answer, so a read-only share, a disc, missing rights (or an
    ACL that ``os.access`` misreads) are all seen. Other errors (a full disk) are not a
    read-only library: the write itself will say what happened."""
    try:
        fd, name = tempfile.mkstemp(prefix=".drafter-probe-", dir=root)
    except OSError as exc:
        if exc.errno == errno.EROFS:
            return READ_ONLY_FS
        if exc.errno in (errno.EACCES, errno.EPERM):
            return NO_RIGHTS
        return ""
    os.close(fd)
    with contextlib.suppress(OSError):  # created but not deleted: writable all the same
        os.unlink(name)
    return ""


class LocalStorage:
    """Locking, consistency and caches of a library folder (see the module docstring)."""

    @contextmanager
    def _writing(self):
        if self.read_only:
            raise LibraryError(read_only_message(self.root, self.read_only))
        lock = FileLock(str(self.root / LOCK_NAME), timeout=self.lock_timeout)
        try:
            try:
                lock.acquire(timeout=0)
            except PermissionError:
                raise LibraryError(read_only_message(self.root, NO_RIGHTS)) from None
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
        self._pay_owed()  # corrections stored by a save cut off mid-index
        if ix_mod.needs_merge(index):
            # the segments corrections' saves left unmerged (LocalCorrections), by tiers
            ix_mod.commit_segments(ParagraphWriter(index, lock=False), [])
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

    def _query_segmenter(self) -> Segmenter:
        return self._segmenter(self._indexed_words())

    def _info(self, doc_id: str) -> DocumentInfo:
        info = self.catalog.document(doc_id)
        if info is None:
            raise LibraryError(f"no document {doc_id} in the library")
        return info
