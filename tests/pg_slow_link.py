"""A slow network between Drafter and a throwaway server, for the tests and the benchmark:
a Unix-socket proxy that delays every chunk by a fixed time each way (a branch office
over VPN: 50–200 ms per round trip) and counts what the client sends.

``tc netem`` would slow the real loopback, for every process on the machine; this proxy
slows only the connections made through it. Nothing here is used by Drafter itself, so it
lives with the test tooling beside :mod:`pg_cluster`, not in the shipped package.

    with SlowLink(cluster.base, cluster.port, delay=0.05) as link:
        url = link.url("dbname")          # every connection through it: +100 ms per round trip
        ...
        link.requests                      # chunks the client sent (≈ round trips)
        link.hold(); …; link.release()     # a silent server: nothing delivered meanwhile
"""

from __future__ import annotations

import contextlib
import heapq
import socket
import tempfile
import threading
import time
from pathlib import Path

from pg_cluster import SUPERUSER


class SlowLink:
    """A delay line in front of the server's socket ``<folder>/.s.PGSQL.<port>``.

    Each chunk read from one side is written to the other ``delay`` seconds later (in
    order), so a round trip costs ``2 * delay`` more. ``requests`` counts the chunks the
    clients sent: a query, a prepare or a connection's start-up message each go out as
    one, so it counts the round trips Drafter asked for (``connections``: how many it
    opened). ``delay`` may be changed while the link runs."""

    def __init__(self, folder: str | Path, port: int = 5432, delay: float = 0.05) -> None:
        self.upstream = str(Path(folder) / f".s.PGSQL.{port}")
        self.port = port
        self.delay = delay
        self.folder = Path(tempfile.mkdtemp(prefix="drafter-slow-"))
        self.requests = 0
        self.connections = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._flowing = threading.Event()  # cleared by hold(): a silent server
        self._flowing.set()
        self._sockets: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(str(self.folder / f".s.PGSQL.{port}"))
        self._listener.listen(64)
        self._listener.settimeout(0.05)
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def hold(self) -> None:
        """Deliver nothing either way until :meth:`release` (a server gone silent: the
        connection stays open, no answer comes); what is sent meanwhile waits, in order."""
        self._flowing.clear()

    def release(self) -> None:
        """Deliver again what :meth:`hold` kept back, then everything as before."""
        self._flowing.set()

    def url(self, database: str, user: str = SUPERUSER) -> str:
        """A libpq URL for ``database`` through the link."""
        return f"postgresql://{user}@/{database}?host={self.folder}&port={self.port}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                continue
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                server.connect(self.upstream)
            except OSError:
                client.close()
                continue
            with self._lock:
                self.connections += 1
                self._sockets += [client, server]
            for src, dst, counted in ((client, server, True), (server, client, False)):
                threading.Thread(target=self._pump, args=(src, dst, counted), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, counted: bool) -> None:
        """Read chunks from ``src`` and hand them to a writer that sends each when due."""
        queue: list[tuple[float, int, bytes]] = []
        ready = threading.Condition()
        writer = threading.Thread(target=self._deliver, args=(queue, ready, dst), daemon=True)
        writer.start()
        seq = 0
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            with ready:
                if data and counted:
                    with self._lock:
                        self.requests += 1
                heapq.heappush(queue, (time.monotonic() + self.delay, seq, data))
                seq += 1
                ready.notify()
            if not data:
                return

    def _deliver(self, queue: list, ready: threading.Condition, dst: socket.socket) -> None:
        while True:
            with ready:
                while not queue:
                    ready.wait()
                due, _seq, data = queue[0]
                wait = due - time.monotonic()
                if wait > 0:
                    ready.wait(wait)
                    continue
                heapq.heappop(queue)
            self._flowing.wait()  # held: a silent server
            if not data:
                with contextlib.suppress(OSError):
                    dst.shutdown(socket.SHUT_WR)
                return
            try:
                dst.sendall(data)
            except OSError:
                return

    def close(self) -> None:
        """Stop accepting, cut every connection through the link and remove its socket."""
        self._stop.set()
        self._flowing.set()  # a held link lets its writers end
        self._thread.join(5)
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                # shut down first: a close alone does not wake a pump blocked in recv (on
                # Linux), which then stayed, with the server's connection it read from, for
                # the rest of the run (four pumps per connection through every later test)
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    sock.close()
        with contextlib.suppress(OSError):
            for path in self.folder.iterdir():
                path.unlink()
            self.folder.rmdir()

    def __enter__(self) -> SlowLink:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
