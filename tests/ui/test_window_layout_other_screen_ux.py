"""The window's saved size and dock layout come back only on a screen of the size they were
saved on (the ux walk: a layout saved on a 1280×720 laptop came back on a 1600×1000 screen
at the laptop's size and in its two columns).

The offscreen platform has one fixed screen (800×800); the screen the window asks about
(``QScreen.availableGeometry``) is set per test to 1280×720 or 1600×1000. Qt's own check of a
restored geometry still measures it against the real 800×800, so the same-screen case is
seen by its dock layout, not its exact size. The restarted window is looked at before it
is shown: shown offscreen it grows to its docks' minimum width (the fitting that narrows
the columns to the screen is not run there)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QScreen

from drafter.settings import Settings
from drafter.ui.main_window import MainWindow
from drafter.ui.screen_fit import narrow_columns

SMALL = QRect(0, 0, 1280, 720)
LARGE = QRect(0, 0, 1600, 1000)


@pytest.fixture
def screen(monkeypatch):
    """Call with a QRect: the available area every screen reports from then on."""

    def use(room: QRect) -> None:
        monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(room))

    return use


def _saved_layout(qtbot, make_window, tmp_path, size, narrow) -> Settings:
    """Close a window left at ``size`` (in two columns if ``narrow``); its saved settings."""
    window = make_window()
    if narrow:
        narrow_columns(window, window.reader_dock, window.draft_dock)
    window.resize(*size)
    qtbot.wait(20)
    window.close()
    return Settings.load(tmp_path / "settings.toml")


def _restarted(qtbot, tmp_path, settings) -> MainWindow:
    """The window as the next start builds it over ``settings``, not yet shown."""
    window = MainWindow(settings, tmp_path / "settings.toml", recovery_dir=tmp_path / "rec")
    window.editor.confirm_close = lambda: True
    qtbot.addWidget(window)
    return window


def _narrow(window) -> bool:
    return window.draft_dock in window.tabifiedDockWidgets(window.reader_dock)


def test_a_small_screens_layout_is_not_restored_on_a_large_one(
    qtbot, make_window, tmp_path, screen
):
    screen(SMALL)
    settings = _saved_layout(qtbot, make_window, tmp_path, (1240, 680), narrow=True)
    assert settings.window_screen == "1280x720"
    screen(LARGE)
    window = _restarted(qtbot, tmp_path, settings)
    assert window.size() == QSize(1440, 900)  # this screen's default
    assert not _narrow(window), "the small screen's two columns came back"


def test_a_large_screens_size_is_not_restored_on_a_small_one(qtbot, make_window, tmp_path, screen):
    screen(LARGE)
    settings = _saved_layout(qtbot, make_window, tmp_path, (1500, 950), narrow=False)
    assert settings.window_screen == "1600x1000"
    screen(SMALL)
    window = _restarted(qtbot, tmp_path, settings)
    assert window.height() == SMALL.height() - 40  # this screen's default
    assert not _narrow(window)  # narrowed once shown, by the fitting, if they do not fit


def test_on_the_same_screen_the_layout_comes_back(qtbot, make_window, tmp_path, screen):
    screen(LARGE)
    settings = _saved_layout(qtbot, make_window, tmp_path, (1400, 800), narrow=True)
    window = _restarted(qtbot, tmp_path, settings)
    assert window.size() != QSize(1440, 900)
    assert _narrow(window), "the user's own layout on this screen was dropped"


def test_a_settings_file_without_the_screen_restores_as_before(
    qtbot, make_window, tmp_path, screen
):
    screen(LARGE)
    settings = _saved_layout(qtbot, make_window, tmp_path, (1400, 800), narrow=True)
    settings.window_screen = ""  # written before the screen was noted
    window = _restarted(qtbot, tmp_path, settings)
    assert _narrow(window)
