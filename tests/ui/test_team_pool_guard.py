"""The UI tests' guard against a team library left open: every pool opened is seen until
it is closed (tests/ui/conftest.py fails a test that leaves one open). Without the guard a
pool left by one test kept its threads and connections through every later test; two were
open when a shuffled run segfaulted. No server is needed: the pool is opened without
waiting, on an address where none listens, and closed at once."""

from __future__ import annotations

from drafter.library.pg.pool import make_pool

from .conftest import open_pools


def test_the_guard_sees_a_team_pool_until_it_is_closed(tmp_path):
    pool = make_pool(f"postgresql://wang@/drafter?host={tmp_path}&connect_timeout=2", 1)
    assert pool not in open_pools()  # made, not opened: no threads yet
    pool.open(wait=False)
    try:
        assert pool in open_pools()
    finally:
        pool.close(timeout=1.0)
    assert pool not in open_pools()
