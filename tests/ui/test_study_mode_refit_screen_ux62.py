"""学习模式 keeps its own layout when the window's screen changes while it runs.

The window refitted to another screen (a laptop docked or undocked, the window dragged to
another monitor: ``refit_to_screen``) got only the ordinary refit: at 1280×720 the fitting
tabbed the right-hand column, the 学习 dock with it, onto the reader, so the structure map
hid the text it explains; back at 1600×1000 the 学习 dock stayed in the library's column
and the library column stayed open beside a narrow reader. The mode now lays itself out
again after the refit, as a start on that screen would. The rooms stand for the screens
(the offscreen platform has none).
"""

from __future__ import annotations

import pytest

from drafter.settings import Settings

from .study_setup import FIRST, LARGE, SMALL, library_of, open_in_room, seen
from .waits import WAIT_MS


@pytest.fixture
def library(tmp_path):
    lib = library_of(tmp_path, {"开班式讲话.txt": FIRST})
    yield lib
    lib.close()


def _in_mode(window, qtbot) -> None:
    with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
        window.study_action.trigger()
    qtbot.waitUntil(lambda: seen(window.reader_dock) and seen(window.study.dock), timeout=WAIT_MS)


def _keeps_library() -> Settings:
    return Settings(speaking_rate=200, study_library_open=True)


def _side_by_side(window) -> bool:
    reader, dock = window.reader_dock, window.study.dock
    return seen(reader) and seen(dock) and not reader.geometry().intersects(dock.geometry())


def test_moved_to_a_small_screen_the_map_stays_beside_the_text(make_window, qtbot, library):
    """The trainee keeps the library open in the mode: three columns, which 1280 px cannot
    hold, so the fitting tabs the right-hand column (学习 with it) onto the reader."""
    window = open_in_room(make_window, qtbot, library, LARGE, settings=_keeps_library())
    _in_mode(window, qtbot)
    assert seen(window.library_dock)
    assert _side_by_side(window)
    window.refit_to_screen(SMALL)
    qtbot.waitUntil(lambda: _side_by_side(window), timeout=WAIT_MS)
    assert _side_by_side(window), "the structure map hid the text it explains"
    assert window.study.dock in window.tabifiedDockWidgets(window.library_dock)
    assert SMALL.contains(window.frameGeometry())


def test_back_on_a_large_screen_the_reader_gets_its_room(make_window, qtbot, library):
    window = open_in_room(make_window, qtbot, library, SMALL)
    window.columns_narrowed(["draftDock", "galleryDock"])  # as the fitting tells the window
    _in_mode(window, qtbot)
    assert window.study.dock in window.tabifiedDockWidgets(window.library_dock)
    window.refit_to_screen(LARGE)
    reader, dock = window.reader_dock, window.study.dock
    qtbot.waitUntil(
        lambda: _side_by_side(window) and reader.width() > 0.55 * window.width(), timeout=WAIT_MS
    )
    assert dock in window.tabifiedDockWidgets(window.draft_dock), "学习 back in its column"
    left = [window.library_dock, window.search_dock]
    assert not any(seen(d) for d in left), "the library column steps aside, as in the mode"
    assert reader.width() > 0.55 * window.width()
    # the mode off: the right column shows the draft again, as before the mode
    window.study_action.trigger()
    qtbot.waitUntil(lambda: seen(window.draft_dock), timeout=WAIT_MS)
    assert seen(window.library_dock) and not seen(dock)


def test_refitted_in_the_mode_the_draft_comes_back_after_it(make_window, qtbot, library):
    """The screen's available area changed (a task bar moved) while in the mode: the mode
    lays itself out again, and leaving it still gives the right column back to 草稿."""
    window = open_in_room(make_window, qtbot, library, LARGE)
    window.draft_dock.raise_()
    _in_mode(window, qtbot)
    window.refit_to_screen(LARGE)
    qtbot.waitUntil(lambda: _side_by_side(window), timeout=WAIT_MS)
    window.study_action.trigger()
    qtbot.waitUntil(lambda: seen(window.draft_dock), timeout=WAIT_MS)
    assert not seen(window.study.dock)
