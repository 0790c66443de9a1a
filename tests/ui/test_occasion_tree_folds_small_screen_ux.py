"""按场合浏览 above the library table at 1280×720 (ux53's walk, ux55): the open tree took 45%
of the column and left the table about 7 rows. Where it would leave fewer than 10 it is
folded to its 全部文稿 row, one click from its kinds; at 1600×1000 it stays open. Opening
or folding it is the user's choice from then on, kept in the settings for the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from drafter.library import Library
from drafter.settings import Settings
from drafter.ui.panels.library_browsing import MIN_TABLE_ROWS
from drafter.ui.screen_fit import fit_main_window

from .study_setup import LARGE, SMALL
from .waits import WAIT_MS

SAMPLES = Path(__file__).resolve().parents[2] / "corpus"  # the bundled samples: 8 occasions


@pytest.fixture
def library(tmp_path):
    library = Library.open(tmp_path / "lib", create=True)
    for _ in library.add([SAMPLES]):
        pass
    yield library
    library.close()


def _window(make_window, qtbot, library, room: QRect, settings: Settings):
    window = make_window(settings)
    window.set_library(library)
    window.resize(room.width() - 110, room.height() - 100)
    qtbot.waitExposed(window, timeout=WAIT_MS)
    fit_main_window(window, window.reader_dock, window.draft_dock, room=room)
    panel = window.library_panel
    qtbot.waitUntil(lambda: panel.occasion_tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.view.isVisible(), timeout=WAIT_MS)
    qtbot.wait(100)
    return window, panel


def _table_rows(panel) -> float:
    view = panel.view
    return view.viewport().height() / view.verticalHeader().defaultSectionSize()


def test_at_1280x720_the_tree_folds_and_the_table_has_room(make_window, qtbot, library):
    settings = Settings()
    window, panel = _window(make_window, qtbot, library, SMALL, settings)
    tree = panel.occasion_tree
    assert panel.browse.orientation() == Qt.Orientation.Vertical
    root = tree.topLevelItem(0)
    assert root.childCount() >= 6, "the samples' kinds are there, one click away"
    assert not root.isExpanded()
    assert root.text(0).startswith("全部文稿") and root.toolTip(0)
    assert _table_rows(panel) >= MIN_TABLE_ROWS, _table_rows(panel)
    # the user opens it: the kinds show, the table gives up the room, the choice is kept
    before = panel.browse.sizes()[0]
    tree.expandItem(root)
    qtbot.waitUntil(lambda: panel.browse.sizes()[0] > before, timeout=WAIT_MS)
    assert settings.occasion_tree == "open"
    tree.collapseItem(root)
    assert settings.occasion_tree == "folded"
    tree.expandItem(root)
    window.close()
    # the next start keeps it open, although the table has less room
    again = Settings(occasion_tree=settings.occasion_tree)
    _window2, panel2 = _window(make_window, qtbot, library, SMALL, again)
    assert panel2.occasion_tree.topLevelItem(0).isExpanded()
    assert panel2.browse.sizes()[0] >= 0.25 * sum(panel2.browse.sizes())


def test_at_1600x1000_the_tree_stays_open(make_window, qtbot, library):
    _window_, panel = _window(make_window, qtbot, library, LARGE, Settings())
    root = panel.occasion_tree.topLevelItem(0)
    assert root.isExpanded(), "room for both: the kinds in sight"
    assert _table_rows(panel) >= MIN_TABLE_ROWS


def test_a_folded_tree_stays_folded_where_there_is_room(make_window, qtbot, library):
    settings = Settings(occasion_tree="folded")
    _window_, panel = _window(make_window, qtbot, library, LARGE, settings)
    root = panel.occasion_tree.topLevelItem(0)
    assert not root.isExpanded()
    assert panel.browse.sizes()[0] < 0.2 * sum(panel.browse.sizes())
