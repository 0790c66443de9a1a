"""Start the study UI's background work so that closing a panel mid-run cannot crash.

A :class:`~drafter.ui.workers.Worker` parented to a widget is deleted with it, while its pool
thread may still be about to emit ``finished`` on it: a use-after-free that showed up as an
intermittent segfault at test teardown. Study workers are therefore parented to the
application (alive until the very end) and deleted after they ended; their results go to
bound methods of QObjects, which Qt disconnects by itself when the receiver is destroyed.
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
