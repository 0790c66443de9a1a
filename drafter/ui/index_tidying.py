"""The library's index tidied while nobody waits: once the reader's correction saves have
gone quiet, the small index segments they left are merged on a worker.

A correction's save re-indexes its document into a segment of its own and does not merge
(Whoosh merges in pure Python: up to 10 s of CPU for 32 segments on a library of real
speeches); before, the save that found 32 of them merged them itself, and a user who never
synced met a save of many seconds now and then. Here the merge runs
(:meth:`~drafter.library.backend.LibraryBackend.merge_small_segments`) a moment after the
last save ends, and is cancelled as soon as another save starts, the library is let go or
the window closes: it holds the library's write lock only to swap the merged segment in,
so a save never waits behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from drafter.ui.workers import Worker

# How long after the last save ended the merge starts: a user correcting heading after
# heading saves every few seconds, and a merge started between two of them is cancelled.
QUIET_MS = 2000


class IndexTidying(QObject):
    """Starts the idle merge after saves (see the module docstring).

    ``corrections`` is the reader's :class:`~drafter.ui.panels.reader_corrections.
    ReaderCorrections` (its ``idle`` and ``save_started`` signals), ``library_of()`` the
    library in use now (None when there is none).

    Signals:
        merged(): a merge was swapped in; the index changed, its content did not (the
            window's watcher takes the new revision as seen, so no panel refreshes).
    """

    merged = Signal()

    def __init__(
        self, parent: QObject, corrections: Any, library_of: Callable[[], Any], quiet_ms=QUIET_MS
    ) -> None:
        super().__init__(parent)
        self._corrections = corrections
        self._library_of = library_of
        self._worker: Worker | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(quiet_ms)
        self._timer.timeout.connect(self._start)
        corrections.idle.connect(self._timer.start)
        corrections.save_started.connect(self.stop)

    @property
    def merging(self) -> bool:
        """Whether a merge runs now (tests wait on it)."""
        return self._worker is not None

    def stop(self) -> None:
        """A save starts, the library is let go or the window closes: no merge starts, and
        one running is cancelled (it stops at its next segment, changing nothing)."""
        self._timer.stop()
        if self._worker is not None:
            self._worker.cancel()

    def _start(self) -> None:
        library = self._library_of()
        if library is None or self._worker is not None or self._corrections.saving:
            return
        if getattr(library, "read_only", ""):
            return
        worker = Worker(lambda cancel: library.merge_small_segments(cancel), self)
        worker.finished.connect(lambda done: self.merged.emit() if done else None)
        worker.ended.connect(lambda: self._ended(worker))
        self._worker = worker
        worker.start()

    def _ended(self, worker: Worker) -> None:
        if self._worker is worker:
            self._worker = None
        worker.deleteLater()
