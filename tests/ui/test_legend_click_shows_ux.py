"""图例 ⓘ beside the study page (and in 并排对照) says what the colours and lines mean, but
only as a tooltip: the walk clicked it, as a trainee does with anything marked ⓘ, and nothing
came. A click shows the legend at once now, in both places."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.ui.widgets.popup import TextPopup

from .study_setup import compare_with_second
from .waits import WAIT_MS


def _click_shows_legend(qtbot, label, title: str) -> None:
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    popup = label.findChild(TextPopup)
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    assert title in popup.label.text() and "提纲句" in popup.label.text()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # and it goes as a popup goes
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=WAIT_MS)


def test_a_click_on_the_legend_shows_it(studied, qtbot):
    window, panel, library, _first = studied
    legend = window.study.mode.page.legend
    assert legend.isVisible() and "图例" in legend.text()
    _click_shows_legend(qtbot, legend, "学习模式图例")
    beside = compare_with_second(panel, library, qtbot)
    qtbot.waitUntil(beside.legend.isVisible, timeout=WAIT_MS)
    _click_shows_legend(qtbot, beside.legend, "学习标注图例")
    beside.close()
