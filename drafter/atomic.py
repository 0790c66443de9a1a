"""Atomic file writes: a temp file in the target's folder, fsync, then rename.

Every file Drafter writes for the user (drafts, exports, settings, user templates,
recovery files) goes through here, so a crash at any moment leaves either the old or
the new file in place, never a torn one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

_CHUNK = 64 * 1024


def atomic_write(path: str | Path, write: Callable[[BinaryIO], None]) -> None:
    """Write ``path`` through ``write(fh)`` into a temp file, fsync, then rename.

    If ``write`` (or anything before the rename) raises, the temp file is removed and
    ``path`` keeps its old content; the exception propagates.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            # Keep the permissions the user gave the old file.
            with contextlib.suppress(OSError):
                shutil.copymode(path, tmp)
        else:
            # mkstemp makes the file private (0600); a new draft or export is an
            # ordinary document. (Reading the umask would briefly change it for every
            # thread of the process.)
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)
    remove_stale_temps(path)


STALE_TEMP_SECONDS = 60.0  # a temporary file older than this was left by a killed write


def remove_stale_temps(path: str | Path, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Remove the ``.NAME.*.tmp`` files beside ``path`` that writes killed before their
    rename left behind (a draft's, an export's, the settings'); returns how many. Recent
    ones are left alone: another process may be writing right now."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    prefix = f".{path.name}."
    now = time.time()
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > older_than:
                os.unlink(entry.path)
                removed += 1
    return removed


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """:func:`atomic_write` for data already in memory, written in chunks."""

    def write(fh: BinaryIO) -> None:
        view = memoryview(data)
        for start in range(0, len(view), _CHUNK):
            fh.write(view[start : start + _CHUNK])

    atomic_write(path, write)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; not possible (nor needed) on every platform."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_text(path: str | Path, text: str) -> None:
    """:func:`atomic_write` for text, as UTF-8 with ``\n`` line ends."""
    atomic_write_bytes(path, text.encode("utf-8"))
