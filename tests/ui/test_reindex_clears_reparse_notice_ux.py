"""重建索引 while parses are stale re-reads them, and the 重新解析 notice goes. Walking the
app after an upgrade, 资料库 › 重建索引 (Ctrl+Shift+R) said 索引已重建：12 篇 and the notice
“12 篇文档仍按旧规则解析” stayed under the table: the index had been rebuilt on the old
parses. Now the rebuild re-reads them (corrections kept), as 重新解析 does."""

from __future__ import annotations

from speech_samples import CORRECTIONS_SPEECH

from drafter.library import Library
from drafter.ui.panels.library_panel import LibraryPanel

from .waits import WAIT_MS


def test_rebuilding_the_index_rereads_stale_parses_and_the_notice_goes(qtbot, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "speech.txt").write_text(CORRECTIONS_SPEECH, encoding="utf-8")
    lib = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    try:
        for _ in lib.add([folder / "speech.txt"]):
            pass
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panel.show()
        panel.set_library(lib)  # current: opened without a re-read
        with lib.catalog.transaction() as db:  # read by an older Drafter (a re-read cancelled)
            db.execute("UPDATE documents SET reader = 'made-by-an-older-drafter'")
        panel.refresh()
        assert panel.reparse_notice.isVisible()
        messages: list[str] = []
        panel.status_message.connect(messages.append)
        with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
            panel.reindex()  # what 资料库 › 重建索引 calls
        assert lib.stale_parses() == 0
        assert not panel.reparse_notice.isVisible()
        assert any(m.startswith("已按新规则重新解析：1 篇") for m in messages), messages
        # with parses current it is the plain rebuild again
        with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
            panel.reindex()
        assert messages[-1].startswith("索引已重建")
    finally:
        lib.close()
