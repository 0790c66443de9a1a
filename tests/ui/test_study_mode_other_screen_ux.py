"""A layout saved in 学习模式 on one screen and restored on a screen of another size lays the
mode out for the new screen (ux43's walk: saved at 1280×720, where the 学习 dock shares the
library's column and the library stays, and restored at 1600×1000, the library and draft
columns stayed open, 学习 sat behind the library's tab and the reader's text was about 290
px wide). The screens are set as in test_window_layout_other_screen_ux.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from drafter.settings import Settings
from drafter.ui.main_window import MainWindow

from .study_setup import FIRST, LARGE, SMALL, library_of, open_in_room, seen
from .waits import WAIT_MS


@pytest.fixture
def screen(monkeypatch):
    """Call with a QRect: the available area every screen reports from then on."""

    def use(room: QRect) -> None:
        monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(room))

    return use


@pytest.fixture
def library(tmp_path):
    lib = library_of(tmp_path, {"开班式讲话.txt": FIRST})
    yield lib
    lib.close()


def _saved_in_mode(make_window, qtbot, library, tmp_path) -> Settings:
    """A session at 1280×720 (the fitting's two columns) closed in 学习模式; its settings."""
    window = open_in_room(make_window, qtbot, library, SMALL)
    window.columns_narrowed(["draftDock", "galleryDock"])  # as the fitting tells the window
    with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
        window.study_action.trigger()
    qtbot.waitUntil(  # the mode's move, laid out
        lambda: window.study.dock in window.tabifiedDockWidgets(window.library_dock),
        timeout=WAIT_MS,
    )
    assert window.study.dock in window.tabifiedDockWidgets(window.library_dock)
    assert seen(window.library_dock) or seen(window.study.dock)  # the left column stays
    window.library_watch.set_library(None)
    window.close()
    return Settings.load(tmp_path / "settings.toml")


def test_a_mode_layout_from_1280x720_gives_the_reader_its_room_at_1600x1000(
    make_window, qtbot, library, tmp_path, screen
):
    screen(SMALL)
    settings = _saved_in_mode(make_window, qtbot, library, tmp_path)
    assert settings.study_mode and settings.window_screen == "1280x720"
    screen(LARGE)
    window = MainWindow(settings, tmp_path / "settings.toml", recovery_dir=tmp_path / "rec")
    window.editor.confirm_close = lambda: True
    qtbot.addWidget(window)
    window.set_library(library)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    reader, dock = window.reader_dock, window.study.dock
    qtbot.waitUntil(lambda: seen(dock) and reader.width() > 0.55 * window.width(), timeout=WAIT_MS)
    qtbot.wait(50)
    assert window.study_action.isChecked()
    assert seen(reader) and seen(dock), "the text and its map side by side"
    assert not reader.geometry().intersects(dock.geometry())
    left = [window.library_dock, window.search_dock, window.study.structures.parentWidget()]
    assert not any(seen(d) for d in left), "the library column steps aside as the mode does"
    assert reader.width() > 0.55 * window.width()
    assert not window.settings.study_library_open  # the restored docks were no choice
    window.library_watch.set_library(None)


def test_on_the_same_screen_the_mode_layout_is_left_as_saved(
    make_window, qtbot, library, tmp_path, screen
):
    screen(SMALL)
    settings = _saved_in_mode(make_window, qtbot, library, tmp_path)
    window = MainWindow(settings, tmp_path / "settings.toml", recovery_dir=tmp_path / "rec")
    window.editor.confirm_close = lambda: True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: seen(window.study.dock) and seen(window.reader_dock), timeout=WAIT_MS)
    # the mode's small-screen layout as saved: 学习 in the library's column, beside the reader
    assert window.study.dock in window.tabifiedDockWidgets(window.library_dock)
    assert seen(window.study.dock) and seen(window.reader_dock)
    assert not window.settings.study_library_open  # the restored docks were no choice
