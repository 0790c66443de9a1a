"""What a library's opening and another writer's change start in the library panel: the
first listing's checks (an index built by an older Drafter is upgraded first; documents an
older reader version read are read again, when the user may write and has not set the
重新解析 notice aside), imports asked for before the library opened, and the re-read a
change by another process calls for, each once per window (``_stale_taken``).

A mixin of :class:`~drafter.ui.panels.library_panel.LibraryPanel`, over its ``_library``,
``_pending``, ``_worker``, ``_opening``, ``_following``, ``_may_rebuild``,
``_stale_taken``, ``read_only``, ``empty_label`` and ``reparse_notice``; the jobs it
starts are :class:`~drafter.ui.panels.library_imports.LibraryImports`'s.
"""

from __future__ import annotations

import logging
from typing import Any

from drafter.library import parser_stamp
from drafter.ui.library_reads import off_thread
from drafter.ui.panels.library_listing import Listing
from drafter.ui.panels.library_status import EMPTY_TEXT, LOADING_TEXT
from drafter.ui.read_only import read_only_reason

log = logging.getLogger(__name__)


class LibraryOpening:
    """A library's opening and another writer's change (see the module docstring)."""

    @property
    def library(self) -> Any:
        """The library shown, or None before one is opened."""
        return self._library

    def set_library(self, library: Any) -> None:
        """Show ``library`` (None while it is still opening) and run imports asked for early
        (after its first listing: an index built by an older Drafter is upgraded first,
        documents an older reader version read are read again)."""
        self._library = library
        self._may_rebuild = None
        self.read_only = read_only_reason(library)
        if self.read_only and self._pending:
            self._pending.clear()  # asked for before it opened: it cannot take them
            self.status_message.emit(f"资料库是只读的（{self.read_only}），未导入。")
        self.empty_label.setText(LOADING_TEXT if library is None else EMPTY_TEXT)
        self._opening = library is not None
        self.refresh()

    def _opened(self, listing: Listing) -> None:
        """The first listing of the library just set: start what opening it asks for."""
        library = self._library
        first = 0
        if listing.outdated:
            self._pending.insert(0, ("upgrade", []))  # before anything else asked for
            first = 1
        if self._reread_due(library):
            # documents an older Drafter read: the new rules reach them without asking
            self._pending.insert(first, ("stale", []))
        if self._pending:
            kind, paths = self._pending.pop(0)
            self._start(kind, paths)

    def _reread_due(self, library: Any) -> bool:
        """Whether opening ``library`` reads its documents of an older reader version again
        (``reread_stale``, on the import worker with progress and cancel): some are due
        (the 重新解析 notice, which :meth:`refresh` just updated, is due) and
        :meth:`_may_reread`."""
        return self.reparse_notice.due and self._may_reread(library)

    def _may_reread(self, library: Any) -> bool:
        """Whether a job of this panel reads ``library``'s documents of an older reader
        version again after its own work (opening, F5/同步, another writer's change: one
        rule for all): the user has not set the 重新解析 notice aside with 不再提示 for these
        rules, and may write (a read-only folder, a reader's role: the notice alone)."""
        if not hasattr(library, "reread_stale"):
            return False
        if self.reparse_notice.dismissed == parser_stamp.current():
            return False
        if off_thread(library) and self._may_rebuild is not None:
            return self._may_rebuild  # read with the listing on opening, not here
        try:
            return bool(library._can_rebuild())
        except Exception:  # noqa: BLE001 - the notice still offers it
            log.exception("checking whether the library may be written failed")
            return False

    def follow_other_writer(self) -> None:
        """Another writer committed (the window's library watcher): show its change, and
        read again, on the import worker, documents of an older reader version this window
        has not taken on yet (another process of an older Drafter added or re-read them).
        Ones a re-read of this window already took on, finished or cancelled, wait for the
        user's F5 (see ``_stale_taken``). Decided when the new listing is shown."""
        self._following = True
        self.refresh()

    def _follow(self, listing: Listing) -> None:
        """The re-read :meth:`follow_other_writer` asks for, by the listing it read."""
        library = self._library
        if library is None or self._worker is not None or not self._reread_due(library):
            return
        if listing.stale_ids is None:
            return
        if listing.stale_ids - self._stale_taken:
            self._start("stale", [])

    def _take_stale(self, library: Any) -> None:
        """Remember the documents the re-read about to start takes on (``_stale_taken``).
        Asked on the import worker for a team library (a read of the server)."""
        try:
            self._taken_now = {i.id for i in library.stale_readings()}
        except Exception:  # noqa: BLE001 - only the watcher's guard loses them
            log.exception("listing documents of an older reader version failed")
            self._taken_now = set()
        self._stale_taken.update(self._taken_now)
