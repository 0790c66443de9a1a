"""A throwaway PostgreSQL cluster in a temporary folder, for the tests and the benchmark.

``initdb`` + ``pg_ctl`` on a Unix socket only (no TCP port is opened), trust
authentication for the local socket, stopped and deleted at the end. PostgreSQL refuses
to run as root, so when this process is root (CI runs as root) the server runs as an
unprivileged user (``nobody`` by default) through ``runuser``; the folder is made theirs.
Nothing here is used by Drafter itself: an office points Drafter at its own server. So it
lives with the test tooling, not in the shipped package: the tests import it as
``pg_cluster`` (tests/ is on their path), bench/team_bench.py puts tests/ on its path.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "drafter_admin"


def find_bindir() -> Path | None:
    """The folder holding initdb/pg_ctl: Debian's versioned folder (newest first), else
    ``pg_config --bindir``, else the PATH."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True):
        if Path(folder, "initdb").is_file() and Path(folder, "pg_ctl").is_file():
            return Path(folder)
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        out = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=True
        ).stdout.strip()
        if out and Path(out, "initdb").is_file():
            return Path(out)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _version(folder: str) -> float:
    try:
        return float(Path(folder).parent.name)
    except ValueError:
        return 0.0


class ThrowawayCluster:
    """One temporary cluster; :meth:`start`, :meth:`url`, :meth:`stop`.

    ``settings`` are extra ``postgres -c`` options (the tests turn fsync off; the
    benchmark keeps the defaults).
    """

    def __init__(
        self, settings: dict[str, str] | None = None, run_as: str = "nobody", tls: bool = False
    ) -> None:
        self.bindir = find_bindir()
        if self.bindir is None:
            raise RuntimeError("PostgreSQL is not installed (initdb not found)")
        self.settings = settings or {}
        self.run_as = run_as if os.geteuid() == 0 else None
        self.base = Path(tempfile.mkdtemp(prefix="drafter-pg-"))
        self.data = self.base / "data"
        self.port = 5432
        self.log = self.base / "server.log"
        self.started = False
        self.halted = False  # stopped by halt(), to be resumed (see conftest's pg_server)
        # tls: also listen on 127.0.0.1 (a free port) with a self-signed certificate for
        # "localhost" (self.certificate), to test TLS options end to end
        self.tls = tls
        self.certificate = self.base / "server.crt"
        self.tcp_port: int | None = None

    def _run(self, args: list[str], **kwargs) -> subprocess.CompletedProcess:
        if self.run_as:
            args = ["runuser", "-u", self.run_as, "--", *args]
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        return subprocess.run(args, check=True, capture_output=True, text=True, env=env, **kwargs)

    def start(self) -> ThrowawayCluster:
        """initdb a fresh cluster in a temporary folder, owned by ``run_as`` (PostgreSQL refuses to
        run as root, which CI is), start it and wait until it accepts connections.
        """
        if self.run_as:
            user = pwd.getpwnam(self.run_as)
            os.chown(self.base, user.pw_uid, user.pw_gid)
        os.chmod(self.base, 0o755)
        self._run(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ]
        )
        options = {
            "listen_addresses": "''",
            "unix_socket_directories": f"'{self.base}'",
            "port": str(self.port),
            **self.settings,
        }
        if self.tls:
            options.update(self._tls_options())
        self._options = " ".join(f"-c {k}={v}" for k, v in options.items())
        self._server("start")
        self.started = True
        return self

    def _server(self, action: str) -> None:
        """``pg_ctl start`` (with the cluster's options) or ``pg_ctl stop`` (fast: open
        connections are cut, as when the server goes away in the middle of work)."""
        args = [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log)]
        if action == "start":
            args += ["-o", self._options]
        else:
            args += ["-m", "fast"]
        self._run(args + ["-w", "-t", "60", action])

    def halt(self) -> None:
        """Stop the server and keep its data (a server switched off or unplugged):
        :meth:`resume` starts it again as it was."""
        self._server("stop")
        self.halted = True

    def resume(self) -> None:
        """Start the server :meth:`halt` stopped, with the same data and settings."""
        self._server("start")
        self.halted = False

    def _tls_options(self) -> dict[str, str]:
        """A self-signed certificate for localhost and the settings that use it."""
        import socket

        key = self.base / "server.key"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
            + ["-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"]
            + ["-keyout", str(key), "-out", str(self.certificate)],
            check=True,
            capture_output=True,
        )
        os.chmod(key, 0o600)
        if self.run_as:
            user = pwd.getpwnam(self.run_as)
            for path in (key, self.certificate):
                os.chown(path, user.pw_uid, user.pw_gid)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.tcp_port = probe.getsockname()[1]
        return {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.tcp_port),
            "ssl": "on",
            "ssl_cert_file": f"'{self.certificate}'",
            "ssl_key_file": f"'{key}'",
        }

    def tcp_url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """A URL over TCP to ``localhost`` (only with ``tls=True``), without TLS options."""
        return f"postgresql://{user}@localhost:{self.tcp_port}/{database}"

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """A libpq URL for ``database`` over the cluster's socket."""
        port = self.tcp_port or self.port  # the socket file is named after the port
        return f"postgresql://{user}@/{database}?host={self.base}&port={port}"

    def create_database(self, name: str) -> str:
        """Create database ``name`` (dropping an old one) and return its URL."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        """Stop the server (fast shutdown) and delete its folder; safe to call twice or after a
        failed start.
        """
        if self.started:
            with contextlib.suppress(subprocess.CalledProcessError):
                self._run(
                    [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w"]
                    + ["-t", "60", "stop"]
                )
            self.started = False
        shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> ThrowawayCluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def wait_ready(url: str, timeout: float = 30.0) -> None:
    """Wait until the server behind ``url`` accepts connections."""
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
