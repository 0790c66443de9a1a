"""The 审稿 panel's reuse check (查重) follows the library while the app runs: a document
another process adds is found in the next review without restarting; the index update
runs on a worker with progress and a 取消 button, reviews go on meanwhile, and a cancelled
update goes on at 重新检查."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from drafter.drafts.model import DraftParagraph
from drafter.library.library import Library
from tests.ui.review_setup import review_draft

from .waits import WAIT_MS, WAIT_S

ROOT = Path(__file__).resolve().parents[2]

COPIED = (
    "要抓紧实施城乡供水一体化工程，新建日供水能力三万吨的水厂一座，"
    "铺设主管网八十公里，确保明年汛期前全部通水。"
)


def speech(k: int, passage: str | None = None) -> str:
    """A speech of our own; paragraph ``passage`` when given, else one unique to ``k``."""
    body = passage or (
        f"第{k}项重点工程要在年底前完成主体建设，各责任单位要倒排工期、挂图作战，"
        f"确保第{k}号工程按期投用、早日见效。"
    )
    return f"在第{k}次县政府常务会议上的讲话\n（2024年3月{k % 27 + 1}日）\n同志们：\n{body}\n"


def copying_draft():
    """The test draft with one paragraph copied from the speech that holds COPIED."""
    draft = review_draft()
    draft.sections[2].paragraphs.append(DraftParagraph(COPIED))
    return draft


def copied_found(ctrl) -> bool:
    result = ctrl.panel.result
    return result is not None and any(f.rule == "reuse.copied" for f in result.findings)


def _held_back(monkeypatch) -> threading.Semaphore:
    """Make every index update slow on purpose: each document waits until the test releases
    the returned gate once for it (so progress, cancel and a library switch can be caught
    mid-update)."""
    import drafter.review.reuse as reuse

    gate = threading.Semaphore(0)
    index_one = reuse.ReuseIndex._index_one

    def slow_index_one(self, *args):
        gate.acquire(timeout=WAIT_S)
        return index_one(self, *args)

    monkeypatch.setattr(reuse.ReuseIndex, "_index_one", slow_index_one)
    return gate


def test_a_document_another_process_adds_is_found_without_restarting(qtbot, make_window, tmp_path):
    window = make_window()
    window.library_watch._timer.setInterval(100)
    library = Library.open(tmp_path / "lib", workers=1)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(speech(1), encoding="utf-8")
    for _ in library.add([docs / "a.txt"]):
        pass
    try:
        window.set_library(library)
        ctrl = window.review
        qtbot.waitUntil(
            lambda: ctrl.reuse_ready and window.library_watch.has_baseline, timeout=WAIT_MS
        )
        window.editor.set_draft(copying_draft(), ask=False)
        ctrl.dock.show()
        ctrl.run_now()
        qtbot.waitUntil(lambda: ctrl.panel.result is not None, timeout=WAIT_MS)
        assert not copied_found(ctrl)
        # a colleague's terminal: drafter library add, in another process
        (docs / "water.txt").write_text(speech(2, COPIED), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "drafter", "library", "--library", str(library.root)]
            + ["add", "--no-watch", str(docs / "water.txt")],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        # the watcher notices, the index is updated on a worker, the draft reviewed again
        qtbot.waitUntil(lambda: copied_found(ctrl), timeout=WAIT_MS)
        copied = next(f for f in ctrl.panel.result.findings if f.rule == "reuse.copied")
        assert "第2次县政府常务会议" in copied.message
        assert not ctrl.reuse.stale()
        assert not ctrl.panel.reuse_row.isVisible()
    finally:
        window.library_watch.stop()
        ctrl.wait(WAIT_S)
        if ctrl.reuse is not None:
            ctrl.reuse.close()
        library.close()


def test_the_update_shows_progress_can_be_cancelled_and_goes_on(
    qtbot, make_window, tmp_path, monkeypatch
):
    import drafter.review.reuse as reuse
    import drafter.ui.workers as workers

    monkeypatch.setattr(reuse, "BATCH", 1)
    monkeypatch.setattr(workers, "PROGRESS_INTERVAL_S", 0)  # every step shown, not throttled
    library = Library.open(tmp_path / "lib", workers=1)
    docs = tmp_path / "docs"
    docs.mkdir()
    paths = []
    for k in range(12):
        paths.append(docs / f"s{k:02d}.txt")
        paths[-1].write_text(speech(k, COPIED if k == 11 else None), encoding="utf-8")
    for _ in library.add(paths):
        pass
    gate = _held_back(monkeypatch)
    window = make_window()
    ctrl = window.review
    panel = ctrl.panel
    try:
        window.editor.set_draft(copying_draft(), ask=False)
        ctrl.dock.show()
        ctrl.dock.raise_()
        window.set_library(library)
        for _ in range(3):
            gate.release()
        qtbot.waitUntil(lambda: panel.reuse_row.isVisible(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: panel.reuse_bar.value() == 3, timeout=WAIT_MS)
        assert panel.reuse_bar.maximum() == 12
        # the window answers and reviews run while the index is being updated
        before = panel.result
        ctrl.run_now()
        qtbot.waitUntil(lambda: panel.result is not before, timeout=WAIT_MS)
        assert ctrl.reuse_worker is not None  # still updating
        qtbot.mouseClick(panel.reuse_cancel, _left())
        for _ in range(12):
            gate.release()
        qtbot.waitUntil(lambda: ctrl.reuse_worker is None, timeout=WAIT_MS)
        assert not panel.reuse_row.isVisible()
        assert "重新检查" in panel.state.text()
        assert ctrl.reuse.stale() and not ctrl.reuse_ready
        kept = ctrl.reuse._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
        assert 3 <= kept < 12  # what was indexed before 取消 stays
        # 重新检查 goes on from there and the copied paragraph is found
        for _ in range(20):
            gate.release()
        qtbot.mouseClick(panel.recheck, _left())
        qtbot.waitUntil(lambda: ctrl.reuse_ready and copied_found(ctrl), timeout=WAIT_MS)
        assert not ctrl.reuse.stale()
        assert panel.state.text() == ""
    finally:
        for _ in range(30):
            gate.release()
        ctrl.wait(WAIT_S)
        if ctrl.reuse_worker is not None:
            ctrl.reuse_worker.wait(WAIT_S)
        if ctrl.reuse is not None:
            ctrl.reuse.close()
        library.close()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_switching_library_mid_update_leaves_the_old_update_unheard(
    qtbot, make_window, tmp_path, monkeypatch
):
    """The old library's update, cancelled by the switch, says nothing about the new
    one: no 未更新完 note, and the new library's index is the one made ready."""
    import drafter.review.reuse as reuse

    monkeypatch.setattr(reuse, "BATCH", 1)
    old = Library.open(tmp_path / "old", workers=1)
    new = Library.open(tmp_path / "new", workers=1)
    docs = tmp_path / "docs"
    docs.mkdir()
    paths = [docs / f"s{k}.txt" for k in range(4)]
    for k, path in enumerate(paths):
        path.write_text(speech(k), encoding="utf-8")
    for _ in old.add(paths):
        pass
    gate = _held_back(monkeypatch)
    window = make_window()
    ctrl = window.review
    first = None
    try:
        ctrl.set_library(old)
        first = ctrl.reuse_worker
        qtbot.waitUntil(lambda: ctrl.panel.reuse_row.isVisible(), timeout=WAIT_MS)
        old_index = ctrl.reuse
        ctrl.set_library(new)  # an empty library: its update has nothing to read
        for _ in range(10):
            gate.release()
        qtbot.waitUntil(lambda: ctrl.reuse_ready, timeout=WAIT_MS)
        assert first is not None and first.wait(WAIT_S)
        qtbot.wait(200)  # the old worker's outcome is delivered, and must be ignored
        assert ctrl.reuse is not old_index and ctrl.reuse_ready
        assert ctrl.panel.state.text() == "" and not ctrl.panel.reuse_row.isVisible()
        old_index.close()
    finally:
        for _ in range(10):
            gate.release()
        ctrl.wait(WAIT_S)
        if ctrl.reuse is not None:
            ctrl.reuse.close()
        old.close()
        new.close()


def test_an_index_kept_busy_elsewhere_is_said_plainly(qtbot, make_window, tmp_path, monkeypatch):
    """Another process holds the index: the panel says so in one Chinese line (not
    SQLite's 'database is locked'), and the review runs on without the reuse check."""
    import sqlite3

    import drafter.review.reuse as reuse

    monkeypatch.setattr(reuse, "BUSY_S", 0.2)
    library = Library.open(tmp_path / "lib", workers=1)
    index_file = tmp_path / "lib" / "review" / "reuse.sqlite3"
    reuse.ReuseIndex(index_file).close()  # made, as a first run would have
    holder = sqlite3.connect(index_file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    window = make_window()
    ctrl = window.review
    try:
        ctrl.set_library(library)
        qtbot.waitUntil(lambda: ctrl.reuse_worker is None, timeout=WAIT_MS)
        assert ctrl.panel.state.text().startswith("查重索引正由另一个程序更新，请稍后再试")
        assert "locked" not in ctrl.panel.state.text()
        assert ctrl.usable_reuse() is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        ctrl.wait(WAIT_S)
        if ctrl.reuse is not None:
            ctrl.reuse.close()
        library.close()


def test_switching_library_closes_the_old_librarys_index(qtbot, make_window, tmp_path):
    """文件 › 打开文库 (or the preferences) lets go of the old library: its reuse index is
    closed at once, not left open for the garbage collector, and the new library's opens."""
    import sqlite3

    import pytest

    old = Library.open(tmp_path / "old", workers=1)
    new = Library.open(tmp_path / "new", workers=1)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(speech(1), encoding="utf-8")
    for _ in old.add([docs / "a.txt"]):
        pass
    window = make_window()
    ctrl = window.review
    try:
        window.set_library(old)
        qtbot.waitUntil(lambda: ctrl.reuse_ready, timeout=WAIT_MS)
        old_index = ctrl.reuse
        window.set_library(None)  # what the switch does before it closes the old library
        assert ctrl.reuse is None
        with pytest.raises(sqlite3.ProgrammingError):
            old_index.signature()
        window.set_library(new)
        qtbot.waitUntil(lambda: ctrl.reuse_ready, timeout=WAIT_MS)
        assert ctrl.reuse is not None and ctrl.reuse.path.parent.parent == new.root
    finally:
        ctrl.wait(WAIT_S)
        if ctrl.reuse is not None:
            ctrl.reuse.close()
        old.close()
        new.close()
