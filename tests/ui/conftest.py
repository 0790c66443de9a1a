"""Fixtures for the UI tests: a main window on a temporary settings file and library."""

from __future__ import annotations

import gc
import re
import sys
import weakref

import pytest
from psycopg_pool import ConnectionPool
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool, qInstallMessageHandler
from PySide6.QtWidgets import QMessageBox

from drafter.library import Library
from drafter.settings import Settings
from drafter.ui.main_window import MainWindow
from drafter.ui.panels.draft_editor import DraftEditorPanel
from drafter.ui.workers import collect_on_gui_thread

from .correction_setup import silent_team  # noqa: F401 - the team correction tests' fixture
from .draft_setup import discard_unsaved  # noqa: F401 - the draft editor tests' fixture
from .study_setup import studied  # noqa: F401 - the study UI tests' fixture

# Long enough for a LibreOffice render check on a loaded CI machine; a test that leaves
# work running longer than this has forgotten to cancel it.
POOL_DRAIN_MS = 120_000


# What Qt says when an object is touched, parented or destroyed on a thread that does not
# own it: in a user's window the next step is a crash (a pool thread destroying a widget
# said "QBasicTimer::stop: Failed. Possibly trying to stop from a different thread", then
# the process died), so a UI test that makes Qt say it fails.
THREAD_WARNING = re.compile(
    r"different thread|another thread|QBasicTimer|Cannot create children|killTimer"
)

# Qt messages matching THREAD_WARNING seen outside pytest-qt's capture (it captures from a
# test's setup to the end of its call; teardown and the time between tests come here).
THREAD_WARNINGS: list[str] = []


def is_thread_warning(message: str) -> bool:
    """Whether a Qt message says an object was used from a thread that does not own it."""
    return THREAD_WARNING.search(message) is not None


def _record_thread_warnings(_mode, _context, message: str) -> None:
    """Qt's message handler for the session: keeps every thread warning for the per-test
    check below and still prints every message, as Qt's own handler would."""
    if is_thread_warning(message):
        THREAD_WARNINGS.append(message)
    sys.stderr.write(f"{message}\n")


# Every team library's connection pool opened in this process and not yet closed. A pool
# left open keeps its worker and scheduler threads (and its connections) for the rest of the
# run: a test that let the window's team library go without closing it (``set_library(None)``
# does not close; the app closes it at exit) left two such pools behind in a shuffled run
# that then segfaulted in pytest-qt's event processing.
OPEN_POOLS: weakref.WeakSet[ConnectionPool] = weakref.WeakSet()
_POOL_OPEN = ConnectionPool.open


def _tracked_open(pool: ConnectionPool, *args, **kwargs):
    """``ConnectionPool.open`` that also notes the pool in :data:`OPEN_POOLS`."""
    OPEN_POOLS.add(pool)
    return _POOL_OPEN(pool, *args, **kwargs)


def open_pools() -> set[ConnectionPool]:
    """The team-library pools opened in this process and still open."""
    return {pool for pool in list(OPEN_POOLS) if not pool.closed}


def pytest_configure(config):
    """Install the handler before any test: pytest-qt's capture of each test restores the
    handler it found, so one installed later, during a test, would be gone after it. And
    note every team library's pool as it opens (:func:`open_pools`)."""
    qInstallMessageHandler(_record_thread_warnings)
    ConnectionPool.open = _tracked_open


# The name a test's first comment is signed with when its settings have none: the question
# the app asks then is a modal box, which would hang the offscreen run.
SIGNED = "王主任"


@pytest.fixture(scope="session", autouse=True)
def _no_thread_warning_after_the_last_test():
    """What Qt says after the last test's check (objects freed at the end) fails too."""
    yield
    QThreadPool.globalInstance().waitForDone(POOL_DRAIN_MS)
    gc.collect()
    if THREAD_WARNINGS:
        pytest.fail("Qt warned of a cross-thread object after the last test:\n" + _listed())


@pytest.fixture
def thread_warnings() -> list[str]:
    """The thread warnings Qt gave outside pytest-qt's capture since the last check, for the
    test of the check itself (it empties the list of what it provoked)."""
    return THREAD_WARNINGS


def _listed(messages: list[str] | None = None) -> str:
    return "\n".join(f"  {m}" for m in (THREAD_WARNINGS if messages is None else messages))


def _delete_closed_widgets() -> None:
    """Delete the widgets pytest-qt closed at this test's teardown. Why: pytest-qt calls
    ``deleteLater()`` on them and then only ``processEvents()``, which never delivers a
    deferred delete, so every window a test built stayed alive for the rest of the worker's
    run, with the application-wide event filters it installed (its ShortcutGuard filtered
    every event of every later test in Python): building a main window took 0.35 CPU-s in a
    worker's first test and 0.7 s eight tests later, and kept growing. Run after the pool is
    drained, so no worker's result arrives at a widget being deleted."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _background_work_drained(qapp, qtlog):
    """After each UI test (its widgets are closed by then), wait for the work it started
    on the global thread pool, so no worker of one test runs on into the next, where its
    monkeypatches are undone and its tmp_path may be gone. Then fail the test if Qt warned
    that an object was used from a thread that does not own it, during the test (pytest-qt's
    ``qtlog``) or since the last check (teardown, or between this test and the one before).
    Through the test and its teardown, garbage is collected on the GUI thread only, as in
    the app (``collect_on_gui_thread``: the SlowLink's and psycopg_pool's threads allocate
    too); released after, so the tests that are not the UI's collect as usual. A team
    library's pool the test opened and left open is closed and fails the test."""
    release = collect_on_gui_thread(qapp)
    pools_before = open_pools()
    yield
    try:
        if not QThreadPool.globalInstance().waitForDone(POOL_DRAIN_MS):
            pytest.fail("background work started by this test was still running at teardown")
        _delete_closed_widgets()
    finally:
        release()
    left_open = open_pools() - pools_before
    for pool in left_open:  # not into the next tests
        pool.close()
    if left_open:
        pytest.fail(
            f"{len(left_open)} team library pool(s) opened by this test were left open: "
            "close the library the test opened, or the one the window opened "
            "(window.set_library(None) lets it go without closing it)"
        )
    seen = [r.message for r in qtlog.records if is_thread_warning(r.message)]
    seen += THREAD_WARNINGS
    THREAD_WARNINGS.clear()
    if seen:
        pytest.fail(
            "Qt warned of an object used from a thread that does not own it:\n" + _listed(seen)
        )


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Build a MainWindow whose settings, recovery file and library live in tmp_path.

    The first comment's 批注署名 question (no name in ``settings``) is answered ``SIGNED``.
    Closing skips the draft's "save changes?" question (pytest-qt closes the window at
    teardown, and a modal box would hang the offscreen run)."""

    def make(settings: Settings | None = None) -> MainWindow:
        window = MainWindow(
            settings or Settings(), tmp_path / "settings.toml", recovery_dir=tmp_path / "recovery"
        )
        window.editor.confirm_close = lambda: True
        window.editor.office._ask_signature = lambda _proposed: SIGNED
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def library(tmp_path):
    """An empty real library in tmp_path, closed after the test: what a window imports into."""
    lib = Library.open(tmp_path / "lib", create=True)
    yield lib
    lib.close()


@pytest.fixture
def make_editor(qtbot, tmp_path):
    """Build a draft editor panel on its own, shown, its recovery folder in tmp_path.

    No recovery prompt, no autosave unless ``settings`` asks for it, the first comment's
    批注署名 question (no name in ``settings``) answered ``SIGNED``, and closing at
    teardown answers 不保存 to "save changes?" (a modal box would hang the offscreen run)."""

    def make(
        settings: Settings | None = None, size: tuple[int, int] | None = None
    ) -> DraftEditorPanel:
        widget = DraftEditorPanel(
            settings or Settings(autosave_seconds=0), recovery_dir=tmp_path / "rec"
        )
        widget.files.recovery_checked = True
        widget.files._ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        widget.office._ask_signature = lambda _proposed: SIGNED
        qtbot.addWidget(widget)
        if size is not None:
            widget.resize(*size)
        widget.show()
        return widget

    return make
