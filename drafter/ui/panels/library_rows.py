"""The library table's rows: the document list read again (on a worker for a team library)
and shown, with the filters' choices, the 按场合浏览 tree and the 重新解析 notice refilled,
the user's selection kept across the new rows (or a row asked for selected once it is
shown), and a row's 结构待核 reasons looked up for its tooltip.

A part of :class:`~drafter.ui.panels.library_panel.LibraryPanel` (a mixin over the model,
view and attributes its constructor sets).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

from drafter.library import LibraryError, ServerAway
from drafter.ui.errors import describe
from drafter.ui.library_reads import off_thread
from drafter.ui.models.documents import DocumentRole, document_year
from drafter.ui.panels.library_browsing import ALL_GENRES, ALL_YEARS
from drafter.ui.panels.library_listing import Listing, read_listing
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)


class LibraryRows:
    """The table's rows and their selection (see the module docstring)."""

    def _doubts_of(self, doc_id: str) -> list[str] | None:
        """The outline doubts of a library document (its cached parse), which the table's
        结构待核 tooltip names as the reader's header does."""
        library = self._library
        if library is None:
            return []
        if off_thread(library):  # a team library: loaded on a worker, None meanwhile
            if doc_id not in self._doubts_asked:
                self._doubts_asked.add(doc_id)
                worker = Worker(lambda _t: _doubts(library.load(doc_id)), self)
                worker.finished.connect(
                    lambda doubts: (
                        self.model.known_doubts(doc_id, doubts)
                        if library is self._library
                        else None
                    )
                )
                worker.failed.connect(lambda *_a: self._doubts_asked.discard(doc_id))
                worker.ended.connect(worker.deleteLater)
                worker.start()
            return None
        return _doubts(library.load(doc_id))

    def refresh(self) -> None:
        """Re-read the document list from the library, keeping filters and selection: on a
        worker for a team library (the list shown stays until the new one comes; a refresh
        asked meanwhile reads once more, and only the newest is shown), at once for a local
        one (:mod:`drafter.ui.library_reads`)."""
        library = self._library
        if library is None:
            self._show_listing(Listing())
            return
        opening = self._opening
        self._listing.run(library, lambda: read_listing(library, opening=opening))

    def _listing_failed(self, exc: BaseException) -> None:
        log.exception("listing documents failed", exc_info=exc)
        self._show_listing(Listing(error=exc))

    def _show_listing(self, listing: Listing) -> None:
        """Show what :func:`read_listing` read (or an empty library, with none open)."""
        docs = listing.documents
        if listing.error is not None:
            exc = listing.error
            if not isinstance(exc, LibraryError):
                log.error("listing documents failed: %s", exc)
            if not isinstance(exc, ServerAway):  # the offline banner says that one
                self.status_message.emit(f"无法读取资料库目录：{describe(exc)}")
            # the list shown stays (a team library's server away for a while): an
            # empty table said the library had lost its documents
            if self.model.rowCount():
                return
        opening, self._opening = listing.outdated is not None, False
        if listing.may_rebuild is not None:
            self._may_rebuild = listing.may_rebuild
        checked = listing.checked
        kept = self.selected_ids()  # the new rows replace these: selected again below
        self.model.set_documents(docs, listing.stale, checked)
        self._doubts_asked.clear()  # the model forgot the doubts it was told
        self._replay_marks(docs, listing.marks_final)
        self._refill_combo(self.genre_box, ALL_GENRES, {d.genre for d in docs if d.genre})
        self._refill_combo(
            self.year_box, ALL_YEARS, {document_year(d) for d in docs if document_year(d)}, True
        )
        self.occasion_tree.set_documents(docs)
        self.stack.setCurrentIndex(1 if docs else 0)
        self._fit_tree()
        self._on_filter_changed()
        self._update_enabled()
        wanted, self._select_after_listing = self._select_after_listing, None
        if wanted is not None:
            self.select_document(wanted)
        else:
            self._select_again(kept)
        library = self._library if docs else None
        stale = len(listing.stale_ids or ())
        self.reparse_notice.show_count(stale, library, self._worker is not None)
        self.listed.emit()
        if self._library is None:
            return
        if opening:
            self._opened(listing)
        if self._following:
            self._following = False
            self._follow(listing)

    def _replay_marks(self, docs: list[Any], final: bool) -> None:
        """Replay on a worker the corrections whose net change the listing left unknown
        (:func:`drafter.library.correction_marks.read_marks`), then show the final marks:
        the first listing of 300 corrected documents read every one's parse on the window's
        thread (a local library) or kept the table waiting (a team one). A newer listing
        drops the answer (its own replays, if any, follow)."""
        self._marks_asked += 1
        library, asked = self._library, self._marks_asked
        if final or library is None or not docs:
            return
        from drafter.library.correction_marks import correction_marks

        worker = Worker(lambda _t: correction_marks(library, docs), self)

        def show(marks: dict[str, str]) -> None:
            if asked == self._marks_asked and library is self._library:
                self.model.known_marks(marks)
                self.marks_replayed.emit()

        worker.finished.connect(show)
        worker.failed.connect(lambda msg, _exc: log.warning("replaying the marks: %s", msg))
        worker.ended.connect(worker.deleteLater)
        worker.start()

    def select_document(self, doc_id: str) -> bool:
        """Select and scroll to the row of ``doc_id`` (a document opened by its file path:
        the table showed no row for what the reader showed); False when it is not listed
        or hidden by the filters, which stay as the user set them. Asked while a listing is
        under way (``gui --open`` at start-up), the row is selected again once it is shown:
        the new rows replace the ones selected now, or bring the row not listed yet."""
        if self._listing.busy:
            self._select_after_listing = doc_id
        row = self.model.row_of(doc_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        # in the middle: at the edge (the table behind another tab) it showed half a row
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _select_again(self, ids: list[str]) -> None:
        """Select ``ids`` again after the rows were replaced (a refresh after an import, a
        sync or a colleague's change dropped the user's selection), without scrolling: those
        no longer listed, or hidden by the filters, are left out."""
        selection, flag = self.view.selectionModel(), QItemSelectionModel.SelectionFlag
        current = False
        for doc_id in ids:
            row = self.model.row_of(doc_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
            if index is None or not index.isValid():
                continue
            if not current:  # the first one is the current row again, as it was
                selection.setCurrentIndex(index, flag.NoUpdate)
                current = True
            selection.select(index, flag.Select | flag.Rows)

    def selected_ids(self) -> list[str]:
        """Ids of the selected documents, in selection order: 并排对照 puts the one selected
        first on the left."""
        rows = self.view.selectionModel().selectedRows()
        return [str(r.data(DocumentRole).id) for r in rows]

    @property
    def reading(self) -> bool:
        """True while the document list is being read on a worker (a team library)."""
        return self._listing.busy


def _doubts(document: Any) -> list[str]:
    """The outline doubts of a loaded document (the 结构待核 tooltip's reasons)."""
    outline = getattr(document, "outline", None)
    return list(getattr(outline, "doubts", None) or [])
