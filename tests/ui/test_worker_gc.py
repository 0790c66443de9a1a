"""Python's cyclic garbage collection stays on the GUI thread while workers run.

The collector runs on whichever thread allocates past its threshold. A widget caught in a
reference cycle that nobody refers to any more was destroyed on the pool thread running a
job: Qt warned "QBasicTimer::stop: Failed. Possibly trying to stop from a different thread"
and the process died (a pytest-xdist worker in the teardown of
tests/ui/test_map_lead_in_ux.py, under load). The dispatcher of drafter.ui.workers turns
automatic collection off while jobs run and collects on the GUI thread instead.
"""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from drafter.ui.workers import Worker

from .waits import WAIT_MS

ALLOCATIONS = 300_000  # container objects: many times what sets off a full collection


@pytest.fixture
def collecting():
    """Automatic collection on at the start, as in the app (a test may have turned it off)."""
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


def _allocate(_token) -> tuple[int, bool]:
    """Allocate enough to set off collections on this thread; say whether automatic
    collection was on meanwhile."""
    junk = [[] for _ in range(ALLOCATIONS)]
    return len(junk), gc.isenabled()


def test_no_collection_runs_on_the_pool_thread_and_collection_comes_back(qtbot, collecting):
    main = threading.get_ident()
    threads: list[int] = []

    def note(phase, _info):
        if phase == "start":
            threads.append(threading.get_ident())

    gc.callbacks.append(note)
    try:
        worker = Worker(_allocate)
        with qtbot.waitSignal(worker.finished, timeout=WAIT_MS) as blocker:
            worker.start()
        assert blocker.args == [(ALLOCATIONS, False)]  # off while the job ran
        qtbot.waitUntil(gc.isenabled, timeout=WAIT_MS)
    finally:
        gc.callbacks.remove(note)
    assert set(threads) <= {main}


def test_a_widget_in_a_cycle_dropped_while_a_job_runs_dies_on_the_gui_thread(qtbot, collecting):
    main = threading.get_ident()
    died_on: list[int] = []
    tree = QTreeWidget()  # a view: timers, destroyed on another thread it warns and crashes
    tree.addTopLevelItem(QTreeWidgetItem(["一、"]))
    tree.show()
    tree.me = tree  # a reference cycle: only the collector can free it
    weakref.finalize(tree, lambda: died_on.append(threading.get_ident()))
    tree.close()
    del tree
    worker = Worker(_allocate)
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        worker.start()
    qtbot.waitUntil(gc.isenabled, timeout=WAIT_MS)
    gc.collect()
    assert died_on == [main]


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
