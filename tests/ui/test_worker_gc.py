"""Python's cyclic garbage collection stays on the GUI thread.

The collector runs on whichever thread allocates past its threshold. A widget caught in a
reference cycle that nobody refers to any more was destroyed on the pool thread running a
job: Qt warned "QBasicTimer::stop: Failed. Possibly trying to stop from a different thread"
and the process died (a pytest-xdist worker in the teardown of
tests/ui/test_map_lead_in_ux.py, under load). The dispatcher of drafter.ui.workers turned
automatic collection off while jobs ran; but other Python threads allocate while no job
runs (psycopg_pool's workers for a team library, the SlowLink's pumps in the team tests: one
segfault there, in pytest-qt's event processing), so the application holds collection on
the GUI thread for its life (``collect_on_gui_thread``; tests/ui/conftest.py holds it for
each UI test, as ``make_application`` does for the app).
"""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from drafter.ui.workers import Worker, _Dispatcher, collect_on_gui_thread

from .waits import WAIT_MS

ALLOCATIONS = 300_000  # container objects: many times what sets off a full collection


def _allocate(_token=None) -> tuple[int, bool]:
    """Allocate enough to set off collections on this thread; say whether automatic
    collection was on meanwhile."""
    junk = [[] for _ in range(ALLOCATIONS)]
    return len(junk), gc.isenabled()


def _dropped_tree(died_on: list[int]) -> None:
    """A shown view (timers: destroyed on another thread it warns and crashes) in a reference
    cycle, closed and let go: only the collector can free it; ``died_on`` gets its thread."""
    tree = QTreeWidget()
    tree.addTopLevelItem(QTreeWidgetItem(["一、"]))
    tree.show()
    tree.me = tree
    weakref.finalize(tree, lambda: died_on.append(threading.get_ident()))
    tree.close()


def _collections_noted(threads: list[int]):
    def note(phase, _info):
        if phase == "start":
            threads.append(threading.get_ident())

    return note


def test_no_collection_runs_on_the_pool_thread(qtbot):
    main = threading.get_ident()
    threads: list[int] = []
    note = _collections_noted(threads)
    gc.callbacks.append(note)
    try:
        worker = Worker(_allocate)
        with qtbot.waitSignal(worker.finished, timeout=WAIT_MS) as blocker:
            worker.start()
        assert blocker.args == [(ALLOCATIONS, False)]  # off while the job ran
    finally:
        gc.callbacks.remove(note)
    assert set(threads) <= {main}


def test_a_widget_in_a_cycle_dropped_while_a_job_runs_dies_on_the_gui_thread(qtbot):
    main = threading.get_ident()
    died_on: list[int] = []
    _dropped_tree(died_on)
    worker = Worker(_allocate)
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        worker.start()
    gc.collect()
    assert died_on == [main]


def test_a_plain_thread_allocating_between_jobs_frees_no_widget(qtbot):
    """No job runs: a thread of psycopg_pool's or the SlowLink's kind (not the Qt pool's)
    allocates. Before the hold, the widget died on that thread (automatic collection was on
    between jobs)."""
    main = threading.get_ident()
    died_on: list[int] = []
    threads: list[int] = []
    _dropped_tree(died_on)
    note = _collections_noted(threads)
    gc.callbacks.append(note)
    try:
        seen: list[tuple[int, bool]] = []
        plain = threading.Thread(target=lambda: seen.append(_allocate()))
        plain.start()
        plain.join()
    finally:
        gc.callbacks.remove(note)
    assert seen == [(ALLOCATIONS, False)]
    assert set(threads) <= {main} and died_on == []
    gc.collect()  # what the GUI thread's timer does
    assert died_on == [main]


def test_the_last_release_turns_collection_back_on(qtbot, qapp):
    """Holds nest; collection comes back as the first holder found it, once all let go."""
    inner = collect_on_gui_thread(qapp)  # under the test's own hold (conftest)
    inner()
    assert not gc.isenabled()  # the test's hold still stands
    gc.enable()  # as an application before any hold
    try:
        owner = QObject()
        dispatcher = _Dispatcher(owner)
        first, second = dispatcher.hold_collection(), dispatcher.hold_collection()
        assert not gc.isenabled()
        first()
        first()  # a second release of one hold counts once
        assert not gc.isenabled()
        second()
        assert gc.isenabled()
    finally:
        gc.disable()  # back under the test's hold


def test_the_guard_fails_on_a_timer_stopped_from_another_thread(qtbot, qtlog, thread_warnings):
    """The check of tests/ui/conftest.py sees what Qt says when a thread touches an object
    it does not own (here, harmlessly, stopping a GUI thread's timer)."""
    timer = QTimer()
    timer.start(60_000)
    with qtlog.disabled():  # to the session's handler, as in a test's teardown
        stopper = threading.Thread(target=timer.stop)
        stopper.start()
        stopper.join()
    assert any("another thread" in m for m in thread_warnings)
    thread_warnings.clear()  # provoked here: not this test's failure
    timer.stop()
