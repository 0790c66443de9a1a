"""When the window tries a team library's server again by itself after it could not be
reached as the library opened (refused, silent, starting up: most often a server
restarting or a laptop not yet on the office network).

A fixed pace would either keep a user waiting long after the server came back or knock on
a server that stays down every few seconds all afternoon; doubling from a short first
wait to a ceiling answers both: the first tries come soon, and a long outage costs one
attempt a minute. A pure generator, so the pace is tested without a clock and the window
only counts the seconds it yields down (never a busy loop)."""

from __future__ import annotations

from collections.abc import Iterator

FIRST_SECONDS = 5  # a server restarting is usually back within seconds
LONGEST_SECONDS = 60  # a long outage: one attempt a minute, no more


def retry_delays(first: int = FIRST_SECONDS, longest: int = LONGEST_SECONDS) -> Iterator[int]:
    """Seconds to wait before each try after a failed one, without end: ``first``, then
    doubled each time up to ``longest`` (5, 10, 20, 40, 60, 60, …). The caller stops
    asking once the library opens, the user stops the retries or the failure is one to
    correct (a wrong password, a mistyped server name), which waiting never mends."""
    if first < 1 or longest < first:
        raise ValueError(f"retry delays need 1 <= first <= longest, got {first} and {longest}")
    delay = first
    while True:
        yield delay
        delay = min(delay * 2, longest)
