"""The 结构 panel mines on its first open (issue 11, point 4). A trainee opening it over a
library never mined saw an empty table and 点“分析资料库” until they found the button: the
panel now starts mining on its worker the moment it comes on screen (progress, 取消), once
per library — after 取消 it waits for the button, which then reads 分析资料库 again and,
once there is a result, 重新分析."""

from __future__ import annotations

import threading

import drafter.ui.study.structures_mining as structures_mining

from .study_setup import FIRST, SECOND, window_with
from .waits import WAIT_MS, WAIT_S

TEXTS = {"开班式讲话.txt": FIRST, "全县工作会议讲话.txt": SECOND}


def test_opening_the_panel_mines_once_and_the_button_mines_again(
    make_window, qtbot, tmp_path, monkeypatch
):
    gate = threading.Event()
    runs = []
    real_mine = structures_mining.mine

    def held(*args, **kwargs):  # the real miner, counted and held at the gate
        runs.append(1)
        gate.wait(WAIT_S)
        return (yield from real_mine(*args, **kwargs))

    monkeypatch.setattr(structures_mining, "mine", held)
    with window_with(make_window, tmp_path, TEXTS) as (window, _library):
        sp = window.study.structures
        dock = window.findChild(type(window.library_dock), "structuresDock")
        try:
            window.structures_action.trigger()  # Shift+F8: the first open, no click
            qtbot.waitUntil(lambda: sp.mining, timeout=WAIT_MS)
            assert sp.progress.isVisible() and sp.cancel_button.isVisible()
            assert "正在分析" in sp.summary.text()
            sp.cancel_button.click()  # the trainee changed their mind
        finally:
            gate.set()
        qtbot.waitUntil(lambda: not sp.mining, timeout=WAIT_MS)
        assert sp.mined is None and sp.summary.text().startswith("点“分析资料库”")
        window.library_dock.raise_()  # away and back: a cancelled mining is not restarted
        qtbot.waitUntil(lambda: dock.visibleRegion().isEmpty(), timeout=WAIT_MS)
        window.structures_action.trigger()
        qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty(), timeout=WAIT_MS)
        assert not sp.mining and len(runs) == 1
        assert sp.run_button.text() == "分析资料库" and sp.run_button.isEnabled()
        sp.run_button.click()  # the explicit action mines
        qtbot.waitUntil(lambda: sp.mined is not None and not sp.mining, timeout=WAIT_MS)
        assert len(runs) == 2 and sp.table.topLevelItemCount() > 0
        assert sp.run_button.text() == "重新分析"
        sp.run_button.click()  # and mines again on demand
        qtbot.waitUntil(lambda: len(runs) == 3 and not sp.mining, timeout=WAIT_MS)
