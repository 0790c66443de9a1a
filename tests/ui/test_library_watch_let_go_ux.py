"""The library watcher lets a library go quietly: switching libraries (or closing the window)
closes the old one at once, and a revision reading already under way on it failed and was
logged as an error (“background work failed … Cannot operate on a closed database”)."""

from __future__ import annotations

import logging
import sqlite3
import threading

from drafter.ui.library_watch import LibraryWatcher

from .waits import WAIT_MS, WAIT_S


class _SlowLibrary:
    """A library whose revision reading waits to be let through, and fails once closed,
    as SQLite does."""

    def __init__(self) -> None:
        self.started, self.release, self.closed = threading.Event(), threading.Event(), False

    def revision(self) -> str:
        self.started.set()
        self.release.wait(WAIT_S)
        if self.closed:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        return "1"


def test_a_reading_under_way_on_a_closed_library_is_not_an_error(qtbot, caplog):
    library = _SlowLibrary()
    watcher = LibraryWatcher(interval_ms=60_000)
    watcher.set_library(library)
    assert library.started.wait(WAIT_S), "the first reading is under way"
    watcher.set_library(None)  # the window lets it go …
    library.closed = True  # … and closes it
    with caplog.at_level(logging.INFO, logger="drafter"):
        library.release.set()
        qtbot.waitUntil(lambda: not watcher._polling, timeout=WAIT_MS)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text


def test_the_window_stops_polling_when_it_closes(make_window, qtbot):
    library = _SlowLibrary()
    library.release.set()
    window = make_window()
    window.library_watch.set_library(library)
    assert window.library_watch._timer.isActive()
    window.close()
    assert not window.library_watch._timer.isActive()
