"""The one shape of the roadmap readers' fallback chains: the first way of laying out parts
that finds them wins.

Parts after an announcement may be laid out many ways (numbered, as many as counted, alike,
labelled, up to a wrap-up …), and each reader of where a roadmap stands tries them in an
order of its own, each way only when the sentence allows it (a colon, a pointer, a count).
Written as a table of ``(when, read)`` rows, one a way, the order and the conditions read at
a glance, and a new way is one row in the right place.
"""

from __future__ import annotations

from collections.abc import Callable


def first_found(*tries: tuple[object, Callable[[], list[int]]]) -> list[int]:
    """The parts the first of ``tries`` finds: each is ``(when, read)``, and ``read`` is asked
    only when ``when`` holds and no earlier row found parts (a reader may be slow, and a later
    way must not override an earlier one). Empty when none finds any."""
    for when, read in tries:
        if when:
            parts = read()
            if parts:
                return parts
    return []
