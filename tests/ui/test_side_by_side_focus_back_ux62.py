"""并排对照 closed gives the keyboard back to the main window.

ux62's walk under Xvfb (no window manager, as on some kiosk set-ups): after the 并排对照
window was closed with its 关闭 button, F8 and Ctrl+Q went nowhere until a click, as
after a dialog before the on-screen guard gave the focus back (test_screen_fit). The guard
now does the same for a window of the app's own beside the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drafter.ui.on_screen_guard import OnScreenGuard

from .study_setup import compare_with_second
from .waits import WAIT_MS


def test_closing_side_by_side_gives_the_keyboard_back(studied, qtbot):
    window, panel, library, _first = studied
    app = QApplication.instance()
    guard = OnScreenGuard()
    app.installEventFilter(guard)
    try:
        window.activateWindow()
        text = window.study.mode.page.text
        text.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is text, timeout=WAIT_MS)
        win = compare_with_second(panel, library, qtbot)
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=WAIT_MS)
        qtbot.mouseClick(win.close_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not win.isVisible(), timeout=WAIT_MS)
        # without a window manager nothing activates the main window again: as here
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is text, timeout=WAIT_MS)
    finally:
        app.removeEventFilter(guard)
