"""学习 at 1280×720: the compact layout tabs the right-hand column (草稿, 模板, 学习) with the
reader, so the structure map, the notes and the 提纲练习 form hid the text they are about —
a trainee flipped between two tabs. Now 学习模式 (and the 学习 menu entry) moves the 学习 dock to
the left column, and the reader and the 学习 dock show side by side; switching the mode off
gives the left column back to what it showed; the three columns of a 1600×1000 screen are left
as they are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from drafter.ui.study.study_room import READER_SHARE, STUDY_DOCK_MIN

from .study_setup import FIRST, LARGE, SMALL, library_of, open_in_room, seen
from .waits import WAIT_MS


@pytest.fixture
def opened(make_window, qtbot, tmp_path):
    library = library_of(tmp_path, {"开班式讲话.txt": FIRST})

    def make(room: QRect):
        return open_in_room(make_window, qtbot, library, room)

    yield make
    library.close()


def test_at_1280x720_the_study_dock_stands_beside_the_reader(opened, qtbot):
    window = opened(SMALL)
    reader, dock = window.reader_dock, window.study.dock
    assert window.draft_dock in window.tabifiedDockWidgets(reader)  # the compact layout
    with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
        window.study_action.trigger()
    qtbot.waitUntil(lambda: seen(reader) and seen(dock), timeout=WAIT_MS)  # laid out
    assert seen(reader) and seen(dock), "the map and the annotated text at once"
    assert not reader.geometry().intersects(dock.geometry())
    assert dock in window.tabifiedDockWidgets(window.library_dock)
    # the reader's share lands after the closed column has left the layout (a timer): the
    # widths are asserted once it has, not in the moment between (CI once saw either)
    qtbot.waitUntil(lambda: reader.width() >= window.width() * READER_SHARE, timeout=WAIT_MS)
    assert dock.width() >= STUDY_DOCK_MIN and reader.width() >= 500, "the map reads whole"
    # the map drives the reader it stands beside: 提纲练习 hides the headings there
    panel = window.study.panel
    panel.tabs.setCurrentWidget(panel.exercise)
    qtbot.waitUntil(lambda: seen(dock) and seen(reader), timeout=WAIT_MS)  # laid out
    assert seen(dock) and seen(reader)
    # the library is one tab away, and 学习 comes back beside the reader from the menu
    window.library_dock.raise_()
    qtbot.waitUntil(lambda: not seen(dock), timeout=WAIT_MS)  # laid out
    assert not seen(dock)
    window.study.show_study()
    qtbot.waitUntil(lambda: seen(dock) and seen(reader), timeout=WAIT_MS)  # laid out
    assert seen(dock) and seen(reader)
    # 学习模式 off: the left column shows the library again, as before 学习 came to it
    window.study_action.trigger()
    qtbot.waitUntil(
        lambda: seen(window.library_dock) and not seen(dock) and seen(reader), timeout=WAIT_MS
    )  # laid out
    assert seen(window.library_dock) and not seen(dock) and seen(reader)
    # on again: 学习 in front of the left column once more; off: the library back
    window.study_action.trigger()
    qtbot.waitUntil(lambda: seen(dock) and seen(reader), timeout=WAIT_MS)  # laid out
    assert seen(dock) and seen(reader)
    window.study_action.trigger()
    qtbot.waitUntil(
        lambda: seen(window.library_dock) and not seen(dock), timeout=WAIT_MS
    )  # laid out
    assert seen(window.library_dock) and not seen(dock)


def test_at_1600x1000_the_three_columns_stay(opened, qtbot):
    window = opened(LARGE)
    reader, dock = window.reader_dock, window.study.dock
    before = window.tabifiedDockWidgets(window.draft_dock)
    assert dock in before and reader not in before
    with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
        window.study_action.trigger()
    qtbot.waitUntil(lambda: seen(reader) and seen(dock), timeout=WAIT_MS)  # laid out
    assert seen(reader) and seen(dock)
    assert dock in window.tabifiedDockWidgets(window.draft_dock)  # still in the right column
    assert dock not in window.tabifiedDockWidgets(window.library_dock)


def test_at_1280x720_the_study_tab_clicked_beside_the_reader_moves_beside_it(opened, qtbot):
    """At a start in 学习模式 the mode moves nothing (the saved layout stands); the trainee
    then clicked the 学习 tab, tabbed with the reader, and the structure map hid the text
    it maps (the ux walk at 1280×720)."""
    window = opened(SMALL)
    reader, dock = window.reader_dock, window.study.dock
    assert dock in window.tabifiedDockWidgets(reader)
    dock.raise_()  # what a click on its tab does
    qtbot.waitUntil(lambda: seen(dock) and seen(reader), timeout=WAIT_MS)  # laid out
    assert seen(dock) and seen(reader), "the map hid the text"
    assert dock in window.tabifiedDockWidgets(window.library_dock)


def test_at_1600x1000_the_study_tab_stays_in_its_column(opened, qtbot):
    window = opened(LARGE)
    dock = window.study.dock
    dock.raise_()
    qtbot.wait(50)
    assert dock in window.tabifiedDockWidgets(window.draft_dock)
