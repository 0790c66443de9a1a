"""A window that opens right as a dialog closes stays in front. Walking the app on an Xvfb
screen with no window manager, 审阅 › 比较稿件… chose the old draft in a file dialog and the
比较稿件 view opened behind the main window: the guard gave the focus back to the main window
a moment after the file dialog closed, raising it over the view that had just opened."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from drafter.ui.on_screen_guard import OnScreenGuard

from .waits import WAIT_MS


class _Window(QWidget):
    """A main window that counts how often it is raised."""

    def __init__(self) -> None:
        super().__init__()
        self.raised = 0

    def raise_(self) -> None:  # noqa: D102 - counts, then raises
        self.raised += 1
        super().raise_()


@pytest.fixture
def guarded(qtbot) -> _Window:
    """A shown, active main window with the app's OnScreenGuard filtering events (removed
    after the test, as it failed or passed)."""
    app = QApplication.instance()
    guard = OnScreenGuard()
    app.installEventFilter(guard)
    window = _Window()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    yield window
    app.removeEventFilter(guard)


def _shown_box(qtbot, window: _Window, icon, title: str, text: str) -> QMessageBox:
    """A message box over ``window``, shown: the dialog whose closing the guard answers."""
    box = QMessageBox(icon, title, text, parent=window)
    box.show()
    qtbot.waitUntil(box.isVisible, timeout=WAIT_MS)
    return box


def test_a_view_opened_as_a_dialog_closes_is_not_covered(qtbot, guarded):
    chooser = _shown_box(qtbot, guarded, QMessageBox.Icon.Question, "选择要比较的旧稿", "旧稿")
    view = QDialog(guarded)
    view.setWindowTitle("比较稿件")
    chooser.accept()  # the file dialog closes ...
    view.show()  # ... and the view it chose opens at once
    qtbot.wait(200)
    assert view.isVisible()
    assert guarded.raised == 0  # not raised over the view
    view.close()


def test_the_focus_still_comes_back_when_nothing_opens(qtbot, guarded):
    _shown_box(qtbot, guarded, QMessageBox.Icon.Information, "提示", "内容").accept()
    qtbot.waitUntil(lambda: guarded.raised == 1, timeout=WAIT_MS)
