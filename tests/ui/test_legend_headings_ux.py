"""The 学习模式 legend says what the headings' colours mean and what the grey part under the
text is (ux27's walk: a run-in 一是经济增长好于预期。 in bold blue read as one more blue 提纲句,
and the legend named neither the headings nor the editor's apparatus), one group a line (the
popup broke 提纲句 into 提 / 纲句 at its edge)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.ui.study.study_marks import LEVEL_COLOURS
from drafter.ui.widgets.popup import TextPopup

from .waits import WAIT_MS


def test_the_legend_names_heading_colours_run_in_headings_and_apparatus(studied, qtbot):
    window, _panel, _library, _first = studied
    legend = window.study.mode.page.legend
    qtbot.mouseClick(legend, Qt.MouseButton.LeftButton)
    popup = legend.findChild(TextPopup)
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    text = popup.label.text()
    assert "与正文连写的小标题" in text and "编者按" in text
    for colour in LEVEL_COLOURS[:3]:  # the colours the text really uses for levels 1-3
        assert colour in text
    lines = text.split("<br>")
    assert any("提纲句" in line and "过渡句" in line for line in lines)
    assert all(line.count("数字概括") <= 1 for line in lines)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
