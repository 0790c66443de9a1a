"""Fixtures for the UI tests: a main window on a temporary settings file and library."""

from __future__ import annotations

import pytest

from drafter.settings import Settings
from drafter.ui.main_window import MainWindow

from .study_setup import studied  # noqa: F401 - the study UI tests' fixture


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Build a MainWindow whose settings, recovery file and library live in tmp_path.

    Closing skips the draft's "save changes?" question (pytest-qt closes the window at
    teardown, and a modal box would hang the offscreen run)."""

    def make(settings: Settings | None = None) -> MainWindow:
        window = MainWindow(
            settings or Settings(), tmp_path / "settings.toml", recovery_dir=tmp_path / "recovery"
        )
        window.editor.confirm_close = lambda: True
        qtbot.addWidget(window)
        window.show()
        return window

    return make
