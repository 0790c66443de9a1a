"""Tab never walks into a dock another dock's tab hides. Walking the trainee's path at
1280×720 (学习 tabbed with 结构 and 资料库 in the left column), Tab from the 学习 dock's 对照
tab went to the unseen 结构 panel — Qt moves a dock behind a tab off the window but counts
it visible — and a dozen presses passed through its buttons before anything on screen had
the focus again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget

from drafter.ui.shortcuts import behind_tab

from .waits import WAIT_MS


def _on_screen(widget) -> bool:
    return widget is not None and not widget.visibleRegion().isEmpty()


def test_tab_and_shift_tab_stay_on_the_docks_shown(make_window, qtbot):
    window = make_window()
    window.resize(1280, 720)
    structures = window.study.structures
    window.bring(window.library_dock)  # the 结构 panel is tabbed behind the library
    qtbot.waitUntil(lambda: behind_tab(structures.min_box), timeout=WAIT_MS)
    assert structures.min_box.isVisible()  # what Qt says of it: why Tab went there
    start = window.library_panel.filter_box
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=WAIT_MS)
    seen = []
    for key in [Qt.Key.Key_Tab] * 25 + [Qt.Key.Key_Backtab] * 25:
        QTest.keyClick(QApplication.focusWidget(), key)
        focused = QApplication.focusWidget()
        seen.append(focused)
        assert not behind_tab(focused), f"Tab reached the hidden {focused.objectName()}"
    assert len(set(map(id, seen))) > 5  # Tab did move, through the panels shown
    assert all(w.window() is window for w in seen)
    # once its tab is chosen, the 结构 panel is in the Tab order again
    window.bring(window.findChild(QDockWidget, "structuresDock"))
    qtbot.waitUntil(lambda: _on_screen(structures.min_box), timeout=WAIT_MS)
    structures.min_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is structures.min_box, timeout=WAIT_MS)
    QTest.keyClick(structures.min_box, Qt.Key.Key_Tab)
    assert structures.isAncestorOf(QApplication.focusWidget())
