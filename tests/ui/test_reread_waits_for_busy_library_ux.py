"""An app started while another is still closing found the library's write lock held when
it read the library's old-rule documents again at open, and put up a 导入失败 box (资料库正被
其他程序使用) for work the user never asked for. The re-read at open waits and tries again
quietly; when the lock stays held it is left for the next sync, said on the status line."""

from __future__ import annotations

from filelock import FileLock
from PySide6.QtWidgets import QApplication, QMessageBox
from speech_samples import CORRECTIONS_SPEECH

from drafter.library import Library
from drafter.library.local_storage import LOCK_NAME
from drafter.ui.panels.library_panel import LibraryPanel

from .waits import WAIT_MS


def _old_library(tmp_path) -> Library:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "speech.txt").write_text(CORRECTIONS_SPEECH, encoding="utf-8")
    lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.2)
    for _ in lib.add([folder / "speech.txt"]):
        pass
    with lib.catalog.transaction() as db:  # as an older Drafter read it
        db.execute("UPDATE documents SET reader = 'made-by-an-older-drafter'")
    lib._docs = None
    assert lib.stale_parses() == 1
    return lib


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def _panel(qtbot, monkeypatch) -> tuple[LibraryPanel, list[str]]:
    monkeypatch.setattr(LibraryPanel, "BUSY_RETRY_MS", 50, raising=False)
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.show()
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    return panel, messages


def test_a_reread_at_open_waits_for_a_closing_app_then_runs(qtbot, tmp_path, monkeypatch):
    lib = _old_library(tmp_path)
    panel, messages = _panel(qtbot, monkeypatch)
    other = FileLock(str(lib.root / LOCK_NAME))  # the closing app still writes
    other.acquire()
    failed: list[str] = []
    panel.import_failed.connect(failed.append)
    panel.set_library(lib)
    qtbot.waitUntil(lambda: any("稍后自动重试" in m for m in messages), timeout=WAIT_MS)
    assert not _boxes() and not failed
    other.release()  # it has closed
    qtbot.waitUntil(lambda: lib.stale_parses() == 0 and not panel.busy(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: any(m.startswith("已按新规则重新解析：1 篇") for m in messages), timeout=WAIT_MS
    )
    assert not _boxes() and not failed
    assert not panel.reparse_notice.isVisible()
    lib.close()


def test_a_lock_held_on_leaves_the_reread_to_the_next_sync(qtbot, tmp_path, monkeypatch):
    lib = _old_library(tmp_path)
    panel, messages = _panel(qtbot, monkeypatch)
    other = FileLock(str(lib.root / LOCK_NAME))
    other.acquire()
    failed: list[str] = []
    panel.import_failed.connect(failed.append)
    try:
        panel.set_library(lib)
        qtbot.waitUntil(lambda: any("下次同步" in m for m in messages), timeout=WAIT_MS)
        assert not panel.busy() and not _boxes() and not failed
        tries = sum("稍后自动重试" in m for m in messages)
        assert tries == LibraryPanel.BUSY_RETRIES
        assert lib.stale_parses() == 1 and panel.reparse_notice.isVisible()
    finally:
        other.release()
    # the next sync (F5) reads them again
    messages.clear()
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.sync_watched()
    assert lib.stale_parses() == 0
    lib.close()


def test_a_busy_lock_on_an_asked_for_job_still_says_so(qtbot, tmp_path, monkeypatch):
    """Only the re-read nobody asked for is quiet: 重新解析 clicked on a busy library is
    refused aloud, as before."""
    lib = _old_library(tmp_path)
    panel, _messages = _panel(qtbot, monkeypatch)
    monkeypatch.setattr(LibraryPanel, "_reread_due", lambda self, library: False)
    panel.set_library(lib)
    other = FileLock(str(lib.root / LOCK_NAME))
    other.acquire()
    try:
        with qtbot.waitSignal(panel.import_failed, timeout=WAIT_MS) as failed:
            panel.reread()
        assert "资料库正被其他程序使用" in failed.args[0]
    finally:
        other.release()
    for box in _boxes():
        box.close()
    lib.close()
