"""Corrections made in the reader while a team library's server is away: kept, then written.

A correction in the reader is one click (设为一级标题, 不是标题, 改为二级标题 …); with the
server away it failed on its worker and one status-bar line said 更正未保存: the click was
lost. Now it is kept here, in order, in memory and in a small JSON file beside the user's
settings (written atomically, so a crash or a quit while the server is away loses nothing),
and written once the server answers again (:func:`write_pending`), each one once, in the
order it was made, and taken off the list as it is stored.

Where the document changed meanwhile (a colleague's sync read a new version of its file:
a new content, a new id) the correction goes to the version now at its path, stored as
made on the version the user corrected, so the library flags it for re-check (更正待复核)
as it does any correction made on an earlier version. No Qt here.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from drafter.atomic import atomic_write_text
from drafter.corpus.correction_ops import as_one_step, holds_step
from drafter.library.model import DocumentInfo, LibraryError

log = logging.getLogger(__name__)

PENDING_FILE = "pending-corrections.json"
"""The file, beside the user's settings, that keeps corrections waiting for the server."""


@dataclass
class Pending:
    """One correction waiting for its library: the ops of one user step on one document,
    the document as the user saw it (id, content hash, path) and what the step was (for
    the status line: 设为一级标题「…」)."""

    library: str  # the library's location (:attr:`location`: a team server's URL, no password)
    doc_id: str
    sha256: str
    path: str
    ops: list[dict]
    said: str = ""
    title: str = ""  # the document's title when it was made, to name it where it is not shown
    # An undo, a redo or 更正已核对 replaces the document's whole list: ``ops`` is that list,
    # ``base`` the list the user saw when choosing it (None: a new step added after the
    # stored ones) and ``made_on`` the earlier content it is stored as made on, if any.
    base: list[dict] | None = None
    made_on: str | None = None

    def __post_init__(self) -> None:
        # one step: its identity on the server, so writing it again adds nothing (a whole
        # list replaced is known again by being the list stored)
        if self.base is None:
            self.ops = as_one_step(self.ops)

    @property
    def replaces(self) -> bool:
        """Whether this entry replaces the document's whole list (an undo, a redo, 更正已核对)."""
        return self.base is not None


class PendingCorrections:
    """The corrections waiting to be written, in the order they were made; kept in ``path``
    (None: in memory only). Safe to use from the window's thread and one worker."""

    def __init__(self, path: str | Path | None = None) -> None:
        """Read what an earlier session left in ``path``; a damaged file is set aside (named
        in the log with its full path) rather than stopping the app."""
        self.path = Path(path) if path is not None else None
        self._lock = threading.Lock()
        self._entries: list[Pending] = []
        self.problem = ""  # why the file could not be read or written ("" = it could)
        if self.path is not None and self.path.exists():
            try:
                rows = json.loads(self.path.read_text(encoding="utf-8"))
                self._entries = [Pending(**row) for row in rows]
                if any(row.get("ops") != e.ops for row, e in zip(rows, self._entries)):
                    self._save()  # an older file: its entries' steps kept before any write
            except (OSError, ValueError, TypeError) as exc:
                self.problem = f"{self.path}: 无法读取待保存的更正（{exc}）"
                log.error("%s", self.problem)

    def entries(self, library: str | None = None, doc_id: str | None = None) -> list[Pending]:
        """The waiting corrections (of ``library``, of ``doc_id`` there), oldest first."""
        with self._lock:
            return [
                e
                for e in self._entries
                if (library is None or e.library == library)
                and (doc_id is None or e.doc_id == doc_id)
            ]

    def add(self, entry: Pending) -> bool:
        """Keep ``entry`` after the others; False when the file could not be written (the
        entry is kept in memory all the same, and :attr:`problem` says why)."""
        with self._lock:
            self._entries.append(entry)
            return self._save()

    def drop(self, entry: Pending) -> bool:
        """Take ``entry`` off the list (it was stored, or cannot be); False when the file
        could not be written."""
        with self._lock:
            self._entries = [e for e in self._entries if e is not entry]
            return self._save()

    def _save(self) -> bool:
        if self.path is None:
            return True
        try:
            if self._entries:
                rows = [asdict(e) for e in self._entries]
                self.path.parent.mkdir(parents=True, exist_ok=True)  # no settings saved yet
                atomic_write_text(self.path, json.dumps(rows, ensure_ascii=False, indent=1))
            elif self.path.exists():
                self.path.unlink()
        except OSError as exc:
            self.problem = f"{self.path}: 无法保存待保存的更正（{exc}）"
            log.error("%s", self.problem)
            return False
        self.problem = ""
        return True


def kept_ops(state: Any) -> list[dict]:
    """The stored ops of ``state`` without those the changed file lost (while stale): what a
    correction made on the file as it is, or 更正已核对, keeps."""
    if not getattr(state, "stale", False):
        return list(state.ops)
    lost = [op for op in getattr(state, "skipped", None) or [] if op.get("op") != "meta"]
    return [op for op in state.ops if op not in lost]


def store_new(library: Any, doc_id: str, ops: list[dict]) -> DocumentInfo:
    """Store ``ops`` after a document's corrections, as the reader does for a new one: on a
    file changed under them the ones it lost go, else they are added to whatever is stored
    now (a colleague's correction made meanwhile too). Ops marked as one step that the
    document holds already (written before a crash) are not stored again."""
    state = library.corrections(doc_id)
    if holds_step(state.ops, ops):
        return library.document(doc_id)
    kept = kept_ops(state)
    if len(kept) < len(state.ops):
        return library.set_corrections(doc_id, [*kept, *ops], base=list(state.ops))
    return library.add_corrections(doc_id, list(ops))


def write_pending(library: Any, entry: Pending) -> DocumentInfo:
    """Write one waiting correction to ``library`` now: on its document, or, where that
    was replaced by a new version of its file meanwhile, on the version now at its path,
    as made on the one the user corrected (更正待复核 then asks for a re-check). A
    :class:`LibraryError` when the document is gone altogether.

    Idempotent: the entry's ops share one step, and a document holding that step already
    (the write went through, then the app crashed or the answer was lost before the entry
    was taken off the list) gets nothing more, so a replay never stores it twice."""
    if entry.replaces:
        return _write_replacing(library, entry)
    if library.document(entry.doc_id) is not None:
        return store_new(library, entry.doc_id, entry.ops)
    now = library.document_at(entry.path) if entry.path else None
    if now is None:
        raise LibraryError(f"{getattr(library, 'location', '')}: 文稿已不在资料库中")
    state = library.corrections(now.id)
    if holds_step(state.ops, entry.ops):  # written on it before a crash
        return now
    return library.set_corrections(
        now.id, [*state.ops, *entry.ops], made_on=entry.sha256, base=list(state.ops)
    )


# What a kept undo or redo is refused with when its list cannot be stored as the user meant.
REPLACE_REFUSED = "{what}未保存：这篇文稿的更正在此之后已被修改，请重新打开文稿后再做"
REPLACE_GONE = "{what}未保存：文稿已更新或不在资料库中，请重新打开文稿后再做"


def _write_replacing(library: Any, entry: Pending) -> DocumentInfo:
    """Write a kept undo, redo or 更正已核对 (:attr:`Pending.replaces`): stored when the
    document still holds the list the user saw, nothing more when it holds the new list
    already (the save went through before the window closed), else refused in Chinese
    (a colleague's correction, or a new version of the file, came in between: replacing
    the list then would drop it)."""
    what = entry.said.split("：", 1)[0] if entry.said else "撤销或重做"
    info = library.document(entry.doc_id)
    if info is None:
        raise LibraryError(REPLACE_GONE.format(what=what))
    stored = list(library.corrections(entry.doc_id).ops)
    if stored == entry.ops:
        return info
    if stored != entry.base:
        raise LibraryError(REPLACE_REFUSED.format(what=what))
    return library.set_corrections(entry.doc_id, list(entry.ops), entry.made_on, base=entry.base)
