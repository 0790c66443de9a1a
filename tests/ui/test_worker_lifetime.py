"""A worker whose owner (panel, dialog) is deleted while the job runs must be harmless.

Regression: the UI tests crashed now and then (a segfault in test_export_dialog, a Qt
fatal in ``-k export``). A test dropped its last reference to an export dialog, the
garbage collector deleted the dialog and with it the pre-export review's worker, and the
pool thread was at that moment emitting ``finished`` on the deleted object.
"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.settings import Settings
from drafter.ui import workers
from drafter.ui.dialogs.export_dialog import ExportDialog
from drafter.ui.workers import Worker

from .waits import WAIT_MS, WAIT_S


def _burst(first: threading.Event, items: int = 5000):
    """A generator that yields ``items`` items as fast as it can and ignores cancel, as
    core generators run with ``stop_on_cancel=False`` may for a while."""

    def job(_token):
        for n in range(items):
            first.set()
            yield n

    return job


def _watched(owner, job, pool=None, stop_on_cancel=True):
    """Start a worker owned by ``owner`` and keep only what it reports, not the worker:
    the owner's deletion then frees it, as it frees a dialog's workers in the app."""
    worker = Worker(job, owner, stop_on_cancel=stop_on_cancel)
    seen: list = []
    worker.progressed.connect(seen.append)
    worker.finished.connect(lambda value: seen.append(("finished", value)))
    worker.cancelled.connect(lambda: seen.append("cancelled"))
    worker.ended.connect(lambda: seen.append("ended"))
    worker.start(pool)
    return worker.cancel_token, seen


def test_owners_deleted_while_their_workers_emit(qtbot, monkeypatch):
    # Every item becomes a signal, from eight threads at once, while the GUI thread
    # deletes the owners one by one: the old design (the pool thread emitting on the
    # owner's child) crashed here.
    monkeypatch.setattr(workers, "PROGRESS_INTERVAL_S", 0.0)
    pool = QThreadPool()
    pool.setMaxThreadCount(8)
    for _round in range(5):
        owners, tokens, received, firsts = [], [], [], []
        for _ in range(8):
            owner = QObject()
            first = threading.Event()
            token, seen = _watched(owner, _burst(first), pool, stop_on_cancel=False)
            owners.append(owner)
            tokens.append(token)
            received.append(seen)
            firsts.append(first)
        for first in firsts:
            assert first.wait(WAIT_S)
        counts = []
        for owner, seen in zip(owners, received):
            QCoreApplication.processEvents()  # live workers deliver meanwhile
            shiboken6.delete(owner)  # what the garbage collector does to a dropped dialog
            counts.append(len(seen))
        assert all(token.is_set() for token in tokens)  # nobody is left to see the outcome
        assert pool.waitForDone(WAIT_MS)
        QCoreApplication.processEvents()
        # Nothing reached a handler after its owner was gone, not even ``ended``.
        assert [len(seen) for seen in received] == counts


def test_a_job_whose_owner_is_deleted_stops_and_reports_to_nobody(qtbot):
    stopped = threading.Event()

    def job(token):
        try:
            while True:  # until cancelled: only the owner's deletion can stop it
                yield token.wait(0.01)
        finally:
            stopped.set()

    owner = QObject()
    token, seen = _watched(owner, job)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)  # running and reporting
    shiboken6.delete(owner)
    assert token.is_set()
    assert stopped.wait(WAIT_S)
    assert QThreadPool.globalInstance().waitForDone(WAIT_MS)
    count = len(seen)
    QCoreApplication.processEvents()
    assert len(seen) == count and "ended" not in seen


def test_worker_reports_only_once_its_outcome_arrived(qtbot):
    # ``running`` turns false on the GUI thread, together with the outcome, so a handler
    # of ``finished`` or ``ended`` sees a worker that is done.
    gate = threading.Event()
    worker = Worker(lambda _token: gate.wait(WAIT_S))
    seen = []
    worker.ended.connect(lambda: seen.append(worker.running))
    worker.start()
    assert worker.running
    gate.set()
    assert worker.wait(WAIT_S)
    assert worker.running  # done in the background, not yet delivered here
    qtbot.waitUntil(lambda: seen == [False], timeout=WAIT_MS)


def _draft() -> Draft:
    return Draft(
        meta=DraftMeta(title="关于做好冬季安全生产工作的讲话"),
        opening=[DraftParagraph("同志们：")],
        sections=[DraftNode("压实责任", paragraphs=[DraftParagraph("层层落实安全责任。")])],
        closing=[DraftParagraph("谢谢大家。")],
    )


def test_export_dialog_deleted_while_it_works(qtbot, tmp_path):
    # The dialog goes away while the pre-export review and the export both run: the file
    # is still written (atomically: the writer asked for it), nothing is delivered to the
    # dead dialog, and both jobs are marked cancelled once the dialog is freed.
    dialog = ExportDialog(_draft(), Settings(last_export_dir=str(tmp_path)))
    export = dialog.start_export()
    assert export is not None
    # the pool side of each (a token and an event, which outlive the workers), to wait on
    jobs = [(w.cancel_token, w.done) for w in (dialog.precheck.worker, export)]
    del export
    exported = []
    dialog.exported.connect(exported.append)
    shiboken6.delete(dialog)
    del dialog  # what the garbage collector did when a test dropped its last reference
    assert all(token.is_set() for token, _done in jobs)
    assert all(done.wait(WAIT_S) for _token, done in jobs)
    QCoreApplication.processEvents()
    assert exported == []
    assert (tmp_path / "关于做好冬季安全生产工作的讲话.docx").is_file()
