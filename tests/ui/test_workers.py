"""Workers run core generators off the GUI thread, report progress and honour cancel."""

from __future__ import annotations

import threading
import time

import pytest

from drafter.ui.workers import Worker

from .waits import WAIT_MS, WAIT_S


def _count(n, cancel, seen_threads, delay=0.0):
    for i in range(n):
        seen_threads.add(threading.get_ident())
        if delay:
            time.sleep(delay)
        yield i + 1


def test_progress_and_finish_arrive_on_gui_thread(qtbot):
    threads: set[int] = set()
    received: list[tuple[int, int]] = []
    worker = Worker(lambda token: _count(50, token, threads))
    worker.progressed.connect(lambda v: received.append((v, threading.get_ident())))
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS) as blocker:
        worker.start()
    assert blocker.args == [50]
    assert received and received[-1][0] == 50  # the last item always arrives
    assert threading.get_ident() not in threads  # the work ran elsewhere
    assert {t for _, t in received} == {threading.get_ident()}


def test_cancel_stops_generator_and_runs_its_cleanup(qtbot):
    closed = threading.Event()

    def job(token):
        try:
            for i in range(10_000):
                time.sleep(0.002)
                yield i
        finally:
            closed.set()

    worker = Worker(job)
    finished = []
    worker.finished.connect(finished.append)
    with qtbot.waitSignal(worker.progressed, timeout=WAIT_MS):
        worker.start()
    with qtbot.waitSignal(worker.cancelled, timeout=WAIT_MS):
        worker.cancel()
    assert closed.wait(WAIT_S)
    assert not finished


def test_core_can_poll_the_token(qtbot):
    def job(token):
        while not token():  # the core polls cancel() itself
            time.sleep(0.001)
        return "stopped"

    worker = Worker(job).start()
    with qtbot.waitSignal(worker.cancelled, timeout=WAIT_MS):
        worker.cancel()


def test_failure_is_reported_not_raised(qtbot):
    def boom():
        raise ValueError("坏文件.txt: 无法读取")

    worker = Worker(lambda _token: boom())
    with qtbot.waitSignal(worker.failed, timeout=WAIT_MS) as blocker:
        worker.start()
    message, exc = blocker.args
    assert "坏文件.txt" in message
    assert isinstance(exc, ValueError)


@pytest.mark.parametrize("n", [0, 1])
def test_small_generators(qtbot, n):
    worker = Worker(lambda token: iter(range(n)))
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS) as blocker:
        worker.start()
    assert blocker.args == [None if n == 0 else n - 1]
