"""The 并排对照 window closes with Esc (and Ctrl+W), like a viewer. Walking the app it opened
over the main window and nothing but its title bar could close it: Esc did nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest

from .study_setup import compare_with_second, studied  # noqa: F401 - the fixture
from .waits import WAIT_MS


def test_escape_closes_the_side_by_side_window(studied, qtbot):  # noqa: F811
    _window, panel, library, _first = studied
    window = compare_with_second(panel, library, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    keys = {sc.key() for sc in window.findChildren(QShortcut)}
    assert QKeySequence(QKeySequence.StandardKey.Close) in keys  # Ctrl+W as well
