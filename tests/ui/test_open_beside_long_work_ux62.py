"""A document opens while long background work holds threads of the pool.

ux62's walk at 1280×720 on a two-core machine: after an update the library re-read its 285
texts (minutes) and the reuse index caught up with it; a document double-clicked meanwhile
did not open for half a minute, its read queued behind them on Qt's pool of one thread a
core. The app gives the pool more threads (``widen_pool``); here three jobs that do not end
until the test lets them stand for that work, and the reader must open its text beside them.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from drafter.ui.workers import MIN_POOL_THREADS, Worker, widen_pool

from .study_setup import FIRST, SECOND, window_with
from .waits import WAIT_MS, WAIT_S


def test_a_document_opens_while_three_long_jobs_run(make_window, qtbot, tmp_path):
    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    release = threading.Event()
    long_jobs: list[Worker] = []
    try:
        assert widen_pool() >= MIN_POOL_THREADS
        texts = {"a.txt": FIRST, "b.txt": SECOND}
        with window_with(make_window, tmp_path, texts, poll=False) as (window, library):
            for _ in range(3):  # a re-read, the reuse index, mining the library
                long_jobs.append(Worker(lambda _c: release.wait(3 * WAIT_S), window).start())
            doc = library.documents()[0]
            with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
                window.reader_panel.open_document(doc.id)
            assert window.reader_panel.document_key == doc.id
            assert all(job.running for job in long_jobs)  # they were still at it
            release.set()
            assert all(job.wait(WAIT_S) for job in long_jobs)
            qtbot.waitUntil(lambda: not any(job.running for job in long_jobs), timeout=WAIT_MS)
    finally:
        release.set()
        pool.setMaxThreadCount(before)
