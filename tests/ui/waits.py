"""How long a UI test waits for something that must happen: one home for every limit.

A pytest-qt wait (``waitUntil``, ``waitSignal``, ``waitExposed`` ...) returns as soon as its
condition holds, so its limit is not a claim about speed: a generous one costs nothing on a
healthy run, while a short one turns a busy machine into a red CI (CI runs the suite with
``-n logical`` on 2 cores, and UI tests have hit 5-10 s limits there only at load 10-14,
passing on a rerun). So every such wait takes ``WAIT_MS``; ``DRAFTER_TEST_WAIT_SCALE``
stretches it further on a machine slower still.

Windows in which something must *not* happen (``assertNotEmitted``, a short ``qtbot.wait``
before asserting nothing came) are a different matter and do not use these: a longer window
only slows the test, and a window that closes early only lets a bug through, never fails a
healthy run.
"""

from __future__ import annotations

import os


def _scale() -> float:
    """The factor from ``DRAFTER_TEST_WAIT_SCALE`` (1 when unset), so a slow machine can
    stretch every wait without editing a test; a value that is not a positive number is
    refused loudly rather than turning every wait into an instant failure."""
    raw = os.environ.get("DRAFTER_TEST_WAIT_SCALE", "").strip()
    if not raw:
        return 1.0
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if value <= 0:
        raise ValueError(f"DRAFTER_TEST_WAIT_SCALE must be a positive number, not {raw!r}")
    return value


#: The limit of a wait for something that must happen: a minute, scaled.
WAIT_MS = int(60_000 * _scale())

#: The limit of a wait that includes a LibreOffice render (starting soffice on a loaded
#: machine alone has taken most of a minute).
RENDER_WAIT_MS = 2 * WAIT_MS

#: ``WAIT_MS`` in seconds, for the app's own blocking waits a test calls
#: (``corrections.wait``, ``ReviewController.wait``: 10 s by default) and for the threading
#: events a test's fake library or gate blocks on.
WAIT_S = WAIT_MS / 1000
