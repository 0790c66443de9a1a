"""After an upgrade the app reads the library's documents again by the new rules when it
opens the library: on the import worker (progress, cancel; the GUI thread stays free), the
user's corrections replayed, and the 重新解析 notice goes. The notice's 「重新解析」 button
still re-reads on demand (after a cancelled re-read, or a re-read set aside)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from speech_samples import CORRECTIONS_SPEECH

from drafter.library import Library
from drafter.ui.panels.library_panel import LibraryPanel

from .waits import WAIT_MS


def _age(lib: Library) -> None:
    """Every document as an older Drafter read it: another reader version."""
    with lib.catalog.transaction() as db:
        db.execute("UPDATE documents SET reader = 'made-by-an-older-drafter'")
    lib._docs = None


def _old_library(tmp_path) -> Library:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "speech.txt").write_text(CORRECTIONS_SPEECH, encoding="utf-8")
    lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    for _ in lib.add([folder / "speech.txt"]):
        pass
    return lib


def test_opening_an_old_library_rereads_it_with_progress(qtbot, tmp_path):
    lib = _old_library(tmp_path)
    (doc,) = lib.documents()
    paras = lib.load(doc.id).paragraphs()
    i = next(p.index for p in paras if p.text == "加强队伍建设")
    lib.set_corrections(doc.id, [{"op": "heading", "para": i, "text": "加强队伍建设", "level": 2}])
    _age(lib)
    assert lib.stale_parses() == 1
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.show()
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    progressed: list[object] = []
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.set_library(lib)
        assert panel.busy()  # on the worker: the GUI thread is free
        assert panel.progress_box.isVisible() and panel.cancel_button.isEnabled()
        assert "新规则" in panel.progress_label.text()
        panel.progress.valueChanged.connect(progressed.append)
    assert progressed  # the progress bar was fed
    assert lib.stale_parses() == 0
    assert not panel.reparse_notice.isVisible() and not panel.progress_box.isVisible()
    assert any(m.startswith("已按新规则重新解析：1 篇") for m in messages), messages
    loaded = lib.load(doc.id)  # the correction replayed on the new reading
    assert any(p.text == "加强队伍建设" and p.is_heading for p in loaded.paragraphs())
    lib.close()


def test_an_up_to_date_library_opens_without_a_reread(qtbot, tmp_path):
    lib = _old_library(tmp_path)
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_library(lib)
    assert not panel.busy() and not panel.reparse_notice.isVisible()
    lib.close()


def test_notice_button_rereads_stale_parses(qtbot, tmp_path):
    lib = _old_library(tmp_path)
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_library(lib)  # current: nothing to do
    _age(lib)  # as if a re-read had been cancelled
    panel.refresh()
    notice = panel.reparse_notice
    assert notice.isVisible()
    assert "1 篇文档仍按旧规则解析" in notice.label.text()
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
        assert panel.busy()
        assert panel.progress_box.isVisible() and panel.cancel_button.isEnabled()
        assert not notice.button.isEnabled()
    assert lib.stale_parses() == 0
    assert not notice.isVisible()
    assert any(m.startswith("已按新规则重新解析：1 篇") for m in messages)
    lib.close()
