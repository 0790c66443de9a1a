"""The reader frees what it showed: a document replaced by the next one is freed, and the
panel deleted as Qt deletes it (its window's deletion, deleteLater) is freed with the
document it showed, by Python's collector too.

Found while looking (ux53): a ReaderPanel that nobody deletes, only dropped, stays alive,
shown a document or not. Its parts (ReaderCorrections, LatestRead, the lambdas connected to
its children's signals) refer back to it from objects Qt's parent keeps, a link the
collector cannot see. The app never drops one (the main window owns its only reader), so the
lifecycle here is the one that matters; a regression to a leak per document would show."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from drafter.library import Library
from drafter.ui.panels.reader_panel import ReaderPanel

from .waits import WAIT_MS

SPEECH = "在全县{what}会议上的讲话\n同志们：\n今天我讲三点意见。\n一、提高认识\n要做到“四勤”。\n二、明确目标\n抓好“三个服务”。\n三、狠抓落实\n一是腿勤。\n二是口勤。\n"


def _collected(ref) -> bool:
    # deleteLater's event is not taken by the nested loops waitUntil runs: sent here
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()
    return ref() is None


def _library(tmp_path) -> Library:
    paths = []
    for what in ("工作", "农业", "工业"):
        path = tmp_path / f"{what}.txt"
        path.write_text(SPEECH.format(what=what), encoding="utf-8")
        paths.append(path)
    lib = Library.open(tmp_path / "lib", workers=1)
    list(lib.add(paths))
    return lib


def _open(qtbot, panel, doc_id, **where) -> None:
    with qtbot.waitSignal(panel.document_opened, timeout=WAIT_MS):
        panel.open_document(doc_id, **where)


def test_a_replaced_document_and_a_deleted_reader_are_freed(qtbot, tmp_path):
    lib = _library(tmp_path)
    try:
        ids = [d.id for d in lib.documents()]
        panel = ReaderPanel()
        panel.resize(1000, 700)
        panel.show()
        panel.set_library(lib)
        _open(qtbot, panel, ids[0], terms=["四勤"])
        first_doc, first_info = weakref.ref(panel._doc), weakref.ref(panel._info)
        for doc_id in ids[1:]:
            _open(qtbot, panel, doc_id)
        qtbot.waitUntil(lambda: _collected(first_doc) and _collected(first_info), timeout=WAIT_MS)

        shown = weakref.ref(panel._doc)
        gone = weakref.ref(panel)
        panel.close()
        panel.deleteLater()  # what the main window's deletion does to its children
        del panel
        qtbot.waitUntil(lambda: _collected(gone) and _collected(shown), timeout=WAIT_MS)
    finally:
        lib.close()
