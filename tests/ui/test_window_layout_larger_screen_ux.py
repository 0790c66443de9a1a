"""A layout saved on a small screen and restored on a larger one spreads its columns over
the larger window (ux27's walk: after a session at 1280×720, the window restored at
1600×1000 kept the library column at the small screen's pixels and the reader, split off
again from the draft, came out the narrowest column: 404 / 496 / 530 px)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

import drafter.ui.window_layout as window_layout
from drafter.ui.screen_fit import COLUMN_WIDTHS
from tests.ui.test_window_layout_other_screen_ux import (
    LARGE,
    SMALL,
    _narrow,
    _restarted,
    _saved_layout,
)

from .waits import WAIT_MS


@pytest.fixture
def screen(monkeypatch):
    """Call with a QRect: the available area every screen reports from then on."""

    def use(room: QRect) -> None:
        monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(room))

    return use


def _widths(window) -> list[int]:
    left = window.search_dock if window.search_dock.isVisible() else window.library_dock
    return [dock.width() for dock in (left, window.reader_dock, window.draft_dock)]


def _default_shares() -> list[float]:
    widths = [COLUMN_WIDTHS[n] for n in ("searchDock", "readerDock", "draftDock")]
    return [w / sum(widths) for w in widths]


def test_the_fittings_columns_come_back_in_the_default_shares(qtbot, make_window, tmp_path, screen):
    screen(SMALL)
    settings = _saved_layout(qtbot, make_window, tmp_path, (1240, 680), narrow="fitting")
    screen(LARGE)
    window = _restarted(qtbot, tmp_path, settings)
    window.show()
    qtbot.waitUntil(
        lambda: _widths(window)[1] > max(_widths(window)[0], _widths(window)[2]), timeout=WAIT_MS
    )
    widths = _widths(window)
    shares = [w / sum(widths) for w in widths]
    assert all(abs(a - b) < 0.02 for a, b in zip(shares, _default_shares(), strict=True)), shares


def test_the_users_own_layout_on_a_larger_screen_is_not_spread(
    qtbot, make_window, tmp_path, screen
):
    screen(SMALL)
    settings = _saved_layout(qtbot, make_window, tmp_path, (1240, 680), narrow="user")
    screen(LARGE)
    window = _restarted(qtbot, tmp_path, settings)
    window.show()
    qtbot.wait(100)
    assert _narrow(window)  # two columns of the user's own, kept


def test_a_layout_from_a_wider_screen_is_not_spread(
    qtbot, make_window, tmp_path, screen, monkeypatch
):
    # split off again on a screen narrower than the saved one: the fitting's business
    screen(SMALL)
    settings = _saved_layout(qtbot, make_window, tmp_path, (1240, 680), narrow="fitting")
    settings.window_screen = "1920x1080"
    screen(LARGE)
    calls: list = []
    monkeypatch.setattr(window_layout, "spread_columns", calls.append)
    window = _restarted(qtbot, tmp_path, settings)
    window.show()
    qtbot.wait(100)
    assert calls == []
    assert not _narrow(window)  # split off all the same
