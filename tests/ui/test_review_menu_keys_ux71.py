"""The 审阅 menu's Alt-letters and keys (ux71's walk): its items had no letter, as the menus'
titles have (审阅(&R)), so the office head went down the list with the arrows; 比较稿件… and
版本记录… had no key of their own. Each item now has a letter of its own in the menu, the two
have Ctrl+Alt+C and Ctrl+Alt+V, no other action or shortcut of the window holds either, and
the letters stay out of the toolbar and the shortcut list."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QToolBar

from drafter.ui.dialogs.help import shortcut_rows
from drafter.ui.dialogs.outline_dialog import OutlineDialog
from drafter.ui.docks import menu_titled

from .waits import WAIT_MS


def test_every_review_item_has_a_letter_of_its_own(make_window):
    window = make_window()
    items = [a for a in menu_titled(window, "审阅").actions() if not a.isSeparator()]
    letters = [re.search(r"\(&(\w)\)", a.text()) for a in items]
    assert all(letters), [a.text() for a in items]
    assert len({m.group(1) for m in letters}) == len(items)
    office = window.editor.office
    assert office.compare_action.text() == "比较稿件(&C)…"
    assert window.review_action.text() == "审稿(&R)"


def test_compare_and_versions_have_keys_nothing_else_holds(make_window):
    window = make_window()
    office = window.editor.office
    assert office.compare_action.shortcut() == QKeySequence("Ctrl+Alt+C")
    assert office.versions_action.shortcut() == QKeySequence("Ctrl+Alt+V")
    holders: dict[str, list[object]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            holders.setdefault(key.toString(), []).append(action)
    for shortcut in window.findChildren(QShortcut):
        holders.setdefault(shortcut.key().toString(), []).append(shortcut)
    assert holders["Ctrl+Alt+C"] == [office.compare_action]
    assert holders["Ctrl+Alt+V"] == [office.versions_action]


def test_the_letter_picks_the_item_in_the_open_menu(qtbot, make_window):
    window = make_window()
    menu = menu_titled(window, "审阅")
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(menu, Qt.Key.Key_O)  # 提纲视图(&O)…
    qtbot.waitUntil(
        lambda: any(
            w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, OutlineDialog)
        ),
        timeout=WAIT_MS,
    )


def test_the_letters_stay_out_of_the_toolbar_and_the_shortcut_list(make_window):
    window = make_window()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    button = toolbar.widgetForAction(window.review_action)
    assert button.text() == "审稿"
    rows = dict(shortcut_rows([window.review_action, window.editor.office.compare_action]))
    assert rows["审稿"] == "F7"
    assert "比较稿件…" in rows
