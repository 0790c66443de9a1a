"""Autosave to a recovery file, and recovery of unsaved work after a crash.

While a draft has unsaved changes it is written every few seconds to one recovery file in
the user data folder (or a folder passed in). A clean close deletes the file; so if the file
is there when the app starts, the last session ended without saving and the writer is
offered the draft back. The file is written atomically, so a crash during autosave leaves
the previous autosave intact.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from drafter.drafts.model import Draft
from drafter.drafts.store import atomic_write_bytes

log = logging.getLogger(__name__)

RECOVERY_FORMAT = "drafter-recovery"
RECOVERY_STEM = "unsaved-draft"
RECOVERY_FILE = f"{RECOVERY_STEM}.json"


def default_recovery_dir() -> Path:
    """``<user data dir>/recovery`` (``~/.local/share/drafter/recovery`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("drafter", appauthor=False)) / "recovery"


@dataclass
class Recovery:
    """What a recovery file holds: the draft, the file it belongs to (if any), when."""

    draft: Draft
    source_path: Path | None
    saved_at: str
    pid: int


def _pid_alive(pid: int, since: float | None = None) -> bool:
    """Whether process ``pid`` still runs. A zombie (killed, not yet reaped) is dead, and
    so is a process started after ``since`` (a timestamp): the pid was reused by another
    program after the Drafter that wrote the file died."""
    if pid <= 0:
        return False
    try:
        import psutil
    except ImportError:  # pragma: no cover - psutil is in the dev environment
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return False
        return since is None or process.create_time() <= since + 1
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return False
    except psutil.AccessDenied:
        return True


def _mtime(path: Path) -> float | None:
    """``path``'s modification time, the ``since`` of :func:`_pid_alive` (a process started
    after the file was last written cannot have written it); None when the file went away
    meanwhile (another window took it), which leaves that check to the pid alone."""
    try:
        return path.stat().st_mtime
    except OSError:
        return None


class RecoveryFile:
    """The recovery file of the draft editor (no Qt: plain reads and atomic writes)."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.path = self.folder / RECOVERY_FILE

    def exists(self) -> bool:
        """True when a previous session left unsaved work behind."""
        return self.path.is_file()

    def write(self, draft: Draft, source_path: Path | None) -> None:
        """Write the draft and where it came from, atomically, so a crash mid-write leaves the
        previous recovery file intact.
        """
        payload = {
            "format": RECOVERY_FORMAT,
            "version": 1,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "source_path": str(source_path) if source_path else None,
            "draft": draft.to_json(),
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.path, json.dumps(payload, ensure_ascii=False).encode("utf-8"))

    def read(self) -> Recovery | None:
        """The recovered draft, or None when there is none or it cannot be read.

        An unreadable file is renamed to ``*.corrupt`` (kept for a human, never offered
        again) rather than deleted.
        """
        return self._read(self.path)

    def _read(self, path: Path) -> Recovery | None:
        """The recovery in ``path``, or None. An unreadable file is renamed ``.corrupt`` rather
        than deleted or raised: it must not ask at every start, and it may still hold words
        someone can rescue by hand."""
        if not path.is_file():
            return None
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            if payload.get("format") != RECOVERY_FORMAT:
                raise ValueError("not a recovery file")
            draft = Draft.from_json(payload["draft"])
            source = payload.get("source_path")
            return Recovery(
                draft=draft,
                source_path=Path(source) if source else None,
                saved_at=str(payload.get("saved_at", "")),
                pid=int(payload.get("pid") or 0),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("recovery file %s is unreadable, set aside: %s", path, exc)
            with contextlib.suppress(OSError):
                os.replace(path, path.with_suffix(".corrupt"))
            return None

    def pending(self) -> Recovery | None:
        """A recovery left by a session that ended without a clean close.

        A file written by another Drafter that is still running is not offered: that
        session's work is not lost, it is open in the other window. This session then
        autosaves to a file of its own (``unsaved-draft-<pid>.json``) so it never
        overwrites the other one; such files of sessions that died are offered too.
        """
        candidates = [self.folder / RECOVERY_FILE]
        if self.folder.is_dir():
            candidates += sorted(self.folder.glob(f"{RECOVERY_STEM}-*.json"))
        for path in candidates:
            recovery = self._read(path)
            if recovery is None:
                continue
            if recovery.pid != os.getpid() and _pid_alive(recovery.pid, _mtime(path)):
                if path == self.path:
                    self.path = self.folder / f"{RECOVERY_STEM}-{os.getpid()}.json"
                continue
            self.path = path
            return recovery
        return None

    def discard(self, keep_copy: bool = False) -> None:
        """Delete the file (after a clean close or save); ``keep_copy`` moves it aside to
        ``*.discarded.json`` instead, so a declined recovery can still be rescued by hand."""
        try:
            if keep_copy:
                os.replace(self.path, self.folder / "unsaved-draft.discarded.json")
            else:
                self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot remove recovery file %s: %s", self.path, exc)

    def set_aside(self) -> Path:
        """Leave the current file alone (it holds a recovery not yet answered for) and
        write this session's autosaves to a file of its own; returns the file left."""
        left = self.path
        self.path = self.folder / f"{RECOVERY_STEM}-{os.getpid()}.json"
        return left


class Autosaver(QObject):
    """Writes the draft to the recovery file every ``seconds`` while it has unsaved changes.

    ``snapshot`` returns ``(draft, source path)`` or None when there is nothing unsaved.

    Signals:
        autosaved(str): the recovery file was written (its path).
        failed(str): autosave could not write (a one-line reason).
    """

    autosaved = Signal(str)
    failed = Signal(str)

    def __init__(self, recovery: RecoveryFile, snapshot, seconds: int, parent=None) -> None:
        super().__init__(parent)
        self.recovery = recovery
        self._snapshot = snapshot
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.save_now)
        self._pending = False
        self.set_interval(seconds)

    def set_interval(self, seconds: int) -> None:
        """0 turns autosave off."""
        self._timer.stop()
        if seconds > 0:
            self._timer.start(int(seconds) * 1000)

    @property
    def active(self) -> bool:
        """Whether autosave is switched on (interval above zero)."""
        return self._timer.isActive()

    def mark_changed(self) -> None:
        """Note that the draft changed; the next tick writes the recovery file (ticks without
        changes write nothing).
        """
        self._pending = True

    def save_now(self) -> bool:
        """Write the recovery file if anything changed since the last write."""
        if not self._pending:
            return False
        state = self._snapshot()
        if state is None:
            self._pending = False
            self.recovery.discard()
            return False
        draft, source = state
        try:
            self.recovery.write(draft, source)
        except OSError as exc:
            self.failed.emit(f"自动保存失败：{self.recovery.path}（{exc.strerror or exc}）")
            return False
        self._pending = False
        self.autosaved.emit(str(self.recovery.path))
        return True

    def stop(self) -> None:
        """Stop the timer, e.g. on close, so no autosave runs against a draft being torn down."""
        self._timer.stop()
