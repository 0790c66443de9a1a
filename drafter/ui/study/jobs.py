"""Start the study UI's background work so that closing a panel mid-run cannot crash.

The pool thread never emits on a :class:`~drafter.ui.workers.Worker` itself (it hands the
outcome to the application's dispatcher; see that module), so deleting a worker early is safe. What remains is the
receiving end: a result must not reach a widget that is gone. Study workers are therefore
parented to the application and deleted once they ended, and their results go to bound
methods of QObjects, which Qt disconnects by itself when the receiver is destroyed: a late
analysis after the window closed is dropped, never delivered to a deleted view.
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
