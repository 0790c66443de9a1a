"""Start the study UI's background work and deliver its result to bound methods.

Study workers are parented to the application and deleted after they ended; their results
go to bound methods of QObjects, which Qt disconnects by itself when the receiver is
destroyed, so a panel closed mid-run simply never hears of the result. (This module began as
a guard against a use-after-free at teardown; :mod:`drafter.ui.workers` now makes deleting
any worker's owner safe, so the guard is no longer what keeps the study UI from crashing.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from drafter.ui.workers import CancelToken, Worker


def start_job(
    job: Callable[[CancelToken], Any],
    finished: Callable[[Any], None],
    failed: Callable[[str, object], None] | None = None,
) -> Worker:
    """Run ``job`` on the thread pool and deliver its result to ``finished`` (and an error to
    ``failed``). Pass bound methods of QObjects that may be deleted: their connections die
    with them, so a late result is dropped instead of reaching a deleted widget."""
    worker = Worker(job, QCoreApplication.instance())
    worker.finished.connect(finished)
    if failed is not None:
        worker.failed.connect(failed)
    worker.ended.connect(worker.deleteLater)
    return worker.start()
