"""Run core work off the GUI thread and report back through signals.

The core does long work as generators that yield progress (``Library.add``, ``Library.sync``)
or as plain calls that may take a while (``Library.open``, a search). A worker runs one of
them on ``QThreadPool`` and re-emits what happens as signals, which Qt delivers on the GUI
thread because the signal holder lives there. The UI never calls widgets from the worker.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

# At most this many progress signals per second: a fast generator must not flood the
# GUI thread's event queue (the last item is always delivered).
PROGRESS_INTERVAL_S = 0.05


class CancelToken(threading.Event):
    """A cancel flag the core can poll either as ``cancel()`` or ``cancel.is_set()``."""

    def __call__(self) -> bool:
        return self.is_set()


class Cancelled(Exception):
    """Raised inside a worker when the user cancelled; reported as ``cancelled``."""


class Worker(QObject):
    """One piece of background work.

    Signals:
        progressed(object): an item the generator yielded (throttled, last one always sent).
        finished(object): the work ended normally; the value is the last item yielded
            (generators) or the return value (functions).
        failed(str, object): the work raised; a one-line message and the exception.
        cancelled(): the work stopped because ``cancel()`` was called.
        ended(): always emitted last, whatever the outcome (for tidying up the UI).
    """

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(str, object)
    cancelled = Signal()
    ended = Signal()

    def __init__(
        self,
        job: Callable[[CancelToken], Any],
        parent: QObject | None = None,
        stop_on_cancel: bool = True,
    ):
        """``job(cancel_token)`` returns a value or a generator. With ``stop_on_cancel``
        the generator is closed at the first item after ``cancel()``; without it the
        generator runs to its end, for core generators that poll the token themselves and
        finish their work cleanly (the library commits what it has read so far)."""
        super().__init__(parent)
        self._job = job
        self._stop_on_cancel = stop_on_cancel
        self.cancel_token = CancelToken()
        self._running = False
        self._done = threading.Event()

    @property
    def running(self) -> bool:
        """True from ``start`` until the job ended (done, failed or cancelled); used to refuse a
        second run.
        """
        return self._running

    def cancel(self) -> None:
        """Ask the work to stop; it stops at the next yielded item (or when the core polls)."""
        self.cancel_token.set()

    def start(self, pool: QThreadPool | None = None) -> Worker:
        """Queue the work on ``pool`` (the global pool by default); returns self."""
        self._running = True
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the background part has returned (for shutdown, not for the GUI)."""
        return self._done.wait(timeout_s)

    # -- runs on the pool thread ------------------------------------------------------------

    def _run(self) -> None:
        try:
            result = self._job(self.cancel_token)
            if isinstance(result, Iterator):
                result = self._drain(result)
        except Cancelled:
            self._emit_end(self.cancelled.emit)
            return
        except BaseException as exc:  # noqa: BLE001 - reported to the user, never lost
            if type(exc).__module__.startswith("drafter."):
                log.info("background work stopped: %s", exc)  # a message meant for the user
            else:
                log.exception("background work failed")
            message, error = str(exc) or exc.__class__.__name__, exc
            self._emit_end(lambda: self.failed.emit(message, error))
            return
        if self.cancel_token.is_set():
            self._emit_end(self.cancelled.emit)
        else:
            self._emit_end(lambda: self.finished.emit(result))

    def _drain(self, items: Iterator[Any]) -> Any:
        last: Any = None
        pending = False
        next_emit = 0.0
        try:
            for item in items:
                last, pending = item, True
                now = time.monotonic()
                if now >= next_emit:
                    self.progressed.emit(item)
                    pending = False
                    next_emit = now + PROGRESS_INTERVAL_S
                if self._stop_on_cancel and self.cancel_token.is_set():
                    raise Cancelled
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()  # lets the core's finally/with blocks run on cancel
        if pending:
            self.progressed.emit(last)
        return last

    def _emit_end(self, emit: Callable[[], None]) -> None:
        self._running = False
        self._done.set()
        try:
            emit()
            self.ended.emit()
        except RuntimeError:  # the receiving QObject was deleted during shutdown
            pass


class _Runnable(QRunnable):
    def __init__(self, worker: Worker):
        super().__init__()
        self._worker = worker
        self.setAutoDelete(True)

    def run(self) -> None:
        self._worker._run()


def run_generator(
    make: Callable[[CancelToken], Iterator[Any]], parent: QObject | None = None
) -> Worker:
    """A started worker for a generator factory that receives the cancel token."""
    return Worker(make, parent).start()


def run_call(func: Callable[[], Any], parent: QObject | None = None) -> Worker:
    """A started worker for a plain call (no progress, no cancel)."""
    return Worker(lambda _token: func(), parent).start()
