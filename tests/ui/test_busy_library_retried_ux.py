"""The index upgrade at open and an import met the library's write lock held by another
process (an app still closing, a command-line import) and put up a 导入失败 box: the
upgrade for work the user never asked for, the first start's sample import leaving the
library empty. Both wait and try again, saying so on the status line."""

from __future__ import annotations

import pytest
from filelock import FileLock
from PySide6.QtWidgets import QApplication, QMessageBox

from drafter.library import Library
from drafter.library.local_storage import LOCK_NAME
from drafter.ui.panels.library_panel import LibraryPanel

from .waits import WAIT_MS

TEXT = "关于作风的讲话\n\n一、讲作风\n\n现在我来讲一讲主观主义的问题。\n"


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def _panel(qtbot, monkeypatch) -> tuple[LibraryPanel, list[str], list[str]]:
    monkeypatch.setattr(LibraryPanel, "BUSY_RETRY_MS", 50)
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.show()
    messages: list[str] = []
    failed: list[str] = []
    panel.status_message.connect(messages.append)
    panel.import_failed.connect(failed.append)
    return panel, messages, failed


def _old_index(tmp_path) -> Library:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "talk.txt").write_text(TEXT, encoding="utf-8")
    lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.2)
    with pytest.MonkeyPatch.context() as mp:  # built as an older Drafter built it
        mp.setattr("drafter.library.analyzer.literal_grams", lambda _text: {})
        for _ in lib.add([folder / "talk.txt"]):
            pass
    lib._set_index_format("1")
    assert lib.index_outdated()
    return lib


def test_the_upgrade_at_open_waits_for_a_busy_library(qtbot, tmp_path, monkeypatch):
    lib = _old_index(tmp_path)
    panel, messages, failed = _panel(qtbot, monkeypatch)
    other = FileLock(str(lib.root / LOCK_NAME))  # another app still closing
    other.acquire()
    panel.set_library(lib)
    qtbot.waitUntil(lambda: any("稍后自动重试升级检索索引" in m for m in messages), timeout=WAIT_MS)
    assert not _boxes() and not failed
    other.release()
    qtbot.waitUntil(
        lambda: any(m.startswith("检索索引已升级：1 篇") for m in messages), timeout=WAIT_MS
    )
    assert not lib.index_outdated() and not _boxes() and not failed
    lib.close()


def test_an_upgrade_held_off_throughout_is_left_for_later(qtbot, tmp_path, monkeypatch):
    lib = _old_index(tmp_path)
    panel, messages, failed = _panel(qtbot, monkeypatch)
    other = FileLock(str(lib.root / LOCK_NAME))
    other.acquire()
    try:
        panel.set_library(lib)
        qtbot.waitUntil(lambda: any("下次打开资料库时升级" in m for m in messages), timeout=WAIT_MS)
        assert not panel.busy() and not _boxes() and not failed
        assert sum("稍后自动重试" in m for m in messages) == LibraryPanel.BUSY_RETRIES
        assert lib.index_outdated()
        assert lib.search("作风").total == 1  # the old index still answers
    finally:
        other.release()
    lib.close()


def test_an_import_waits_for_another_writer_then_imports(qtbot, tmp_path, monkeypatch):
    """The first start's sample import beside another writer: it waited 5 seconds, failed
    with a box and left the library empty."""
    (tmp_path / "talk.txt").write_text(TEXT, encoding="utf-8")
    lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.2)
    panel, messages, failed = _panel(qtbot, monkeypatch)
    panel.set_library(lib)
    other = FileLock(str(lib.root / LOCK_NAME))
    other.acquire()
    panel.import_paths([tmp_path / "talk.txt"])
    qtbot.waitUntil(lambda: any("稍后自动重试导入" in m for m in messages), timeout=WAIT_MS)
    assert not _boxes() and not failed
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        other.release()
    assert len(lib.documents()) == 1 and panel.model.rowCount() == 1
    assert not _boxes() and not failed
    lib.close()


def test_an_import_held_off_throughout_says_why(qtbot, tmp_path, monkeypatch):
    (tmp_path / "talk.txt").write_text(TEXT, encoding="utf-8")
    lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.2)
    panel, messages, _failed = _panel(qtbot, monkeypatch)
    panel.set_library(lib)
    other = FileLock(str(lib.root / LOCK_NAME))
    other.acquire()
    try:
        with qtbot.waitSignal(panel.import_failed, timeout=WAIT_MS) as failed:
            panel.import_paths([tmp_path / "talk.txt"])
        assert "资料库正被其他程序使用" in failed.args[0]
        assert sum("稍后自动重试导入" in m for m in messages) == LibraryPanel.BUSY_RETRIES
    finally:
        other.release()
    for box in _boxes():
        box.close()
    lib.close()
