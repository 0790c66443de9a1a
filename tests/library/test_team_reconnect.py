"""A team library whose server comes back is usable at once, not after the pool's
backoff. While the server is down, the connection pool (psycopg_pool) retries in the
background with exponentially growing pauses (1 s, 2 s, 4 s, 8 s …): before, once the
server answered again, the window's 重试 said so but the next read still waited for the
pool's next scheduled attempt, many seconds later (and a read that gives up after 10 s
failed outright). The session's real server (``pg_server``), stopped and started; the
waits counted are the pool's own (``requests_queued``: reads that found no connection
ready), never wall-clock time."""

from __future__ import annotations

import time

import pytest

from drafter.library import LibraryError, open_library


def _write(folder, n):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"d{i}.txt").write_text(
            f"在第{i}次会议上的讲话\n\n一、提高认识\n\n要抓紧抓实第{i}项工作。\n", "utf-8"
        )
    return folder


# How long a probe may take here. The library gives one :attr:`PgPool.PROBE_SECONDS` (3 s of
# wall-clock time: the window's 重试 says soon whether the server answers), both to reach the
# server and to open the fresh pool that replaces one backing off. On two cores shared by
# several test runs, opening that pool's one connection once went past it: the probe failed
# with the server up, a racing probe then made a second fresh pool, and an unheld read fell
# back to waiting on the old pool. What these tests check is what a probe does (one fresh
# pool at most, a connection ready, no read waiting), never how fast; a longer limit keeps
# every assertion and takes load out of them.
PROBE_SECONDS_UNDER_LOAD = 120


def _open(pg_url, tmp_path):
    """The team library at ``url`` as the tests use it: one worker, probes that may wait
    out a loaded machine (:data:`PROBE_SECONDS_UNDER_LOAD`)."""
    library = open_library(pg_url, workers=1, local_dir=tmp_path / "local")
    library.PROBE_SECONDS = PROBE_SECONDS_UNDER_LOAD
    return library


def _backing_off(library, failures: int = 3) -> None:
    """Wait until the pool has failed ``failures`` reconnection attempts in the background:
    its next one is then scheduled seconds away (1 + 2 + 4 s spent: the next after 8 s)."""
    deadline = time.monotonic() + 120  # a cap for a stuck machine, not a measure
    while library.pool.get_stats().get("connections_errors", 0) < failures:
        assert time.monotonic() < deadline, library.pool.get_stats()
        time.sleep(0.1)


def _queued(pool) -> int:
    return pool.get_stats().get("requests_queued", 0)


def _reads_without_waiting(library, read) -> None:
    """``read()`` succeeds with a connection the pool had ready: no wait counted on the pool
    it started with, nor on the fresh one it may have been given."""
    before, queued = library.pool, _queued(library.pool)
    read()
    waits = _queued(before) - queued
    if library.pool is not before:
        waits += _queued(library.pool)
    assert waits == 0, (before.get_stats(), library.pool.get_stats())


def test_a_held_library_reads_at_once_after_a_probe_finds_the_server_back(
    tmp_path, pg_server, pg_url
):
    """The window's case: 团队资料库连接中断, the pool backs off, the server restarts, the
    re-probe (重试) reaches it, and the very next read takes a connection at once."""
    library = _open(pg_url, tmp_path)
    try:
        list(library.add([_write(tmp_path / "c", 2)]))
        library.hold_when_away = True
        pg_server.halt()
        with pytest.raises(LibraryError):
            library.documents()
        assert library.offline
        _backing_off(library)
        pg_server.resume()
        library.probe()
        assert library.offline == ""
        assert library.pool.get_stats()["pool_available"] >= 1  # ready, not scheduled
        _reads_without_waiting(library, lambda: library.documents())
        assert len(library.documents()) == 2
        assert library.search("工作").total >= 1
        library.close()
        library.probe()  # a re-probe that ends after the window closed the library
        assert library.pool.closed  # no fresh pool left open behind it
    finally:
        library.close()


def test_a_library_not_held_reads_at_once_when_the_server_is_back(tmp_path, pg_server, pg_url):
    """The command line's library and a panel without a watch (同步 after the server came
    back): no probe is asked for, so the read that follows a failure reaches the server
    directly first and, finding it there, does not wait out the pool's backoff."""
    library = _open(pg_url, tmp_path)
    try:
        list(library.add([_write(tmp_path / "c", 2)]))
        pg_server.halt()
        with pytest.raises(LibraryError):
            library.documents()
        _backing_off(library)
        pg_server.resume()
        _reads_without_waiting(library, lambda: library.documents())
        assert len(library.documents()) == 2
        list(library.add([_write(tmp_path / "c", 3)]))  # a write too
        assert len(library.documents()) == 3
    finally:
        library.close()


def test_probes_at_once_and_a_close_leave_one_pool_or_none_open(
    tmp_path, monkeypatch, pg_server, pg_url
):
    """The lock that guards replacing the pool exists from the library's constructor (it
    was made on first use): re-probes racing each other when the server comes back make at
    most one fresh pool and close the old one, and a close racing them leaves no pool
    open. The pools made are recorded, nothing is faked: the session's real server,
    stopped and started."""
    import threading

    import drafter.library.pg.pool as pool_module

    made = []

    def recording(spec, size):
        made.append(real(spec, size))
        return made[-1]

    real = pool_module.make_pool
    monkeypatch.setattr(pool_module, "make_pool", recording)
    library = _open(pg_url, tmp_path)
    try:
        assert isinstance(library._pool_lock, type(threading.Lock()))
        first = library.pool
        library.hold_when_away = True
        pg_server.halt()
        with pytest.raises(LibraryError):
            library.documents()
        _backing_off(library, failures=1)
        pg_server.resume()
        start = threading.Barrier(4)
        failed = []

        def probe():
            start.wait()
            try:
                library.probe()
            except Exception as exc:  # noqa: BLE001 - collected for the assert
                failed.append(exc)

        threads = [threading.Thread(target=probe) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failed == [] and library.offline == ""
        assert len(made) <= 1, made  # one fresh pool at most, whoever came first
        assert not library.pool.closed
        assert all(p.closed for p in [first, *made] if p is not library.pool)
        assert len(library.documents()) == 0

        pg_server.halt()
        with pytest.raises(LibraryError):
            library.documents()
        _backing_off(library, failures=1)
        pg_server.resume()
        start = threading.Barrier(4)
        threads = [threading.Thread(target=probe) for _ in range(3)]
        closer = threading.Thread(target=lambda: (start.wait(), library.close()))
        for thread in [*threads, closer]:
            thread.start()
        for thread in [*threads, closer]:
            thread.join()
        assert all(p.closed for p in [first, *made]), [p.closed for p in made]
    finally:
        library.close()
