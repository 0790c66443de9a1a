"""Shared test fixtures. Qt runs offscreen; ../shared is optional."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The blind sets' writers' tools (tests/modern_blind*/tools: build.py, check.py, plant_test.py …)
# are the record of how each set was made, run by hand from their folder; they are not tests.
# Two sets' plant_test.py share a basename, which pytest cannot import side by side.
collect_ignore_glob = ["modern_blind*/tools/*"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# LibreOffice's conversion limit is wall-clock time (drafter.corpus.bounds.convert_seconds):
# 12 s for a speech, and on two cores shared by several test runs a cold start alone took
# longer, so set 9's .wps and set 11's .rtf were given up. The tests check what is read,
# never how fast; the tests of the limit itself pass their own (timeout=1, a patched
# convert_seconds).
os.environ.setdefault("DRAFTER_CONVERT_SECONDS", "300")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder; the test is skipped when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: shared corpus tests need it beside the project")
    return SHARED


@pytest.fixture
def sample_corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster for the whole session (initdb + pg_ctl in a temp
    folder, Unix socket only, run as ``nobody`` when the tests run as root), stopped and
    deleted at the end. ``make test`` installs PostgreSQL; without it these tests skip,
    except in CI (CI=true), where a missing server is a failure."""
    from pg_cluster import ThrowawayCluster, find_bindir

    if find_bindir() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed (make test installs it with apt-get)")
        pytest.skip("PostgreSQL is not installed: run make test (it installs it)")
    cluster = ThrowawayCluster({"fsync": "off", "synchronous_commit": "off"})
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_server(pg_cluster):
    """The session's cluster for a test that stops and starts it (``halt``/``resume``, a
    server switched off and on): a cluster of the test's own cost an initdb and a shutdown,
    several seconds of wall time each on two loaded cores. Started again after the test if
    it was left stopped (a failed assert between the two), so the worker's next tests find
    it up. Each xdist worker has its own session cluster, and a worker runs one test at a
    time, so no other test sees it stopped."""
    yield pg_cluster
    if pg_cluster.halted:
        pg_cluster.resume()


@pytest.fixture
def pg_url(pg_cluster, request):
    """The URL of a new, empty database on the session's cluster."""
    import hashlib
    import re

    digest = hashlib.sha1(request.node.nodeid.encode("utf-8")).hexdigest()[:8]
    name = "t_" + re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:40] + "_" + digest
    return pg_cluster.create_database(name)
