"""An example opened from the 结构 panel shows the structure it was opened for: in 学习模式
the frame is marked with its items, as a click on it would, instead of the text merely
scrolled to the paragraph."""

from __future__ import annotations

from drafter.ui.study.structures_panel import ITEM_ROLE


def test_an_example_opens_with_its_frame_marked(studied, qtbot):
    window, panel, library, first = studied
    sp = window.study.structures
    window.structures_action.trigger()
    sp.run_button.click()
    qtbot.waitUntil(lambda: sp.mined is not None, timeout=20000)
    row = next(
        sp.table.topLevelItem(i)
        for i in range(sp.table.topLevelItemCount())
        if sp.table.topLevelItem(i).text(0) == "四勤"
    )
    sp.table.setCurrentItem(row)
    other = next(
        sp.examples.topLevelItem(i)
        for i in range(sp.examples.topLevelItemCount())
        if sp.examples.topLevelItem(i).data(0, ITEM_ROLE).doc_id != first.id
    )
    with qtbot.waitSignal(panel.studied, timeout=10000):
        sp._open_example(other)
    text = window.study.mode.page.text
    qtbot.waitUntil(lambda: text.selected_frame is not None, timeout=5000)
    assert window.study.study.frames[text.selected_frame].phrase == "四勤"
