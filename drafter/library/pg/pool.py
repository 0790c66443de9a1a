"""The team library's connection pool in use: the session settings of its connections, a
connection for a write (a server error said in one line), a read retried once when the
server dropped the connection, a pool made ready at once when the server is back, and the
writers' transaction with its advisory lock. (Reaching the server at all, passwords and
connection errors: :mod:`.connect`.)

A part of :class:`~drafter.library.pg.library.PgLibrary` (a mixin over the attributes its
constructor sets); every other part reaches the server through these.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import errors as pgerrors
from psycopg_pool import ConnectionPool, PoolClosed, PoolTimeout

from drafter.library.model import LibraryBusy, LibraryError, ServerAway
from drafter.library.pg import schema
from drafter.library.pg.connect import connect, connect_kwargs, connection_error

# The pool's threads log each failed reconnection ("error connecting in 'drafter':
# connection is bad: ... Is the server running locally ...") as a warning; with no handler
# set, Python printed every one to stderr, in English, above the one Chinese line that says
# the connection went and what to do. Kept from the terminal, still passed on to any
# handler an application sets on the root logger.
logging.getLogger("psycopg.pool").addHandler(logging.NullHandler())

log = logging.getLogger(__name__)


def configure_session(conn) -> None:
    """Session settings for the pool's connections: no JIT (a search is a few
    milliseconds of work; compiling it would take seconds when the planner misjudges
    a row count); statements prepared at once and planned once per shape (a search's
    SQL depends only on the query's structure, its words are parameters, and planning
    the score expression cost more than running a typical search); no parallel workers
    (a search is short and many run at once: starting workers costs more than it saves)."""
    conn.execute("SET jit = off")
    conn.execute("SET plan_cache_mode = force_generic_plan")
    # many writers search at once: one process per search, not a few per search
    conn.execute("SET max_parallel_workers_per_gather = 0")
    conn.prepare_threshold = 0


def make_pool(spec: str, size: int) -> ConnectionPool:
    """The library's pool of connections (not yet open): at least one kept, ``size`` at
    most, each in autocommit with :func:`configure_session`. One place for it, because a
    pool that was backing off while the server was away is replaced by a fresh one
    (:meth:`PgPool._revive`)."""
    return ConnectionPool(
        spec,
        min_size=1,
        max_size=max(1, size),
        kwargs={"autocommit": True, **connect_kwargs(spec)},
        configure=configure_session,
        open=False,
        name="drafter",
    )


_PLUMBING = {__file__, contextlib.__file__}  # frames passed over to name the asking method


class PgPool:
    """Connections to the library's server, for reads and for writes (see the module
    docstring)."""

    def _init_pool(self, spec: str, pool: ConnectionPool) -> None:
        """Set this part's own state; called by the library's constructor before any
        thread can reach it. The pool's lock used to be made on first use
        (``__dict__.setdefault``: atomic in CPython, but a new Lock built on every call and
        easy to misread); a window's re-probe worker and its close may be its first users
        at once, so it exists from the start."""
        self.spec = spec
        self.pool = pool
        # held while the pool is replaced or closed: a library closed while a worker's
        # re-probe runs gets no fresh pool left open behind it
        self._pool_lock = threading.Lock()
        # held by one revive at a time: a probe's check takes the fresh pool's one
        # connection out for a moment, and a second probe revived meanwhile saw "none
        # available" on the pool just made and made another (two pools open after a burst
        # of probes, seen under load in test_team_reconnect)
        self._revive_lock = threading.Lock()
        self._window_thread_calls: list[str] = []
        self._server_away = False  # the last read or write found no server
        # the pool's count of failed connection attempts when a connection last worked:
        # more since, and none idle, and the pool is backing off (:meth:`_wait_or_reach`)
        self._errors_seen = 0

    # A window sets this: once a read or write found the server away, the library is held
    # offline (``offline`` says why) and every read and write is refused at once, instead
    # of each waiting for the server on the window's thread, until :meth:`probe` (on a
    # worker) reaches it again. The command line leaves it off: one command, one wait.
    hold_when_away = False
    offline = ""  # why the library is held offline ("" = it is not)
    PROBE_SECONDS = 3  # how long one direct attempt to reach the server may take

    # The window's thread (``threading.get_ident()``), set by the window: each read or
    # write asked on it is logged (debug) and named in :attr:`window_thread_calls`. On a
    # slow network (a branch office over VPN, a server under load) every round trip there
    # is a stall of the window, so none should be; this is how one left there is found
    # (the tests and bench/team_bench.py count them per user action).
    window_thread: int | None = None

    @property
    def window_thread_calls(self) -> list[str]:
        """The library methods that reached the server on :attr:`window_thread`, in order
        (a list the caller may clear to count the next action's)."""
        return self._window_thread_calls

    def _note_thread(self) -> None:
        """Name the library method that asked for the server on the window's thread."""
        if self.window_thread is None or threading.get_ident() != self.window_thread:
            return
        frame = sys._getframe(1)
        while frame is not None and (
            frame.f_code.co_filename in _PLUMBING or frame.f_code.co_name == "<lambda>"
        ):
            frame = frame.f_back
        caller = frame.f_code.co_name if frame is not None else "?"
        self.window_thread_calls.append(caller)
        log.debug("team library read on the window's thread: %s", caller)

    def _check_online(self) -> None:
        self._note_thread()
        if self.offline:
            raise ServerAway(self.offline)

    def _away(self, error: LibraryError) -> LibraryError:
        """Note that the server was found away (held offline when ``hold_when_away``)."""
        self._server_away = True
        if self.hold_when_away:
            self.offline = str(error)
        return error

    def _reach(self) -> None:
        """One direct connection to the server, closed at once (psycopg's errors pass)."""
        connect(self.spec, connect_timeout=str(max(2, self.PROBE_SECONDS))).close()

    def probe(self) -> None:
        """Try once to reach the server directly (at most :attr:`PROBE_SECONDS`): when it
        answers, the pool's dead connections are replaced and the library is no longer held
        offline; when not, a :class:`LibraryError` says why. Meant for a worker thread (the
        window's re-probe and 重试)."""
        try:
            self._reach()
            self._revive()
        except psycopg.OperationalError as exc:
            raise self._away(connection_error(self.spec, exc)) from None
        self._server_away = False
        self.offline = ""

    def _revive(self) -> None:
        """The server just answered a direct connection: make the pool hand out a
        connection at once. While the server was away the pool kept retrying in the
        background with growing pauses (psycopg_pool's backoff: 1, 2, 4, 8, 16 s … for up
        to five minutes), and asking it to check itself does not shorten the pause it is
        in; so the office server restarted, 重试 said it answers, and the library still
        refused for many seconds (a read gave up after :attr:`RECONNECT_SECONDS`). The
        idle connections are checked; when none is left ready, a fresh pool with one new
        connection replaces the old, which is closed (connections out of it are closed
        when they come back). An error connecting passes (psycopg's)."""
        with self._revive_lock:
            self._revive_once()

    def _revive_once(self) -> None:
        """:meth:`_revive`'s work, under its lock."""
        seen = self.pool
        with contextlib.suppress(Exception):
            seen.check()
        if seen.get_stats().get("pool_available", 0):
            return
        with self._pool_lock:
            old = self.pool
            if old is not seen or old.closed or old.get_stats().get("pool_available", 0):
                # another thread replaced it meanwhile (its one connection may be out
                # for a check right now, so "none available" does not mean dead), the
                # library was closed, or the pool got ready by itself
                return
            fresh = make_pool(self.spec, old.max_size)
            try:
                fresh.open(wait=True, timeout=max(2, self.PROBE_SECONDS))
            except BaseException:
                fresh.close()
                raise
            self.pool = fresh
            self._errors_seen = 0  # the fresh pool counts its own
        log.debug("team library: a fresh pool replaces one backing off")
        old.close(timeout=1.0)

    def _wait_or_reach(self) -> None:
        """Before waiting on the pool for a connection: when none is idle and the pool has
        failed to connect since a connection last worked, it is backing off (1, 2, 4 … s)
        for a server that went away, and waiting on it took its whole 30 s: 同步 on a
        stopped server said 同步失败 after 40 s, and a read after the server came back
        waited out the pause the pool was in. One direct try instead: refused, the server
        is said away at once; answered, the pool is made ready (:meth:`_revive`). Busy
        connections (colleagues' searches) with no failures are waited for as before."""
        stats = self.pool.get_stats()
        if (
            stats.get("pool_available", 0)
            or stats.get("connections_errors", 0) <= self._errors_seen
        ):
            return
        try:
            self._reach()
        except psycopg.OperationalError as exc:
            raise self._away(connection_error(self.spec, exc)) from None
        with contextlib.suppress(psycopg.OperationalError):
            self._revive()

    def _worked(self) -> None:
        """A connection just worked: the pool's failures so far are behind it."""
        self._server_away = False
        self._errors_seen = self.pool.get_stats().get("connections_errors", 0)

    def _getconn(self, timeout: float | None) -> tuple[ConnectionPool, psycopg.Connection]:
        """A pooled connection and the pool to give it back to: the pool may be replaced
        (:meth:`_revive`) while this waits, and then this asks the fresh one."""
        pool = self.pool
        try:
            return pool, pool.getconn(timeout=timeout)
        except PoolClosed:
            if self.pool is pool:
                raise  # the library was closed
        pool = self.pool
        return pool, pool.getconn(timeout=timeout)

    @contextmanager
    def _conn(self) -> Iterator[psycopg.Connection]:
        self._check_online()
        try:
            pool, conn = self._live_connection()
            self._worked()
            try:
                yield conn
            finally:
                pool.putconn(conn)  # a broken one is discarded, not pooled again
        except pgerrors.InsufficientPrivilege as exc:
            raise LibraryError(
                f"{self.location}: 没有写入团队资料库的权限（只读账号只能检索和阅读）"
            ) from exc
        except psycopg.OperationalError as exc:
            raise self._away(connection_error(self.spec, exc)) from None

    def _live_connection(self) -> tuple[ConnectionPool, psycopg.Connection]:
        """A pooled connection known to reach the server, and its pool: one the server
        cut while it sat in the pool (restarted overnight, the network dropped) is
        replaced, with the other idle ones, before any work starts on it. Costs one round
        trip; a write (or a read that is not retried) then never fails for an old
        connection's sake. After the server was found away, one direct try first: when
        it answers, the pool is made ready (:meth:`_revive`) instead of waiting out its
        backoff; when not, it is said at once, in a window and on the command line alike.
        The command line's read that found the server away had already waited for it
        (:attr:`RECONNECT_SECONDS`); each later read waited as long again, and a 同步 or
        ``library sync`` of a stopped server said so after 40 s instead of 10."""
        if self._server_away:
            self._reach()  # still refused: no second wait for a server already waited for
            self._revive()
        else:
            self._wait_or_reach()
        pool, conn = self._getconn(self._pool_wait())
        try:
            ConnectionPool.check_connection(conn)
            return pool, conn
        except psycopg.OperationalError as exc:
            cut = exc
            pool.putconn(conn)
        if self.hold_when_away:  # a window: one direct try, not the pool's wait
            try:
                self._reach()
            except psycopg.OperationalError:
                raise cut from None
            with contextlib.suppress(psycopg.OperationalError):
                self._revive()  # checks the idle ones too
        else:
            with contextlib.suppress(Exception):
                self.pool.check()
        try:
            return self._getconn(self.RECONNECT_SECONDS)
        except PoolTimeout:  # the server is still away: say why the connection went
            raise cut from None

    RECONNECT_SECONDS = 10.0  # how long a write waits for a server that cut its connection

    def _read(self, fn):
        """``fn(conn)`` for a read, tried a second time when the server dropped the
        connection (restarted overnight, a network blip): the pool's idle connections
        are checked and replaced first. Writes are never retried this way. The pooled
        connection is not checked before the read (a round trip each, the only one of
        most reads), except while the server was last found away."""
        self._check_online()
        if self._server_away:
            # the server was just found away: a checked connection, as a write takes, so
            # the first reads after it came back wait for the pool's new connections
            with self._conn() as conn:
                return fn(conn)
        cut: psycopg.OperationalError | None = None
        for attempt in (0, 1):
            try:
                # the second try waits as long as a write does, not the pool's 30 s
                timeout = self.RECONNECT_SECONDS if attempt else self._pool_wait()
                if not attempt:
                    self._wait_or_reach()
                with self.pool.connection(timeout=timeout) as conn:
                    result = fn(conn)
                self._worked()
                return result
            except psycopg.OperationalError as exc:
                if attempt or (isinstance(exc, PoolTimeout) and self._server_away):
                    # no new connection in time: say why the old one went
                    gone = cut if isinstance(exc, PoolTimeout) and cut else exc
                    raise self._away(connection_error(self.spec, gone)) from None
                cut = exc
                if self.hold_when_away:
                    # a window: one direct try says at once whether the server is there,
                    # rather than the pool's wait for a new connection on its thread
                    try:
                        self._reach()
                    except psycopg.OperationalError:
                        raise self._away(connection_error(self.spec, exc)) from None
                    with contextlib.suppress(psycopg.OperationalError):
                        self._revive()  # ready now, not after the pool's backoff
                else:
                    with contextlib.suppress(Exception):
                        self.pool.check()

    def _pool_wait(self) -> float | None:
        """How long to wait for a pooled connection: the pool's own 30 s while the server
        answers (every connection busy with colleagues' searches is no error), but only
        :attr:`RECONNECT_SECONDS` once it was found away. Before, each read after the
        first failure waited 30 s and then 10 s more, and the window, which reads on its
        own thread, stood frozen 40 s per click while the server was down."""
        return self.RECONNECT_SECONDS if self._server_away else None

    def _refuse_while_browsed(self) -> None:
        """Raise the owner's-upgrade line (``upgrade_needed``) when the library's tables are
        older than this Drafter's and this login cannot upgrade them: browsed, not written."""
        why = getattr(self, "upgrade_needed", "")
        if why:
            raise LibraryError(why)

    @contextmanager
    def _writing(self, conn):
        """A transaction holding the writers' advisory lock (waits ``lock_timeout``); a
        library browsed before its owner's upgrade refuses here, with the line naming
        ``drafter library upgrade`` (its older tables would take a write only half)."""
        self._refuse_while_browsed()
        with conn.transaction():
            got = conn.execute(
                "SELECT pg_try_advisory_xact_lock(%s)", (schema.WRITE_LOCK,)
            ).fetchone()[0]
            if not got:
                if self.lock_timeout == 0:
                    raise LibraryBusy(f"{self.location}: 团队资料库正忙（另一位同事正在写入）")
                if self.on_wait is not None:
                    self.on_wait()
                conn.execute(f"SET LOCAL lock_timeout = '{int(self.lock_timeout * 1000)}ms'")
                try:
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (schema.WRITE_LOCK,))
                except pgerrors.LockNotAvailable:
                    raise LibraryBusy(
                        f"{self.location}: 团队资料库正忙（另一位同事正在写入）"
                    ) from None
                conn.execute("SET LOCAL lock_timeout = 0")
            yield conn
