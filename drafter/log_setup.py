"""The app's log: warnings on stderr and, for the desktop app, a rotating file in the
user's log folder that the error dialogs point to.

No Qt here: it is set up before the QApplication exists, and a core-side tool may use it.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)


def default_log_path() -> Path:
    """Where the log file goes: the platform's per-user log folder, so errors can be found after the
    app has closed.
    """
    import platformdirs

    return Path(platformdirs.user_log_dir("drafter", appauthor=False)) / "drafter.log"


def setup_logging(log_file: Path | None) -> None:
    """Warnings to stderr; with ``log_file`` everything from INFO up goes there too (the
    error dialogs tell the user that the details are in the log)."""
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(fmt)
    root.addHandler(console)
    if log_file is not None:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(
                log_file, maxBytes=1 << 20, backupCount=3, encoding="utf-8"
            )
        except OSError as exc:
            log.warning("cannot write the log file %s: %s", log_file, exc)
            return
        handler.setFormatter(fmt)
        root.addHandler(handler)
