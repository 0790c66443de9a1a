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
runs until some event arrives; so the handler only writes the signal's number to a socket
(:func:`signal.set_wakeup_fd`, done by the interpreter's C handler, whatever the main
thread is doing), and a thread of the watch's own reads it and hands it to the GUI thread.

Reading it on a thread, not with a ``QSocketNotifier`` of the event loop, is what lets a
signal end an app whose GUI thread no longer turns: when its X display went away, Qt's
connection broke and the process sat in Qt's exit with the event loop gone (or blocked on
a dead display), so the signal was noted and never acted on and only kill -9 ended it.
The watch gives the orderly close :data:`DEADLINE_S` seconds (the draft's recovery copy
is written first, and the autosave has kept it meanwhile); past that, or at a second
signal, the process ends at once with the same exit code.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

TERMINATING = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)

# The orderly close after a signal: the window's close, then up to 15 s for background
# work (drafter/app.py, SHUTDOWN_WAIT_MS) and the library's close. Past this the process
# ends without them: a session ending (systemd's 90 s) or a user waiting wants it gone.
DEADLINE_S = 30.0


def exit_code(signum: int) -> int:
    """The shell's convention for "ended by signal N" (143 for SIGTERM), so a script that
    sent the signal can tell a handled termination from a normal quit."""
    return 128 + int(signum)


class TerminationWatch(QObject):
    """Turns terminating signals into a Qt signal on the GUI thread, and ends the process
    when the GUI thread does not finish the job.

    ``on_signal(signum)`` is called once, for the first signal, on the GUI thread, between
    events (also while a modal dialog runs its own loop). If the app has not called
    :meth:`finished` within ``deadline_s`` seconds of it, or a second terminating signal
    comes meanwhile, ``hard_exit(exit_code(signum))`` ends the process from the watch's
    thread (``os._exit``: no clean-up left to hang in). :meth:`uninstall` puts the
    previous handlers back once the event loop has ended.

    Signals:
        received(int): a terminating signal arrived (its number).
    """

    received = Signal(int)

    def __init__(
        self,
        on_signal: Callable[[int], None] | None = None,
        parent=None,
        deadline_s: float = DEADLINE_S,
        hard_exit: Callable[[int], object] = os._exit,
    ) -> None:
        super().__init__(parent)
        self._deadline_s = deadline_s
        self._hard_exit = hard_exit
        self._first: int | None = None
        self._done = threading.Event()
        self._reader, self._writer = socket.socketpair()
        self._writer.setblocking(False)  # the C handler must never block on it
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, self._note) for sig in TERMINATING}
        self._on_signal_slot = on_signal
        # a method of this QObject (of the GUI thread), so the emit on the watch's thread
        # is queued to the GUI thread
        self.received.connect(self._deliver)
        self._installed = True
        self._thread = threading.Thread(target=self._read, name="drafter-termination", daemon=True)
        self._thread.start()

    @staticmethod
    def _note(signum, _frame) -> None:
        """The Python-level handler, only logged: the wakeup fd already carries the signal
        number to the watch's thread, which does the work outside the signal context."""
        log.info("received signal %s", signum)

    @Slot(int)
    def _deliver(self, signum: int) -> None:
        if self._on_signal_slot is not None:
            self._on_signal_slot(signum)

    def _read(self) -> None:
        """The watch's thread: every signal number written to the wakeup socket, until
        :meth:`uninstall` closes it."""
        while True:
            try:
                data = self._reader.recv(64)
            except InterruptedError:
                continue
            except OSError:
                return
            if not data:  # uninstalled
                return
            for signum in data:
                if signum in TERMINATING:
                    self._on_signal(signum)

    def _on_signal(self, signum: int) -> None:
        if self._done.is_set():
            return
        if self._first is not None:
            log.warning("second terminating signal %s: ending at once", signum)
            self._hard_exit(exit_code(self._first))
            return
        self._first = signum
        log.warning("terminating signal %s: closing without prompts", signum)
        threading.Thread(target=self._deadline, name="drafter-deadline", daemon=True).start()
        self.received.emit(signum)

    def _deadline(self) -> None:
        if self._done.wait(self._deadline_s):
            return
        log.warning(
            "still running %.0f s after signal %s (the display gone?): ending at once",
            self._deadline_s,
            self._first,
        )
        self._hard_exit(exit_code(self._first))

    def finished(self) -> None:
        """The app has wound down after a signal (or quit normally): no hard exit follows."""
        self._done.set()

    def uninstall(self) -> None:
        """Restore the handlers and wakeup fd that were there before; idempotent. A signal
        already received keeps its deadline until :meth:`finished`."""
        if not self._installed:
            return
        self._installed = False
        for sig, handler in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        with contextlib.suppress(OSError):
            self._writer.shutdown(socket.SHUT_WR)  # the thread reads the end and stops
        self._thread.join(timeout=5)
        self._reader.close()
        self._writer.close()
