"""Reads of a team library off the window's thread.

Every read of a team library is a round trip to a server on the office network: a few
milliseconds next door, 50–200 ms from a branch office over VPN or from a server under
load, and up to the connection's time-out from one that hangs. Asked on the window's
thread, each was a stall (the document list, the corrections of the document shown, the
re-read checks … were several per click). :class:`LatestRead` runs such a read on a
worker and shows only the newest answer; a local library's reads (a disk's) stay where
they are asked, as before, so its panels answer at once and in the order the code reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from drafter.ui.workers import Worker


def off_thread(library: Any) -> bool:
    """Whether the window reads ``library`` on workers: a team library on a server (its
    reads are round trips to the network), not a local folder."""
    return getattr(library, "shared", False) is True


class LatestRead(QObject):
    """One kind of read a widget shows, asked again whenever what it shows may have
    changed: at most one runs at a time; one asked while another runs starts when that
    one ends, and the answer of the one before is dropped (it was outdated before it
    came); an answer read from a library the widget no longer shows (``current()``) is
    dropped too. ``show(value)`` and ``failed(exc)`` run on the window's thread. For a
    library not :func:`off_thread` the read runs at once, where it is asked.

    Signals:
        settled(): no read of this kind is running or waiting any more (for tests and
            for callers that act on the answer).
    """

    settled = Signal()

    def __init__(
        self,
        parent: QObject,
        show: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        current: Callable[[], Any],
    ) -> None:
        super().__init__(parent)
        self._show = show
        self._failed = failed
        self._current = current
        self._worker: Worker | None = None
        self._again: tuple[Any, Callable[[], Any]] | None = None

    @property
    def busy(self) -> bool:
        """True while a read runs on a worker or waits to run."""
        return self._worker is not None or self._again is not None

    def run(self, library: Any, job: Callable[[], Any]) -> None:
        """Read ``job()`` from ``library`` and show it (see the class docstring)."""
        if not off_thread(library):
            self._again = None
            try:
                value = job()
            except Exception as exc:  # noqa: BLE001 - the widget says it
                self._failed(exc)
            else:
                self._show(value)
            self.settled.emit()
            return
        if self._worker is not None:
            self._again = (library, job)
            return
        self._start(library, job)

    def drop(self) -> None:
        """Forget the read waiting to run; the running one's answer is dropped."""
        self._again = None
        if self._worker is not None:
            self._worker.cancel()

    def _start(self, library: Any, job: Callable[[], Any]) -> None:
        """Run ``job`` on a worker and remember it as the read whose answer counts."""
        worker = Worker(lambda _t: job(), self)
        worker.finished.connect(lambda value: self._done(worker, library, value, None))
        worker.failed.connect(lambda _m, exc: self._done(worker, library, None, exc))
        worker.cancelled.connect(lambda: self._done(worker, library, None, None, dropped=True))
        worker.ended.connect(worker.deleteLater)
        self._worker = worker
        worker.start()

    def _done(
        self, worker: Worker, library: Any, value: Any, error: Any, dropped: bool = False
    ) -> None:
        """A read ended: only the latest read's answer is shown, and only for the library still
        open; a read asked for meanwhile starts now, so quick typing costs one read at a time."""
        if worker is not self._worker:
            return
        self._worker = None
        again, self._again = self._again, None
        if again is not None:  # asked again meanwhile: this answer is outdated
            self._start(*again)
            return
        if not dropped and library is self._current():
            if error is not None:
                self._failed(error)
            else:
                self._show(value)
        self.settled.emit()
