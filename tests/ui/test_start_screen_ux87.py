"""The start before the main window (ux87: the app took ~15 s to show anything at load 8).
A 正在启动 screen is painted first and the core is imported behind it with the event loop
let run between modules; importing ``drafter.app`` itself no longer pulls the main window
and the core in, so the screen can show before them."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from drafter.ui.start_screen import import_core_behind, show_start_screen


def test_start_screen_shows_and_the_loop_runs_between_imports(qtbot):
    app = QApplication.instance()
    screen = show_start_screen(app)
    qtbot.addWidget(screen)
    assert screen.isVisible()
    loop_ran: list[bool] = []
    QTimer.singleShot(0, lambda: loop_ran.append(True))
    import_core_behind(app, ("json", "no_such_module_ux87"))  # a failure is only logged
    assert loop_ran == [True]


def test_importing_the_app_module_leaves_the_core_for_later():
    heavy = ["drafter.ui.main_window", "drafter.study.analyze", "drafter.library.backend"]
    code = f"import sys, drafter.app\nprint([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
