"""并排对照's two texts lose Qt's greyed 复制链接地址 from their right-click menu, as the reader
and the 学习模式 page did (ux6): walking the trainee's round, the side-by-side window still
showed it second, under 复制."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from drafter.ui.study.side_by_side import SideBySideWindow

from .waits import WAIT_MS


def _right_click_names(qtbot, view) -> list[str]:
    """Right-click ``view`` as the mouse does and read the menu that pops up."""
    names: list[str] = []

    def read():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, read)
            return
        names.extend(a.objectName() for a in menu.actions())
        menu.close()

    QTimer.singleShot(20, read)
    at = QPoint(20, 20)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, view.viewport().mapToGlobal(at))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: bool(names), timeout=WAIT_MS)
    return names


def test_side_by_side_text_menu_has_no_link_copy(qtbot):
    window = SideBySideWindow()
    qtbot.addWidget(window)
    window.show()
    for pane in (window.left, window.right):
        pane.view.setPlainText("同志们：今天召开会议。")
        names = _right_click_names(qtbot, pane.view)
        assert "link-copy" not in names, names
        assert "edit-copy" in names and "select-all" in names
