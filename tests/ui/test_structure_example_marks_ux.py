"""An example opened from the 结构 panel shows the structure it was opened for: in 学习模式
the frame is marked with its items, as a click on it would, instead of the text merely
scrolled to the paragraph."""

from __future__ import annotations

from drafter.ui.study.structures_panel import ITEM_ROLE

from .study_setup import mine_in_window, top_row
from .waits import WAIT_MS


def test_an_example_opens_with_its_frame_marked(studied, qtbot):
    window, panel, library, first = studied
    sp = mine_in_window(window, qtbot)
    sp.table.setCurrentItem(top_row(sp.table, "四勤"))
    other = next(
        sp.examples.topLevelItem(i)
        for i in range(sp.examples.topLevelItemCount())
        if sp.examples.topLevelItem(i).data(0, ITEM_ROLE).doc_id != first.id
    )
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        sp._open_example(other)
    text = window.study.mode.page.text
    qtbot.waitUntil(lambda: text.selected_frame is not None, timeout=WAIT_MS)
    assert window.study.study.frames[text.selected_frame].phrase == "四勤"
