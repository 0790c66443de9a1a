"""Fixtures for the UI tests: a main window on a temporary settings file and library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from drafter.library import Library
from drafter.settings import Settings
from drafter.ui.main_window import MainWindow
from drafter.ui.panels.draft_editor import DraftEditorPanel

from .study_setup import studied  # noqa: F401 - the study UI tests' fixture

# Long enough for a LibreOffice render check on a loaded CI machine; a test that leaves
# work running longer than this has forgotten to cancel it.
POOL_DRAIN_MS = 120_000


@pytest.fixture(autouse=True)
def _background_work_drained():
    """After each UI test (its widgets are closed by then), wait for the work it started
    on the global thread pool, so no worker of one test runs on into the next, where its
    monkeypatches are undone and its tmp_path may be gone."""
    yield
    if not QThreadPool.globalInstance().waitForDone(POOL_DRAIN_MS):
        pytest.fail("background work started by this test was still running at teardown")


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


@pytest.fixture
def library(tmp_path):
    """An empty real library in tmp_path, closed after the test: what a window imports into."""
    lib = Library.open(tmp_path / "lib", create=True)
    yield lib
    lib.close()


@pytest.fixture
def make_editor(qtbot, tmp_path):
    """Build a draft editor panel on its own, shown, its recovery folder in tmp_path.

    No recovery prompt, no autosave unless ``settings`` asks for it, and closing at
    teardown answers 不保存 to "save changes?" (a modal box would hang the offscreen run)."""

    def make(
        settings: Settings | None = None, size: tuple[int, int] | None = None
    ) -> DraftEditorPanel:
        widget = DraftEditorPanel(
            settings or Settings(autosave_seconds=0), recovery_dir=tmp_path / "rec"
        )
        widget.files.recovery_checked = True
        widget.files._ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        qtbot.addWidget(widget)
        if size is not None:
            widget.resize(*size)
        widget.show()
        return widget

    return make
