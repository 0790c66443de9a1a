"""Opening 结构 (Shift+F8) in 学习模式 is no choice to keep the library open there (ux64's
walk: it turned ``study_library_open`` on, and from then on the mode kept three columns with
the structure map squeezed). The library's own docks keep the documented rule."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from drafter.settings import Settings

from .study_setup import FIRST, LARGE, library_of, open_in_room
from .waits import WAIT_MS


@pytest.fixture
def opened(make_window, qtbot, tmp_path):
    library = library_of(tmp_path, {"开班式讲话.txt": FIRST})

    def make(room: QRect, settings: Settings | None = None):
        size = (room.width() - 110, room.height() - 100)
        return open_in_room(make_window, qtbot, library, room, settings, size)

    yield make
    library.close()


def _toggle_mode(window, qtbot, on: bool, first: bool = False) -> None:
    if first:  # the text is studied once; the mode's later starts reuse it
        with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
            window.study_action.trigger()
    else:
        window.study_action.trigger()
    qtbot.waitUntil(lambda: window.study_action.isChecked() == on, timeout=WAIT_MS)


def test_structures_opened_in_the_mode_leave_the_library_closed_next_time(opened, qtbot):
    settings = Settings(speaking_rate=200)
    window = opened(LARGE, settings)
    structures = window.findChild(type(window.library_dock), "structuresDock")
    _toggle_mode(window, qtbot, True, first=True)
    qtbot.waitUntil(lambda: not window.library_dock.isVisible(), timeout=WAIT_MS)
    window.structures_action.trigger()  # Shift+F8: a look at the library's frames
    qtbot.waitUntil(structures.isVisible, timeout=WAIT_MS)
    assert not settings.study_library_open, "结构 is not the library"
    _toggle_mode(window, qtbot, False)
    qtbot.waitUntil(window.library_dock.isVisible, timeout=WAIT_MS)  # back after the mode
    _toggle_mode(window, qtbot, True)
    qtbot.waitUntil(lambda: not window.library_dock.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not structures.isVisible(), timeout=WAIT_MS)
    assert not settings.study_library_open


def test_the_library_opened_in_the_mode_still_stays_open(opened, qtbot):
    settings = Settings(speaking_rate=200)
    window = opened(LARGE, settings)
    _toggle_mode(window, qtbot, True, first=True)
    qtbot.waitUntil(lambda: not window.library_dock.isVisible(), timeout=WAIT_MS)
    window.search_dock.toggleViewAction().trigger()  # 检索 is the library's too
    qtbot.waitUntil(window.search_dock.isVisible, timeout=WAIT_MS)
    assert settings.study_library_open
