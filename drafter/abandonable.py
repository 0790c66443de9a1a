"""A blocking call the caller may stop waiting for: opening a team library on a silent server.

psycopg's connect cannot be interrupted from another thread: a server that accepts the
connection and never answers holds the caller until the connect timeout (10 s, or the
user's own, a minute and more), and the pool's first connections after it as long. The
window that waited for it had no way out but to wait. :func:`run_abandonable` runs the
call on a thread of its own and waits for it, or for the caller's cancel, whichever comes
first: on a cancel the caller goes on at once (its worker is free, the app usable), and
what the call returns later is disposed of (the library closed) instead of being used.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

POLL_SECONDS = 0.05  # how often the waiting caller looks at its cancel flag


class Abandoned(Exception):
    """Raised by :func:`run_abandonable` when the caller cancelled before the call ended:
    the call goes on on its own thread, its result disposed of when it comes."""


def run_abandonable(
    call: Callable[[], T],
    cancelled: Callable[[], bool],
    dispose: Callable[[T], Any] | None = None,
    name: str = "abandonable",
) -> T:
    """``call()``'s result (or its exception, raised here), unless ``cancelled()`` turns
    true first: then :class:`Abandoned` is raised at once and the result, when the call
    ends, goes to ``dispose`` (closing what it opened) rather than to anyone. The call
    runs on a daemon thread, so an abandoned one never holds the process at exit."""
    lock = threading.Lock()
    done = threading.Event()
    outcome: dict[str, Any] = {}
    state = {"abandoned": False}

    def run() -> None:
        try:
            result = call()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, or logged
            with lock:  # the outcome and its end together: a cancel sees both or neither
                outcome["error"] = exc
                gone = state["abandoned"]
                done.set()
            if gone:
                log.info("abandoned call %s ended: %s", name, exc)
            return
        with lock:
            outcome["result"] = result
            gone = state["abandoned"]
            done.set()
        if gone:
            _dispose(result)

    def _dispose(result: Any) -> None:
        if dispose is None:
            return
        try:
            dispose(result)
        except Exception as exc:  # noqa: BLE001 - nobody waits for it any more
            log.warning("disposing of abandoned %s failed: %s", name, exc)

    threading.Thread(target=run, name=name, daemon=True).start()
    while not done.wait(POLL_SECONDS):
        if cancelled():
            with lock:
                if not done.is_set():
                    state["abandoned"] = True
                    raise Abandoned(name)
    if cancelled() and "result" in outcome:  # ended as the cancel came: not used either
        _dispose(outcome["result"])
        raise Abandoned(name)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


__all__ = ["Abandoned", "POLL_SECONDS", "run_abandonable"]
