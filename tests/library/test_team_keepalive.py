"""A team library's connections notice a silently dropped network in seconds: every
connection Drafter opens (the pool's, the open's own, the re-probe's) carries TCP
keepalives and tcp_user_timeout, unless the user's URL or service file sets its own,
which wins. Checked on a real throwaway server: in libpq's own record of each live
connection and, over TCP, in the socket options the kernel holds."""

from __future__ import annotations

import socket
import sys

import pytest

from drafter.library import open_library
from drafter.library.pg.connect import KEEPALIVES, connect_kwargs


def _params(conn) -> dict:
    return conn.info.get_parameters()


def test_every_connection_carries_keepalives(pg_url, tmp_path):
    with open_library(pg_url, workers=1, local_dir=tmp_path / "l") as lib:
        with lib._conn() as conn:  # the pool's
            params = _params(conn)
        for key, value in KEEPALIVES.items():
            assert params.get(key) == value, (key, params)


def test_a_users_own_value_wins_in_the_url(pg_url, tmp_path):
    url = f"{pg_url}&keepalives_idle=42&tcp_user_timeout=9000"
    assert "keepalives_idle" not in connect_kwargs(url)
    with open_library(url, workers=1, local_dir=tmp_path / "l") as lib, lib._conn() as conn:
        params = _params(conn)
    assert params["keepalives_idle"] == "42" and params["tcp_user_timeout"] == "9000"
    assert params["keepalives_count"] == KEEPALIVES["keepalives_count"]  # the rest: ours


def test_a_users_own_value_wins_in_the_service_file(pg_url, pg_cluster, tmp_path, monkeypatch):
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    given = conninfo_to_dict(pg_url)
    service = tmp_path / "pg_service.conf"
    service.write_text(
        "# the office's file\n[other]\nkeepalives=0\n\n[drafter]\n"
        + "".join(f"{k}={v}\n" for k, v in given.items())
        + "keepalives_interval=7\n",
        "utf-8",
    )
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    kwargs = connect_kwargs("service=drafter")
    assert "keepalives_interval" not in kwargs and kwargs["keepalives"] == "1"
    with psycopg.connect("service=drafter", **kwargs) as conn:
        params = _params(conn)
    assert params["keepalives_interval"] == "7"  # the service file's
    assert params["keepalives_idle"] == KEEPALIVES["keepalives_idle"]  # ours, unset there
    assert connect_kwargs("service=unknown")["keepalives_interval"] == "3"


def _session_name(spec: str, tmp_path, **kwargs) -> str:
    with (
        open_library(spec, workers=1, local_dir=tmp_path / "l", **kwargs) as lib,
        lib._conn() as conn,
    ):
        return conn.execute("SHOW application_name").fetchone()[0]


def test_the_session_is_named_drafter_unless_the_user_named_it(pg_url, tmp_path, monkeypatch):
    """The server lists Drafter's sessions as "drafter" (pg_stat_activity), but a name the
    user gave (their DBA tells the office's machines apart by it) wins, as their keepalive
    settings do: before, Drafter's overrode it everywhere."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    monkeypatch.delenv("PGAPPNAME", raising=False)
    assert _session_name(pg_url, tmp_path) == "drafter"
    assert _session_name(f"{pg_url}&application_name=wang_pc", tmp_path) == "wang_pc"
    monkeypatch.setenv("PGAPPNAME", "office_pc_7")
    assert _session_name(pg_url, tmp_path) == "office_pc_7"
    monkeypatch.delenv("PGAPPNAME")
    service = tmp_path / "pg_service.conf"
    service.write_text(
        "[drafter]\n"
        + "".join(f"{k}={v}\n" for k, v in conninfo_to_dict(pg_url).items())
        + "application_name=from_service\n",
        "utf-8",
    )
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    with psycopg.connect("service=drafter", **connect_kwargs("service=drafter")) as conn:
        assert conn.execute("SHOW application_name").fetchone()[0] == "from_service"


@pytest.mark.skipif(sys.platform != "linux", reason="TCP_KEEPIDLE/TCP_USER_TIMEOUT: Linux")
def test_the_kernel_holds_them_on_a_tcp_connection(tmp_path):
    """What the socket itself says, over TCP to a real server: keepalive on, the first
    probe after 8 s idle, then every 3 s, 3 of them, and 17 s for unacknowledged data."""
    from pg_cluster import ThrowawayCluster

    with ThrowawayCluster({"fsync": "off"}, tls=True) as cluster:
        cluster.create_database("ka")
        lib = open_library(cluster.tcp_url("ka"), workers=1, local_dir=tmp_path / "l")
        with lib, lib._conn() as conn:
            sock = socket.socket(fileno=socket.dup(conn.pgconn.socket))
            try:
                opts = {
                    "keepalive": sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
                    "idle": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
                    "interval": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL),
                    "count": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT),
                    "user_timeout": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT),
                }
            finally:
                sock.close()  # the duplicate only; libpq's own stays open
    assert opts == {"keepalive": 1, "idle": 8, "interval": 3, "count": 3, "user_timeout": 17000}
