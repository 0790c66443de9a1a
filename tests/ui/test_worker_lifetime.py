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


def _burst(first: threading.Event, items: int = 5000):
    """A generator that yields ``items`` items as fast as it can and ignores cancel, as
    core generators run with ``stop_on_cancel=False`` may for a while."""

    def job(_token):
        for n in range(items):
            first.set()
            yield n

    return job


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
            worker = Worker(_burst(first), owner, stop_on_cancel=False)
            seen: list[int] = []
            worker.progressed.connect(seen.append)
            worker.ended.connect(lambda seen=seen: seen.append(-1))
            worker.start(pool)
            owners.append(owner)
            tokens.append(worker.cancel_token)
            received.append(seen)
            firsts.append(first)
        for first in firsts:
            assert first.wait(30)
        counts = []
        for owner, seen in zip(owners, received):
            QCoreApplication.processEvents()  # live workers deliver meanwhile
            shiboken6.delete(owner)  # what the garbage collector does to a dropped dialog
            counts.append(len(seen))
        assert all(token.is_set() for token in tokens)  # nobody is left to see the outcome
        assert pool.waitForDone(60000)
        QCoreApplication.processEvents()
        # Nothing reached a handler after its owner was gone, not even ``ended``.
        assert [len(seen) for seen in received] == counts


def test_a_worker_outlives_nothing_it_reports_to(qtbot):
    # One owner deleted before the job returns: the result is dropped, the job is
    # cancelled, and wait() still tells shutdown code when the thread is done.
    gate = threading.Event()
    owner = QObject()
    worker = Worker(lambda token: gate.wait(30) and token.is_set(), owner)
    outcome = []
    worker.finished.connect(outcome.append)
    worker.cancelled.connect(lambda: outcome.append("cancelled"))
    worker.start()
    token = worker.cancel_token
    shiboken6.delete(owner)
    assert token.is_set()
    gate.set()
    assert worker.wait(30)
    QCoreApplication.processEvents()
    assert outcome == []


def test_worker_reports_only_once_its_outcome_arrived(qtbot):
    # ``running`` turns false on the GUI thread, together with the outcome, so a handler
    # of ``finished`` or ``ended`` sees a worker that is done.
    gate = threading.Event()
    worker = Worker(lambda _token: gate.wait(30))
    seen = []
    worker.ended.connect(lambda: seen.append(worker.running))
    worker.start()
    assert worker.running
    gate.set()
    assert worker.wait(30)
    assert worker.running  # done in the background, not yet delivered here
    qtbot.waitUntil(lambda: seen == [False], timeout=10000)


def _draft() -> Draft:
    return Draft(
        meta=DraftMeta(title="关于做好冬季安全生产工作的讲话"),
        opening=[DraftParagraph("同志们：")],
        sections=[DraftNode("压实责任", paragraphs=[DraftParagraph("层层落实安全责任。")])],
        closing=[DraftParagraph("谢谢大家。")],
    )


def test_export_dialog_deleted_while_it_works(qtbot, tmp_path):
    # The dialog goes away while the pre-export review and the export both run: the file
    # is still written (atomically), nothing is delivered to the dead dialog, and the
    # pre-export review is cancelled.
    dialog = ExportDialog(_draft(), Settings(last_export_dir=str(tmp_path)))
    precheck = dialog.precheck._worker
    export = dialog.start_export()
    assert export is not None
    tokens = [precheck.cancel_token, export.cancel_token]
    exported = []
    dialog.exported.connect(exported.append)
    shiboken6.delete(dialog)
    assert all(token.is_set() for token in tokens)
    assert precheck.wait(30) and export.wait(30)
    QCoreApplication.processEvents()
    assert exported == []
    assert (tmp_path / "关于做好冬季安全生产工作的讲话.docx").is_file()
