"""The index's small segments are merged on a worker once the reader's saves go quiet, and
a save starting meanwhile cancels the merge (issue 8: a correction's save never waits for
a merge; drafter/ui/index_tidying.py). A fake library stands in for the merge: what it
must do with the index is tested in tests/library/test_correction_index_behind.py."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from drafter.ui.index_tidying import IndexTidying

from .waits import WAIT_MS, WAIT_S


class _Corrections(QObject):
    idle = Signal()
    save_started = Signal()
    saving = False


class _Library:
    """Merges until cancelled, or at once when ``free`` is set; counts the merges."""

    read_only = ""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.free = threading.Event()
        self.calls = []

    def merge_small_segments(self, cancel) -> bool:
        self.started.set()
        while not (cancel() or self.free.wait(0.01)):
            pass
        self.calls.append("cancelled" if cancel() else "merged")
        return not cancel()


def test_a_merge_starts_when_saves_go_quiet_and_a_save_cancels_it(qtbot):
    corrections = _Corrections()
    library = _Library()
    owner = QObject()
    tidying = IndexTidying(owner, corrections, lambda: library, quiet_ms=10)
    # saving still: idle then a new save before the quiet ends starts nothing
    corrections.idle.emit()
    corrections.save_started.emit()
    assert not library.started.wait(0.2)
    # quiet: the merge runs; a save starting cancels it and it changes nothing
    corrections.idle.emit()
    qtbot.waitUntil(lambda: tidying.merging, timeout=WAIT_MS)
    assert library.started.wait(WAIT_S)
    with qtbot.assertNotEmitted(tidying.merged, wait=0):
        corrections.save_started.emit()
        qtbot.waitUntil(lambda: not tidying.merging, timeout=WAIT_MS)
    assert library.calls == ["cancelled"]
    # quiet again: it merges, and says so (the window's watcher takes it as seen)
    library.free.set()
    with qtbot.waitSignal(tidying.merged, timeout=WAIT_MS):
        corrections.idle.emit()
    qtbot.waitUntil(lambda: not tidying.merging, timeout=WAIT_MS)
    assert library.calls == ["cancelled", "merged"]
