"""并排对照 has a 关闭 button of its own. Without a window manager (the stop-30 walk, and a kiosk
desktop) the window had no title bar, and only Esc, which nothing told the trainee, closed it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.side_by_side import SideBySideWindow

from .waits import WAIT_MS

TEXT = "关于全年工作的讲话\n\n同志们：\n\n一、提高认识\n\n要加强学习。\n\n二、狠抓落实\n\n要改进作风。\n"


def test_the_close_button_closes_the_window(qtbot):
    doc = parse_text(TEXT, "a.txt")
    win = SideBySideWindow()
    qtbot.addWidget(win)
    win.show_pair(doc, analyze(doc), doc, analyze(doc))
    win.show()
    qtbot.waitExposed(win, timeout=WAIT_MS)
    button = win.findChild(QPushButton, "sideBySideClose")
    assert button is not None and button.isVisible() and button.text() == "关闭"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=WAIT_MS)
