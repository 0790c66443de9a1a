"""Run core work off the GUI thread and report back through signals.

The core does long work as generators that yield progress (``Library.add``, ``Library.sync``)
or as plain calls that may take a while (``Library.open``, a search). A worker runs one of
them on ``QThreadPool`` and re-emits what happens as signals on the GUI thread. The UI never
calls widgets from the worker.

Closing a window or dialog while its work runs must be harmless. The :class:`Worker` the UI
holds is an ordinary QObject, usually a child of the panel or dialog that started it, and
dies with it. The pool thread never touches that object, nor any other object that a
widget's deletion could free: it hands every outcome to the application's one
:class:`_Dispatcher` (a child of the application, so it outlives every pool thread), which
delivers it on the GUI thread to the worker if the worker still exists, and drops it
otherwise. The segfaults and Qt fatals seen in the UI tests came from a pool thread emitting
on a worker that a garbage-collected dialog had just deleted; a first fix, a per-worker
relay object, still crashed under stress when a pool thread freed the relay while the GUI
thread was destroying the worker connected to it. When the worker's Python object is freed,
its job is cancelled, so a generator nobody will hear from stops at its next item.

Nor may a pool thread free a GUI object. Python's cyclic garbage collector runs on whichever
thread happens to allocate past its threshold, and a widget nobody refers to any more but
caught in a reference cycle (a StructureMap, a dialog whose lambdas name it) was destroyed
on the pool thread running a job: Qt said "QBasicTimer::stop: Failed. Possibly trying to
stop from a different thread" and the process died (a pytest-xdist worker in
tests/ui/test_map_lead_in_ux.py's teardown; in a user's window, the unsaved draft). While any
job's Python runs, the dispatcher therefore turns automatic collection off and collects on
the GUI thread from a timer instead, and turns it back on once the last job has left; the
job's callable, which may hold the last reference to a widget, is let go on the GUI thread.

Pool threads are not the only Python threads: psycopg_pool's workers (a team library's
connections made and checked), the timer that says a server is silent, the termination and
abandoned-read threads, and in the tests the SlowLink's pumps all run Python while no job
does, so a widget cycle could still die on one of them. The application therefore holds
collection on the GUI thread for its whole life (:func:`collect_on_gui_thread`, called by
``make_application``; the UI tests hold it for each test): automatic collection stays off
and the same timer collects. One segfault in the team-library UI tests (pytest-qt's event
processing, the SlowLink's threads alive) fits this, and a widget cycle freed while a plain
thread allocates was destroyed on that thread (tests/ui/test_worker_gc.py).
"""

from __future__ import annotations

import gc
import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

log = logging.getLogger(__name__)

# At most this many progress signals per second: a fast generator must not flood the
# GUI thread's event queue (the last item is always delivered).
PROGRESS_INTERVAL_S = 0.05

# How often the GUI thread collects garbage while jobs run (automatic collection is off then).
COLLECT_INTERVAL_MS = 100

# Threads the pool offers at least. Qt's default is one a core, two on an office laptop:
# there a library re-read after an update and the reuse index catching up with it held
# both for minutes, and a document double-clicked meanwhile waited behind them (ux62's walk
# at 1280×720: nothing opened for half a minute; 24-37 s in an offscreen probe, 2-5 s with
# six threads). The jobs are Python, mostly waiting on SQLite, the disk or a process pool:
# more threads cost little and let a short read run beside the long ones.
MIN_POOL_THREADS = 6


def collect_on_gui_thread(app: QCoreApplication) -> Callable[[], None]:
    """Run Python's cyclic garbage collection only on ``app``'s (the GUI) thread until the
    returned release is called: a widget caught in a reference cycle was otherwise destroyed
    on whichever thread allocated past the threshold, a team library's connection pool or
    a timer thread as well as a job's (see the module docstring), and Qt objects destroyed
    off their thread crash the process. The application holds it for its life."""
    return _Dispatcher.of(app).hold_collection()


def widen_pool(pool: QThreadPool | None = None) -> int:
    """Give ``pool`` (the global one by default) at least :data:`MIN_POOL_THREADS` threads,
    so a quick read the user is waiting for (a document to open, a text to analyse) never
    queues behind long background work; returns the pool's thread count now. The
    application does this once at start (``make_application``)."""
    pool = pool or QThreadPool.globalInstance()
    if pool.maxThreadCount() < MIN_POOL_THREADS:
        pool.setMaxThreadCount(MIN_POOL_THREADS)
    return pool.maxThreadCount()


class CancelToken(threading.Event):
    """A cancel flag the core can poll either as ``cancel()`` or ``cancel.is_set()``."""

    def __call__(self) -> bool:
        return self.is_set()


class Cancelled(Exception):
    """Raised inside a worker when the user cancelled; reported as ``cancelled``."""


class _Dispatcher(QObject):
    """Carries every worker's outcome from the pool threads to the GUI thread.

    One per application and a child of it: it exists before any job starts and until the
    application ends, so a pool thread can always emit on it. The delivery looks the worker
    up through the job's weak reference and drops the outcome when the worker is gone.

    It also keeps Python's cyclic garbage collection on the GUI thread while jobs run (see
    the module docstring): :meth:`job_started` (GUI thread) turns automatic collection off,
    :meth:`job_left` (the pool thread's last act) counts the job out, and a timer collects
    what the counts call for and turns collection back on once no job is left.

    Signals:
        delivered(object, str, object): a job, what happened (``progressed``,
            ``finished``, ``failed``, ``cancelled``) and its value.
    """

    delivered = Signal(object, str, object)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._lock = threading.Lock()
        self._jobs = 0  # jobs started and not yet left their pool thread
        self._holds = 0  # holders of collection on the GUI thread (:meth:`hold_collection`)
        self._gc_was_on = False  # automatic collection was on when the first job started
        self._collector = QTimer(self)
        self._collector.setInterval(COLLECT_INTERVAL_MS)
        self._collector.timeout.connect(self._collect)

    def job_started(self) -> None:
        """A job is about to be queued (GUI thread): no automatic collection from now on
        until it has left its pool thread; the GUI thread collects meanwhile."""
        if self.parent() is None:  # no application: no GUI objects, nothing to guard
            return
        with self._lock:
            self._jobs += 1
        self._collect_here()

    def hold_collection(self) -> Callable[[], None]:
        """Keep automatic collection off and collect on the GUI thread (the timer) until the
        returned release is called, whatever jobs run (GUI thread): other Python threads
        than the pool's allocate too (see the module docstring). Holds nest."""
        if self.parent() is None:  # no application: no GUI objects, nothing to guard
            return lambda: None
        self._holds += 1
        self._collect_here()
        released = False

        def release() -> None:
            nonlocal released
            if released:
                return
            released = True
            self._holds -= 1
            self._collect()  # back on at once when nothing else holds it

        return release

    def _collect_here(self) -> None:
        """Automatic collection off (remembering it was on); the GUI thread's timer on."""
        if gc.isenabled():
            gc.disable()
            self._gc_was_on = True
        if not self._collector.isActive():
            self._collector.start()

    def job_left(self) -> None:
        """The job has run and its thread runs no more of its Python (pool thread): only
        counted here; collection goes back on on the GUI thread, at the next tick."""
        with self._lock:
            self._jobs -= 1

    @Slot()
    def _collect(self) -> None:
        # what automatic collection would have done by now, on this (the GUI) thread
        t0, t1, t2 = gc.get_threshold()
        n0, n1, n2 = gc.get_count()
        if t0 and n0 > t0:
            gc.collect(2 if n1 > t1 and n2 > t2 else 1 if n1 > t1 else 0)
        with self._lock:
            idle = self._jobs <= 0 and self._holds <= 0
        if idle:
            self._collector.stop()
            if self._gc_was_on:
                self._gc_was_on = False
                gc.enable()

    @staticmethod
    def of(app: QCoreApplication | None) -> _Dispatcher:
        """The application's dispatcher, made on first use (a new unowned one without an
        application, for which nothing would be delivered anyway)."""
        if app is None:
            return _Dispatcher(None)
        dispatcher = getattr(app, "_drafter_worker_dispatcher", None)
        if dispatcher is None:
            dispatcher = _Dispatcher(app)
            app._drafter_worker_dispatcher = dispatcher
        return dispatcher

    @Slot(object, str, object)
    def _deliver(self, job: _Job, kind: str, value: Any) -> None:
        worker = job.owner() if job.owner is not None else None
        if kind != "progressed":
            # the job's callable may hold the last reference to a widget or dialog: let it
            # go here, on the GUI thread, not when the pool thread drops the job
            job.job = None
        if worker is not None and shiboken6.isValid(worker):
            worker._receive(kind, value)


class _Job:
    """The pool thread's side of a worker: plain Python, so nothing in it can be deleted
    under the thread by Qt. Holds the job, the cancel token and the dispatcher."""

    def __init__(
        self, job: Callable[[CancelToken], Any], stop_on_cancel: bool, dispatcher: _Dispatcher
    ) -> None:
        self.job = job
        self.stop_on_cancel = stop_on_cancel
        self.cancel_token = CancelToken()
        self.dispatcher = dispatcher
        self.done = threading.Event()  # set once the thread will touch nothing more
        self.owner: weakref.ref | None = None  # the Worker, weakly; read on the GUI thread

    def owner_gone(self, _ref: weakref.ref) -> None:
        """The worker's Python object was freed: stop the work nobody will see."""
        self.cancel_token.set()

    def _send(self, kind: str, value: Any = None) -> None:
        self.dispatcher.delivered.emit(self, kind, value)

    def run(self) -> None:
        try:
            result = self.job(self.cancel_token)
            if isinstance(result, Iterator):
                result = self._drain(result)
        except Cancelled:
            self._end(lambda: self._send("cancelled"))
            return
        except BaseException as exc:  # noqa: BLE001 - reported to the user, never lost
            if type(exc).__module__.startswith("drafter."):
                log.info("background work stopped: %s", exc)  # a message meant for the user
            else:
                log.exception("background work failed")
            message, error = str(exc) or exc.__class__.__name__, exc
            self._end(lambda: self._send("failed", (message, error)))
            return
        if self.cancel_token.is_set():
            self._end(lambda: self._send("cancelled"))
        else:
            self._end(lambda: self._send("finished", result))

    def _drain(self, items: Iterator[Any]) -> Any:
        last: Any = None
        pending = False
        next_emit = 0.0
        try:
            for item in items:
                last, pending = item, True
                now = time.monotonic()
                if now >= next_emit:
                    self._send("progressed", item)
                    pending = False
                    next_emit = now + PROGRESS_INTERVAL_S
                if self.stop_on_cancel and self.cancel_token.is_set():
                    raise Cancelled
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()  # lets the core's finally/with blocks run on cancel
        if pending:
            self._send("progressed", last)
        return last

    def report(self, item: Any) -> None:
        """Deliver ``item`` as progress, from any thread (a timer the job set), until the
        job has ended; like a yielded item, it reaches the worker only while it exists."""
        if not self.done.is_set():
            self._send("progressed", item)

    def _end(self, emit: Callable[[], None]) -> None:
        try:
            emit()
        finally:
            self.done.set()


class Worker(QObject):
    """One piece of background work, owned by the UI object that started it.

    Give it the panel or dialog as ``parent``: deleting the parent deletes the worker and
    none of the signals below are emitted afterwards; once the worker's Python object is
    freed too, the job is cancelled (see the module docstring). Without a parent the worker
    belongs to the application and deletes itself after ``ended``.
    All signals arrive on the thread that created the worker (the GUI thread).

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
        app = QCoreApplication.instance()
        # Always owned by Qt, never freed by Python's garbage collector, the way PySide
        # frees QObjects most safely. A worker without an owner belongs to the application
        # until it ended.
        super().__init__(parent if parent is not None or app is None else app)
        self._job = _Job(job, stop_on_cancel, _Dispatcher.of(app))
        self.cancel_token = self._job.cancel_token
        #: Set once the background part has returned (what :meth:`wait` waits on). It
        #: belongs to the pool side, so it outlives this object: a caller that must know
        #: the job ended after the worker's owner was deleted (a closed dialog, a test of
        #: that) keeps it, as it keeps ``cancel_token``.
        self.done = self._job.done
        self._running = False
        # Delivery finds this worker through a weak reference, and once it is freed nobody
        # will see the outcome: its callback (plain Python) cancels the job. Not used, both
        # tried under stress: this worker's ``destroyed`` signal (Python run from it crashed
        # PySide) and the pool thread asking Qt whether anyone still listens (Qt's
        # connection lock taken while holding the GIL deadlocked against another emit).
        self._job.owner = weakref.ref(self, self._job.owner_gone)
        if parent is None and app is not None:
            self.ended.connect(self.deleteLater)

    @property
    def running(self) -> bool:
        """True from ``start`` until the outcome has been delivered here (done, failed or
        cancelled); used to refuse a second run.
        """
        return self._running

    def cancel(self) -> None:
        """Ask the work to stop; it stops at the next yielded item (or when the core polls)."""
        self.cancel_token.set()

    def start(self, pool: QThreadPool | None = None) -> Worker:
        """Queue the work on ``pool`` (the global pool by default); returns self. Call it on
        the GUI thread (it stops automatic garbage collection there until the job is done)."""
        self._running = True
        self._job.dispatcher.job_started()
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._job))
        return self

    def reporter(self) -> Callable[[Any], None]:
        """A function that delivers its argument as ``progressed``, safe to call from any
        thread: for a job that is one blocking call (opening a team library) yet has
        something to say meanwhile, from a timer of its own. It holds the pool thread's
        side of the work, not this worker, so a call after the window closed is dropped."""
        return self._job.report

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the background part has returned and will emit nothing more (for
        shutdown and tests, not for the GUI); the outcome is delivered by the event loop.
        """
        return self._job.done.wait(timeout_s)

    # -- outcomes, delivered on this object's thread by the dispatcher ---------------------

    def _receive(self, kind: str, value: Any) -> None:
        if kind == "progressed":
            self.progressed.emit(value)
            return
        self._running = False
        if kind == "finished":
            self.finished.emit(value)
        elif kind == "failed":
            self.failed.emit(*value)
        else:
            self.cancelled.emit()
        self.ended.emit()


class _Runnable(QRunnable):
    """Runs a :class:`_Job` on a pool thread."""

    def __init__(self, job: _Job):
        super().__init__()
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            self._job.run()
        finally:
            self._job.dispatcher.job_left()


def run_generator(
    make: Callable[[CancelToken], Iterator[Any]], parent: QObject | None = None
) -> Worker:
    """A started worker for a generator factory that receives the cancel token."""
    return Worker(make, parent).start()


def run_call(func: Callable[[], Any], parent: QObject | None = None) -> Worker:
    """A started worker for a plain call (no progress, no cancel)."""
    return Worker(lambda _token: func(), parent).start()
