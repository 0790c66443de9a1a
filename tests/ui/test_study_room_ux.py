"""Room for the text in 学习模式 (ux33, after ux30's walk: at 1600×1000 the library column
stayed open in the mode and left the annotated text about 395 px of a 1487 px window; at
1280×720 about 420 px). The mode closes the library column where it is a column of its own,
gives the reader most of the width and keeps what the user changes of that."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from drafter.settings import Settings

from .study_setup import FIRST, LARGE, SMALL, library_of, open_in_room, seen
from .waits import WAIT_MS


@pytest.fixture
def opened(make_window, qtbot, tmp_path):
    library = library_of(tmp_path, {"开班式讲话.txt": FIRST})

    def make(room: QRect, settings: Settings | None = None):
        size = (room.width() - 110, room.height() - 100)
        return open_in_room(make_window, qtbot, library, room, settings, size)

    yield make
    library.close()


def _study(window, qtbot) -> None:
    with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
        window.study_action.trigger()
    qtbot.wait(100)


def _text_share(window) -> float:
    return window.study.mode.page.text.width() / window.width()


def test_at_1600x1000_the_library_steps_aside_and_comes_back(opened, qtbot):
    window = opened(LARGE)
    library, reader = window.library_dock, window.reader_dock
    assert seen(library)
    plain = reader.width()
    _study(window, qtbot)
    assert not library.isVisible(), "the library column closed in the mode"
    assert seen(reader) and seen(window.study.dock)
    assert reader.width() >= 0.6 * window.width()
    assert _text_share(window) >= 0.4, window.study.mode.page.text.width()
    window.study_action.trigger()
    qtbot.waitUntil(library.isVisible, timeout=WAIT_MS)
    assert seen(library), "back when the mode ends"
    # the reader gives the room back (Qt lays the reopened column out on a later pass)
    qtbot.waitUntil(lambda: reader.width() <= plain + 0.05 * window.width(), timeout=WAIT_MS)


def test_the_library_opened_in_the_mode_stays_open_in_it(opened, qtbot):
    settings = Settings(speaking_rate=200)
    window = opened(LARGE, settings)
    _study(window, qtbot)
    window.library_dock.toggleViewAction().trigger()  # 视图 › 资料库: the user wants it here
    qtbot.wait(50)
    assert window.library_dock.isVisible() and settings.study_library_open
    window.study_action.trigger()
    qtbot.wait(50)
    window.study_action.trigger()
    qtbot.wait(100)
    assert window.library_dock.isVisible(), "remembered for the mode"
    window.library_dock.toggleViewAction().trigger()  # closed in the mode again: the default
    qtbot.wait(50)
    assert not settings.study_library_open


def test_the_outline_width_the_user_drags_to_in_the_mode_is_kept(opened, qtbot):
    window = opened(LARGE)
    _study(window, qtbot)
    splitter = window.reader_panel.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total // 5, total - total // 5])  # the user narrows the 要点 pane
    qtbot.wait(50)
    mine = splitter.sizes()[0]
    window.study_action.trigger()
    qtbot.wait(50)
    window.study_action.trigger()
    qtbot.wait(100)
    assert abs(splitter.sizes()[0] - mine) <= 0.03 * total


def test_at_1280x720_the_text_has_the_larger_share(opened, qtbot):
    window = opened(SMALL)
    _study(window, qtbot)
    dock = window.study.dock
    assert seen(window.reader_dock) and seen(dock)
    assert dock in window.tabifiedDockWidgets(window.library_dock)  # the column is 学习's
    assert window.library_dock.toggleViewAction().isChecked(), "its tab is left alone"
    assert _text_share(window) >= 0.4, window.study.mode.page.text.width()
    assert dock.width() >= 380


def test_at_1280x720_the_text_gets_the_room_the_outline_does_not_need(opened, qtbot):
    """ux40's walk: the annotated text was about 540 px of 1280 beside the 学习 column: the
    reader's outline pane took 0.3 of the reader (240 px) to list the parts the 结构图 beside
    it lists. The pane keeps a narrow strip, the column what its docks need (the map reads
    whole), and the text the rest."""
    window = opened(SMALL)
    _study(window, qtbot)
    qtbot.wait(100)
    text = window.study.mode.page.text
    left = window.reader_panel.splitter.sizes()[0]
    assert left <= 200, left
    assert window.study.dock.width() >= 380
    assert _text_share(window) >= 0.48, text.width()
