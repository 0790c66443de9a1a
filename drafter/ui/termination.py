"""End the app on SIGTERM / SIGHUP / SIGINT the way closing its window does, minus the prompts.

A desktop session logging out, ``systemctl stop``, ``kill`` or a closed terminal send a
terminating signal. Python's default is to die at once (SIGTERM, SIGHUP) or to raise
KeyboardInterrupt in whatever slot runs next (SIGINT), and the window's own close never
runs: unsaved draft edits since the last autosave tick are lost, the layout is not
remembered, an import is not told to stop. Here the signal is caught and the window is
closed as the user would close it, except that nobody is there to answer 保存/不保存: the
unsaved draft is written whole to the recovery file (atomically, like every autosave)
and the next start offers it back.

Python runs signal handlers only between bytecodes, and inside Qt's event loop no Python
runs until some event arrives; so the handler only wakes the loop through a socket
(:func:`signal.set_wakeup_fd`), and a :class:`QSocketNotifier` acts on the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

TERMINATING = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


def exit_code(signum: int) -> int:
    """The shell's convention for "ended by signal N" (143 for SIGTERM), so a script that
    sent the signal can tell a handled termination from a normal quit."""
    return 128 + int(signum)


class TerminationWatch(QObject):
    """Turns terminating signals into a Qt signal on the GUI thread.

    ``on_signal(signum)`` is called once per signal, on the GUI thread, between events
    (also while a modal dialog runs its own loop). :meth:`uninstall` puts the previous
    handlers back, so that once the app is shutting down a second signal ends it at once.

    Signals:
        received(int): a terminating signal arrived (its number).
    """

    received = Signal(int)

    def __init__(self, on_signal: Callable[[int], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, self._note) for sig in TERMINATING}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)
        if on_signal is not None:
            self.received.connect(on_signal)
        self._installed = True

    @staticmethod
    def _note(signum, _frame) -> None:
        """The Python-level handler, only logged: the wakeup fd already carries the signal
        number to the event loop, which does the work outside the signal context."""
        log.info("received signal %s", signum)

    def _on_readable(self, *_args) -> None:
        try:
            data = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for signum in data:
            if signum in TERMINATING:
                log.warning("terminating signal %s: closing without prompts", signum)
                self.received.emit(signum)

    def uninstall(self) -> None:
        """Restore the handlers and wakeup fd that were there before; idempotent."""
        if not self._installed:
            return
        self._installed = False
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
