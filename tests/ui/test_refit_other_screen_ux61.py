"""The window refitted to a screen of another size shows that screen's columns.

Fitting only ever narrowed: a window fitted to 1280×720 (the reader and the draft tabbed
together, two columns) and refitted to 1600×1000 - the laptop docked, the window dragged
to the larger monitor - kept the 阅读|草稿 tab strip where three columns fit. Driven on
the real window; the rooms stand for the screens (the offscreen platform has none).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QTabBar

from .fakes import FakeLibrary
from .waits import WAIT_MS

SMALL = QRect(0, 0, 1280, 720)
LARGE = QRect(0, 0, 1600, 1000)


def _strips(window) -> list[list[str]]:
    """The dock tab strips a user sees: the window's own tab bars, on screen."""
    return [
        [bar.tabText(i) for i in range(bar.count())]
        for bar in window.findChildren(QTabBar)
        if bar.parent() is window and bar.isVisible() and not bar.visibleRegion().isEmpty()
    ]


def _reader_with_draft(window) -> bool:
    return any("阅读" in strip and "草稿" in strip for strip in _strips(window))


def _side_by_side(window) -> bool:
    """The reader and the draft each shown as a column of its own."""
    reader, draft = window.reader_dock, window.draft_dock
    shown = all(d.isVisible() and not d.visibleRegion().isEmpty() for d in (reader, draft))
    return shown and reader.geometry().right() < draft.geometry().left()


def test_refitted_to_a_larger_screen_the_columns_split_off_again(qtbot, make_window, tmp_path):
    window = make_window()
    window.set_library(FakeLibrary(tmp_path / "lib"))
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT_MS)
    window.refit_to_screen(LARGE)
    qtbot.waitUntil(
        lambda: _side_by_side(window) and not _reader_with_draft(window), timeout=WAIT_MS
    )

    window.refit_to_screen(SMALL)  # the window on the laptop's screen
    qtbot.waitUntil(lambda: _reader_with_draft(window), timeout=WAIT_MS)
    assert _reader_with_draft(window), _strips(window)
    assert SMALL.contains(window.frameGeometry())
    assert "draftDock" in window.narrowed_docks

    window.refit_to_screen(LARGE)  # back on the larger monitor
    qtbot.waitUntil(lambda: not _reader_with_draft(window), timeout=WAIT_MS)
    assert not _reader_with_draft(window), _strips(window)
    assert _side_by_side(window)
    assert window.width() > SMALL.width() and LARGE.contains(window.frameGeometry())
    assert window.narrowed_docks == []  # nothing to split off at the next start either
    strips = _strips(window)
    assert any("模板" in strip and "草稿" in strip for strip in strips), strips

    window.refit_to_screen(SMALL)  # and again: two columns, the draft with the reader
    qtbot.waitUntil(lambda: _reader_with_draft(window), timeout=WAIT_MS)
    assert SMALL.contains(window.frameGeometry())
