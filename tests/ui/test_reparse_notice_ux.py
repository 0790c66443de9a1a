"""After an upgrade the library panel says, quietly, that documents were parsed by older
reading code; its 「重新解析」 button re-reads them on the import worker (progress, cancel)
and the notice goes away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from speech_samples import CORRECTIONS_SPEECH

from drafter.library import Library
from drafter.ui.panels.library_panel import LibraryPanel


def test_notice_and_button_reread_stale_parses(qtbot, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "speech.txt").write_text(CORRECTIONS_SPEECH, encoding="utf-8")
    lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    for _ in lib.add([folder / "speech.txt"]):
        pass
    with lib.catalog.transaction() as db:  # read by an older Drafter
        db.execute("UPDATE documents SET reader = 'made-by-an-older-drafter'")
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_library(lib)
    notice = panel.reparse_notice
    assert notice.isVisible()
    assert "1 篇文档仍按旧规则解析" in notice.label.text()
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    with qtbot.waitSignal(panel.import_finished, timeout=30_000):
        qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
        assert panel.busy()  # on the worker: the GUI thread is free
        assert panel.progress_box.isVisible() and panel.cancel_button.isEnabled()
        assert not notice.button.isEnabled()
    assert lib.stale_parses() == 0
    assert not notice.isVisible()
    assert any(m.startswith("已按新规则重新解析：1 篇") for m in messages)
    lib.close()
