"""Noticing other writers: a team library (or a local one another process writes) is
polled for its revision on a worker thread, and a change refreshes the panels, so a
writer sees colleagues' new documents without restarting.

And noticing a team library's server going away: the window holds such a library
offline once a read found the server away (``hold_when_away``: every read then refused
at once, never a wait for the server on the window's thread); the watcher says so
(``offline``), stops polling, tries to reach the server again on a worker every few
seconds and when asked (重试), and says when it answers again (``online``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from drafter.ui.workers import Worker

POLL_MS = 3000
REPROBE_MS = 10_000  # how often a held-offline team library's server is tried again


class LibraryWatcher(QObject):
    """Polls ``library.revision()`` every ``interval_ms`` off the GUI thread.

    Signals:
        changed(): another writer committed a change (not emitted for the first reading,
            nor while ``busy()`` says this window is itself importing).
        offline(str): the library's server is away and the library held offline (why);
            emitted again after each re-probe that still finds no server.
        online(): the server answers again; polling has resumed.
    """

    changed = Signal()
    offline = Signal(str)
    online = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        interval_ms: int = POLL_MS,
        busy=lambda: False,
        reprobe_ms: int = REPROBE_MS,
    ) -> None:
        super().__init__(parent)
        self._library: Any = None
        self._seen: str | None = None
        self._polling = False
        self._probing = False
        self._busy = busy
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._reprobe = QTimer(self)
        self._reprobe.setInterval(reprobe_ms)
        self._reprobe.timeout.connect(self.retry)

    @property
    def is_offline(self) -> bool:
        """True while the library's server is held away (see the module docstring)."""
        return bool(self._away_reason())

    def _away_reason(self) -> str:
        """Why the library is held offline (its ``offline`` text), or "" when it is not or is
        a local library, which has no such attribute: one test for both kinds."""
        why = getattr(self._library, "offline", "")
        return why if isinstance(why, str) else ""

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
        self._reprobe.stop()
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
        if self._away_reason():  # a read of the window's found the server away
            self._go_offline()
            return
        self._polling = True
        worker = Worker(lambda _token: self._read(library), self)
        worker.finished.connect(lambda value, lib=library: self._on_revision(lib, value))
        worker.failed.connect(lambda *_a, lib=library: self._on_poll_failed(lib))
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
        """A poll ended, answered or not: the next tick may read again (never two at once)."""
        self._polling = False

    def _on_poll_failed(self, library: Any) -> None:
        """A poll failed: only a failure that held the library offline changes anything; any
        other error (a busy database, a library let go meanwhile) waits for the next tick."""
        if library is self._library and self._away_reason():
            self._go_offline()

    def _go_offline(self) -> None:
        """Stop polling, say why, and try the server again every few seconds."""
        if self._reprobe.isActive():
            return
        self._timer.stop()
        self._reprobe.start()
        self.offline.emit(self._away_reason())

    def retry(self) -> None:
        """Try to reach a held-offline library's server now, on a worker (重试, and the
        re-probe every few seconds); a try already under way is not doubled. When it
        answers, polling resumes and ``online`` is emitted; when not, ``offline`` again
        with why."""
        library = self._library
        probe = getattr(library, "probe", None)
        if probe is None or self._probing or not self._away_reason():
            return
        self._probing = True
        worker = Worker(lambda _token: probe(), self)
        worker.finished.connect(lambda _v, lib=library: self._on_back(lib))
        worker.failed.connect(lambda message, _e, lib=library: self._still_away(lib, message))
        worker.ended.connect(self._on_probe_ended)
        worker.ended.connect(worker.deleteLater)
        worker.start()

    def _on_probe_ended(self) -> None:
        """A re-probe ended: 重试 or the next re-probe may try again (never two at once)."""
        self._probing = False

    def _on_back(self, library: Any) -> None:
        """The server answered a probe: polling resumes and reads the revision afresh (what
        changed while away is not known, so the first reading is taken as it is)."""
        if library is not self._library:
            return
        self._reprobe.stop()
        self._seen = None
        self._timer.start()
        self.online.emit()
        self.poll()

    def _still_away(self, library: Any, message: str) -> None:
        """A probe found the server still away: said again, so the banner shows the latest
        reason; an answer about a library since let go is dropped."""
        if library is self._library:
            self.offline.emit(self._away_reason() or message)

    def _on_revision(self, library: Any, value: Any) -> None:
        """A revision read: a new one from another writer emits ``changed``; the first one,
        and one that this window's own import made, are only noted (the panels already show
        them)."""
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
        self._reprobe.stop()
