"""A shortcut that names a dock leaves the user looking at it with the keyboard in it,
wherever the dock was put (ux87's walk: at 1280×720 an office head in the draft's 批注 tab
pressed F7 and 审稿 was not brought forward). 审稿 (F7), 资料库结构 (Shift+F8) and 转到学习
(Ctrl+6) each bring their dock in front and give it the keyboard when it stands behind
another dock's tab, was closed, or floats."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from drafter.ui.shortcuts import behind_tab, focus_target

from .waits import WAIT_MS

ACTIONS = {
    "reviewDock": "review_action",
    "structuresDock": "structures_action",
    "studyDock": "study_go_action",
}


def _has_keyboard(dock) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and dock.isAncestorOf(focus)


CASES = [
    ("reviewDock", "behind_tab"),
    ("reviewDock", "closed"),
    ("reviewDock", "floating"),
    ("structuresDock", "behind_tab"),
    ("studyDock", "floating"),
]


@pytest.mark.parametrize(("name", "where"), CASES)
def test_the_key_brings_its_dock_with_the_keyboard(qtbot, make_window, name, where):
    window = make_window()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    window.activateWindow()
    dock = window.findChild(type(window.library_dock), name)
    if where == "behind_tab":
        # another dock of its column in front (资料库 over 审稿/结构, 草稿 over 学习)
        others = window.tabifiedDockWidgets(dock)
        assert others, f"{name} is not tabbed at start"
        others[0].raise_()
        qtbot.waitUntil(lambda: behind_tab(dock.widget()), timeout=WAIT_MS)
    elif where == "closed":
        dock.close()
        qtbot.waitUntil(lambda: not dock.isVisible(), timeout=WAIT_MS)
    else:
        dock.setFloating(True)
        qtbot.waitUntil(dock.isFloating, timeout=WAIT_MS)
        window.activateWindow()
        window.raise_()
    focus_target(window.draft_dock).setFocus()  # the keyboard in the draft, as the office head's
    getattr(window, ACTIONS[name]).trigger()
    qtbot.waitUntil(
        lambda: dock.isVisible() and not behind_tab(dock.widget()) and _has_keyboard(dock),
        timeout=WAIT_MS,
    )
    if where == "floating":
        assert dock.isActiveWindow()
