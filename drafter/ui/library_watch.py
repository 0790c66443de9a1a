"""Noticing other writers: a team library (or a local one another process writes) is
polled for its revision on a worker thread, and a change refreshes the panels, so a
writer sees colleagues' new documents without restarting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from drafter.ui.workers import Worker

POLL_MS = 3000


class LibraryWatcher(QObject):
    """Polls ``library.revision()`` every ``interval_ms`` off the GUI thread.

    Signals:
        changed(): another writer committed a change (not emitted for the first reading,
            nor while ``busy()`` says this window is itself importing).
    """

    changed = Signal()

    def __init__(
        self, parent: QObject | None = None, interval_ms: int = POLL_MS, busy=lambda: False
    ) -> None:
        super().__init__(parent)
        self._library: Any = None
        self._seen: str | None = None
        self._polling = False
        self._busy = busy
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    @property
    def has_baseline(self) -> bool:
        """True once a revision has been read since the library was set: only changes after
        that first reading are reported, so a caller (or a test) can tell when they count.
        """
        return self._seen is not None

    def set_library(self, library: Any) -> None:
        """Watch ``library`` (None stops watching)."""
        self._library = library
        self._seen = None
        if library is not None and hasattr(library, "revision"):
            self._timer.start()
            self.poll()
        else:
            self._timer.stop()

    def poll(self) -> None:
        """Read the revision on a worker; a read already under way is not doubled."""
        library = self._library
        if library is None or self._polling:
            return
        self._polling = True
        worker = Worker(lambda _token: self._read(library), self)
        worker.finished.connect(lambda value, lib=library: self._on_revision(lib, value))
        worker.ended.connect(self._on_ended)
        worker.ended.connect(worker.deleteLater)
        worker.start()

    def _read(self, library: Any) -> Any:
        """``library.revision()`` on the worker; None, quietly, when the library was let go
        meanwhile. Switching libraries (or closing the window) closes the old one at once,
        and a reading under way then failed on it and was logged as an error ("Cannot
        operate on a closed database"), though nobody was waiting for its answer."""
        try:
            return library.revision()
        except Exception:
            if library is not self._library:
                return None
            raise

    def _on_ended(self) -> None:
        self._polling = False

    def _on_revision(self, library: Any, value: Any) -> None:
        if library is not self._library:
            return
        if self._seen is not None and value != self._seen and not self._busy():
            self._seen = value
            self.changed.emit()
            return
        if self._busy():
            return  # our own import: take the new revision when it is done
        self._seen = value

    def acknowledge(self) -> None:
        """Our own change was shown already: take the current revision as seen."""
        self._seen = None
        self.poll()

    def stop(self) -> None:
        """Stop polling, e.g. when the window closes or the library is switched off."""
        self._timer.stop()
