"""学习 › 笔记: the search box's hint is read whole at 1600×1000. Its long form
"搜索全部笔记（笔记、原文、文稿标题）…" was cut to "搜索全部笔记（笔记…" in the three-column
layout; the short hint fits and the tooltip keeps what is searched."""

from __future__ import annotations

from PySide6.QtCore import QRect

from drafter.settings import Settings
from drafter.ui.screen_fit import fit_main_window

from .study_setup import FIRST, open_and_study, window_with
from .waits import WAIT_MS


def test_the_notes_search_hint_fits(make_window, qtbot, tmp_path):
    with window_with(
        make_window, tmp_path, {"开班式讲话.txt": FIRST}, Settings(speaking_rate=200)
    ) as (window, library):
        window.resize(1600, 1000)
        qtbot.waitExposed(window, timeout=WAIT_MS)
        fit_main_window(window, window.reader_dock, window.draft_dock, room=QRect(0, 0, 1600, 1000))
        panel = open_and_study(window, library.documents()[0].id, qtbot)
        panel.tabs.setCurrentWidget(panel.notes)
        qtbot.wait(50)
        box = panel.notes.search_box
        assert box.isVisible()
        room = box.width() - 2 * box.fontMetrics().averageCharWidth() - 24  # frame, clear button
        assert box.fontMetrics().horizontalAdvance(box.placeholderText()) <= room
        # st48: 重新定位, shown once a note lost its words, squeezed the box to 搜… in the
        # 学习 dock as the running app laid it out at 1600×1000 (about 440 px wide)
        tab = panel.notes
        tab.relocate_button.setVisible(True)
        tab.resize(440, tab.height())
        tab.layout().activate()  # the layout as the next paint has it
        room = box.width() - 2 * box.fontMetrics().averageCharWidth() - 24
        assert box.fontMetrics().horizontalAdvance(box.placeholderText()) <= room
        assert "原文" in box.toolTip() and "文稿标题" in box.toolTip()
