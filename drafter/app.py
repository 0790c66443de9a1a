"""Composition root of the desktop app: the log, the QApplication, the settings, the window,
and the start (:class:`~drafter.ui.startup.Startup`) that opens the library behind it.

What each piece does lives in its own module (drafter/ui/application.py,
drafter/ui/startup.py, drafter/log_setup.py); this one only puts them together, runs the
event loop and winds down at exit, so `drafter gui` has one short place to read.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from drafter.library.location import ENV_VAR, is_database_spec, without_password
from drafter.library_choice import chosen_library
from drafter.log_setup import default_log_path, setup_logging
from drafter.settings import Settings, default_settings_path
from drafter.ui.application import make_application
from drafter.ui.errors import install_excepthook, show_error
from drafter.ui.start_screen import import_core_behind, show_start_screen
from drafter.ui.termination import TerminationWatch, exit_code

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow
    from drafter.ui.startup import Startup

log = logging.getLogger(__name__)

SETTLE_MS = 600  # after the last startup step, before a screenshot is taken
SHUTDOWN_WAIT_MS = 15_000  # for background work to wind down at exit


def run(
    library: str | None = None,
    open_file: str | None = None,
    screenshot: str | None = None,
    import_samples: str | None = None,
    settings_path: str | None = None,
) -> int:
    """Start the app and run its event loop; returns the exit code."""
    setup_logging(None if screenshot else default_log_path())
    app = make_application()
    # something on screen at once; the main window's imports (two CPU seconds, most of them
    # the Qt-free core) run behind it (drafter/ui/start_screen.py)
    start_screen = None if screenshot else show_start_screen(app)
    import_core_behind(app)
    from drafter.ui.main_window import MainWindow
    from drafter.ui.startup import Startup

    path = Path(settings_path) if settings_path else default_settings_path()
    settings = Settings.load(path)
    recovery_dir = None
    if screenshot:
        # A screenshot run must never stop on a recovery question or touch the user's work.
        recovery_dir = Path(tempfile.mkdtemp(prefix="drafter-shot-"))
        path = recovery_dir / "settings.toml"
    window = MainWindow(settings, path, recovery_dir=recovery_dir)
    if screenshot:
        window.resize(1440, 900)  # the offscreen screen is small: the README size
    hook = install_excepthook(window)
    window.show()
    if start_screen is not None:
        start_screen.finish(window)
    if settings.load_warning:
        window.show_status(settings.load_warning)
    library_dir = chosen_library(library, settings.library_spec(), fallback=False)
    startup = Startup(
        window,
        library_dir,
        samples=Path(import_samples) if import_samples else None,
        open_file=Path(open_file) if open_file else None,
    )
    window.library_dir_requested.connect(
        lambda value: _reopen(
            window, chosen_library(value or None, settings.library_spec(), fallback=False)
        )
    )
    if screenshot:
        startup.settled.connect(
            lambda: QTimer.singleShot(SETTLE_MS, lambda: _shoot(window, screenshot))
        )
    if library_dir is not None and not screenshot and (library or os.environ.get(ENV_VAR)):
        remember_when_opened(startup, window, library_dir)
    QTimer.singleShot(0, startup.start)
    watch = TerminationWatch(lambda signum: _terminate(window, signum), app)
    code = app.exec()
    watch.uninstall()  # from here a second signal ends the process at once
    # A cancelled import commits what it has read before it returns: let it, then let go
    # of the library (a process killed instead is fine too; the next add finishes the job).
    if not QThreadPool.globalInstance().waitForDone(SHUTDOWN_WAIT_MS):
        log.warning("background work still running at exit")
    if window.library is not None:
        try:
            window.library.close()
        except Exception as exc:  # noqa: BLE001 - exiting anyway
            log.warning("closing the library failed: %s", exc)
    hook.uninstall()
    watch.finished()  # wound down in time: no hard exit after a signal
    return code


def _terminate(window: MainWindow, signum: int) -> None:
    """A terminating signal: close the window as the user would, minus the questions
    (unsaved work goes to the recovery file), and leave every event loop, a modal
    dialog's included, with the shell's code for "ended by this signal"."""
    window.close_unattended()
    QApplication.instance().exit(exit_code(signum))


def remember_when_opened(startup: Startup, window: MainWindow, library_dir: Path | str) -> None:
    """Once the library named on the command line (or DRAFTER_LIBRARY) has opened, make it
    the one the next plain start opens, as 首选项 then shows: a writer started once on the
    team library expects it again, not the empty local one. A team library's address is
    saved without its password (libpq finds it in ~/.pgpass or the keyring); a library
    that did not open is not remembered."""
    startup.library_opened.connect(lambda _library: _remember(window, library_dir))


def _remember(window: MainWindow, library_dir: Path | str) -> None:
    if is_database_spec(library_dir):
        window.settings.remember_library(without_password(str(library_dir)), team=True)
    else:
        window.settings.remember_library(str(Path(library_dir).resolve()), team=False)
    window.save_settings()


def _reopen(window: MainWindow, library_dir: Path | None) -> None:
    """Switch to the library in ``library_dir`` (chosen in the preferences)."""
    if window.library_panel.busy():
        show_error(window, "正在导入，完成或取消导入后再切换资料库。新位置已保存，下次启动时生效。")
        return
    old = window.library
    window.set_library(None)
    if old is not None:
        try:
            old.close()
        except Exception as exc:  # noqa: BLE001 - the old library is being let go anyway
            log.warning("closing the previous library failed: %s", exc)
    from drafter.ui.startup import Startup

    Startup(window, library_dir).start()


def _shoot(window: MainWindow, target: str) -> None:
    """Save the window as PNG and leave without closing prompts (the draft is not saved)."""
    QApplication.processEvents()
    pixmap = window.grab()
    ok = pixmap.save(target, "PNG")
    print(f"screenshot {'saved to' if ok else 'FAILED:'} {target}", file=sys.stderr)
    window.editor.close_clean()
    QApplication.instance().exit(0 if ok else 1)
