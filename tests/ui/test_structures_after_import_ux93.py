"""The 结构 panel opened during an import mined the documents imported so far, and kept
that result until the library was next opened (issue 11 via issue 8's import). Now an
import's end mines it again over all of them, on the panel's worker with progress and
取消: at once when the panel is on screen, else when it comes on screen."""

from __future__ import annotations

import drafter.ui.study.structures_mining as structures_mining
from drafter.ui.study.structures_panel import StructuresPanel

from .study_setup import FIRST, SECOND, library_of
from .waits import WAIT_MS


def test_an_import_finished_mines_the_shown_panel_again(qtbot, tmp_path, monkeypatch):
    totals = []
    real_mine = structures_mining.mine

    def counted(entries, total, *args, **kwargs):
        totals.append(total)
        return (yield from real_mine(entries, total, *args, **kwargs))

    monkeypatch.setattr(structures_mining, "mine", counted)
    with library_of(tmp_path, {"a.txt": FIRST}) as library:
        panel = StructuresPanel()
        qtbot.addWidget(panel)
        panel.set_library(library)
        panel.set_on_screen(True)
        panel.run_button.click()
        qtbot.waitUntil(lambda: panel.mined is not None and not panel.mining, timeout=WAIT_MS)
        assert totals[-1] == 1
        more = tmp_path / "more"
        more.mkdir()
        (more / "b.txt").write_text(SECOND, encoding="utf-8")
        for _ in library.add([more]):
            pass
        said = []
        panel.status_message.connect(said.append)
        panel.library_grew()  # what the library panel's import_finished calls
        assert panel.mining and panel.cancel_button.isVisibleTo(panel)
        qtbot.waitUntil(lambda: not panel.mining, timeout=WAIT_MS)
        assert totals[-1] == 2 and said[0].startswith("导入已完成")
        # off screen: mined when it comes back on screen, not before
        panel.set_on_screen(False)
        panel.library_grew()
        assert not panel.mining
        panel.set_on_screen(True)
        assert panel.mining
        qtbot.waitUntil(lambda: not panel.mining, timeout=WAIT_MS)
        assert len(totals) == 3
