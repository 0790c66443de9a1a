"""Loading a document into the reader: read on a worker (a library document, its record
and, for a team library, its stored corrections, one round trip each), shown when it comes
unless another load replaced it; and the shown document followed when the library changes
(a sync, an import, another program or a colleague), reopened where the user was reading.

A mixin of :class:`~drafter.ui.panels.reader_panel.ReaderPanel`, over its ``_library``,
the document shown (``_doc_key``, ``_info``, ``_doc_library``, ``_terms``,
``_terms_asked``), its ``_worker``, ``_version_read``, ``_said_after_open`` and
``_notice_after_open``, its ``status_message`` signal and its :meth:`~drafter.ui.panels.reader_panel.ReaderPanel.show_document`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from drafter.library.change_note import change_note, said_who
from drafter.library.correction_authors import changed_by
from drafter.messages import server_gone
from drafter.ui.errors import failure_text
from drafter.ui.library_reads import off_thread
from drafter.ui.panels.reader_corrections import UNREAD
from drafter.ui.workers import Worker


class ReaderLoading:
    """The reader's document loads (see the module docstring)."""

    def open_document(
        self,
        doc_id: str,
        paragraph_index: int | None = None,
        terms: Iterable[str] = (),
        status: str | None = None,
        terms_asked: bool = True,
        notice: str = "",
    ) -> None:
        """Load a library document on a worker, then show it at ``paragraph_index``; the status
        line then says ``status`` (why this document opened), else 已打开《…》. With
        ``terms_asked`` false (opened from the table while a search is shown) the terms
        are highlighted where the document has them, and nothing is said where it has none.
        ``notice`` is said over the text once it is shown (showing a document clears the
        bar, so a note given before the load ends would be lost): what ``gui --open`` read
        in the file itself, such as a Word file's pending 修订 and comments."""
        self._said_after_open = status
        self._notice_after_open = (doc_id, notice if self._library is not None else "")
        if self._library is None:
            self.status_message.emit("资料库正在加载，请稍候再打开文稿。")
            return
        library, terms = self._library, list(terms)
        if self._worker is not None:
            self._worker.cancel()
        self.status_message.emit("正在打开文稿…")
        worker = Worker(lambda _t: _read_document(library, doc_id), self)
        worker.finished.connect(
            lambda result: (
                self._show_read(result, doc_id, paragraph_index, terms, library, terms_asked)
                if worker is self._worker
                else None
            )
        )
        options = {
            "paragraph_index": paragraph_index,
            "terms": terms,
            "status": status,
            "terms_asked": terms_asked,
            "notice": notice,
        }
        worker.failed.connect(
            lambda msg, exc: self._on_load_failed(
                msg, exc, doc_id if worker is self._worker else "", options
            )
        )
        worker.ended.connect(lambda: self._forget(worker))
        worker.ended.connect(worker.deleteLater)
        self._worker = worker
        worker.start()

    @property
    def loading(self) -> bool:
        """True while a document is being read on a worker for the reader: what it shows
        is about to be replaced, and following a library change waits for that load."""
        return self._worker is not None

    def _show_read(self, result: tuple, doc_id: str, *rest: Any) -> None:
        """Show a document :func:`_read_document` read, with its stored corrections."""
        document, info, corrections, ops = result
        self._corrections_read = (doc_id, corrections)
        self.show_document(document, info, doc_id, *rest)
        # the corrections it was shown with: a colleague's change is said against them
        self._ops_seen = (doc_id, ops)

    def follow_library(self) -> None:
        """The library changed (a sync, an import, another program or a colleague): show the
        current version of the document shown, where the user was reading. A sync that
        re-read its edited file left the reader on the old text under an id the library no
        longer knew (corrections then failed), with 已更正 where the table said 更正待复核;
        ``library edit`` from the command line left the old title in the header."""
        library, info = self._doc_library, self._info
        if library is None or info is None or self._worker is not None:
            return  # nothing from the library, or a load under way brings the news itself
        key = self._doc_key
        # on a worker for a team library (a round trip to the server), at once for a local one
        self._version_read.run(
            library,
            lambda: (
                key,
                info,
                library.current_version(key, getattr(info, "path", None)),
                *_ops_and_authors(library, key),
            ),
        )

    def _follow_version(self, read: tuple) -> None:
        """Open the version :meth:`follow_library` found, when the document it was asked
        for is still the one shown and still not loading."""
        key, info, now, ops, authors, author = read
        if key != self._doc_key or info is not self._info or self._worker is not None:
            return  # the reader moved on meanwhile
        seen = self._ops_seen[1] if self._ops_seen[0] == key else None
        if self.corrections.storing or self.corrections.writing_pending:
            seen = None  # the user's own corrections land now: their reload says so
        if now is None or (now == info and (seen is None or ops is None or ops == seen)):
            return
        if now.id != self._doc_key:
            said = "原文件改动过，显示的是现在的版本。"
        else:
            # who changed what: 李明's new title, or headings (which change no record:
            # they were not followed at all), not a bare 文稿信息已更新
            who = said_who(
                getattr(self._doc_library, "shared", False),
                changed_by(seen, ops, authors, author),
            )
            said = change_note(info, now, seen, ops, who) or "文稿信息已更新。"
        # the search's terms are found again in the new version: the re-read dropped the hits
        # shown (F3 then said 本文中没有检索词) though the text had them still
        self.open_document(
            now.id,
            self._top_paragraph(),
            terms=list(self._terms),
            status=said,
            terms_asked=self._terms_asked,
        )

    def _on_load_failed(
        self, message: str, exc: object, doc_id: str = "", options: dict | None = None
    ) -> None:
        """A load failed: said in the status line; a team library's server away shows the
        document chosen waiting for it instead (:meth:`~drafter.ui.panels.reader_waiting.ReaderWaiting.wait_for_server`),
        ``doc_id`` being the load's document while it is the newest load ("" else)."""
        text = failure_text(message, exc)
        self._said_after_open = None
        self._notice_after_open = ("", "")  # of the document that did not open
        if doc_id and server_gone(exc):
            self.wait_for_server(doc_id, text, options or {})
            return
        self.status_message.emit(f"无法打开文稿：{text}")

    def _forget(self, worker: Worker) -> None:
        if self._worker is worker:
            self._worker = None


def _ops_of(library: Any, doc_id: str) -> list[dict] | None:
    """The stored corrections of ``doc_id`` (None when the library cannot say): what a
    colleague's change is told against."""
    try:
        state = library.corrections(doc_id)
    except Exception:  # noqa: BLE001 - a backend without corrections: nothing to compare
        return None
    return list(state.ops) if state is not None else []


def _ops_and_authors(library: Any, doc_id: str) -> tuple[list[dict] | None, dict, str | None]:
    """The stored corrections of ``doc_id`` (None when the library cannot say), who made
    each step and who stored them last: what a colleague's change is told against, and
    by whose name."""
    try:
        state = library.corrections(doc_id)
    except Exception:  # noqa: BLE001 - a backend without corrections: nothing to compare
        return None, {}, None
    if state is None:
        return [], {}, None
    return list(state.ops), dict(getattr(state, "authors", None) or {}), state.author


def _read_document(library: Any, doc_id: str) -> tuple[Any, Any, Any, Any]:
    """On the load's worker: the document, its record and its stored corrections (a
    team library's every read is a round trip to the server; the reader asked for the
    corrections on the window's thread three times per document shown)."""
    document, info = library.load(doc_id), library.document(doc_id)
    if not off_thread(library):
        # a local library's are read where asked, fresh; their ops kept to tell another
        # window's change by
        return document, info, UNREAD, _ops_of(library, doc_id)
    try:
        corrections = library.corrections(doc_id)
    except Exception:  # noqa: BLE001 - a backend without corrections: asked again later
        corrections = UNREAD
    ops = list(corrections.ops) if corrections not in (UNREAD, None) else None
    return document, info, corrections, ops
