"""What every worker process of Drafter does first: ignore Ctrl+C, and die with its parent.

Reading (drafter.corpus.isolated) and indexing (drafter.library.build, the PostgreSQL
rows) start worker processes. Their queues hold both ends of their pipes, so a worker
never sees end-of-file when the app is killed (SIGTERM from a session manager, SIGKILL
from a task manager, a crash): it would wait on its queue for ever, holding memory and
the library's files. A worker therefore watches its parent: a daemon thread checks once
a second that the parent is still the one that started it. (Linux's PR_SET_PDEATHSIG
is not used: it fires when the parent's *thread* ends, and the app starts workers from
pool threads that retire while the worker is still wanted.)
"""

from __future__ import annotations

import os
import signal
import threading
import time

WATCH_SECONDS = 1.0  # how often a worker looks for its parent


def start_child() -> None:
    """Set up a worker process: Ctrl+C is the parent's to handle (it cancels and stops
    its workers in order), and the worker exits as soon as its parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    watch = threading.Thread(target=_watch, args=(parent,), name="parent-watch", daemon=True)
    watch.start()


def _watch(parent: int) -> None:
    """Exit at once when the parent process is gone (this process is re-parented)."""
    while True:
        time.sleep(WATCH_SECONDS)
        if os.getppid() != parent:
            os._exit(1)
