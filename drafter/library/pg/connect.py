"""Connecting to the team library's server: the user's URL or libpq service name, with
the password from libpq's own sources (~/.pgpass, PGPASSFILE, a service file) or the
system keyring, never from Drafter's settings; TLS options pass straight to libpq."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from drafter.library.location import describe, has_password, passwords
from drafter.library.model import LibraryError

KEYRING_SERVICE = "drafter"


def keyring_name(spec: str) -> str | None:
    """The keyring entry for ``spec``: ``user@host:port/database``, or None for a
    service name (libpq resolves those itself). Host and port given as parameters
    (``?host=…&port=…``) count like ones in the address; a socket folder is this
    machine, ``localhost``."""
    if spec.startswith("service="):
        return None
    parts = urlsplit(spec)
    query = parse_qs(parts.query)
    host = parts.hostname or next(iter(query.get("host", [])), "") or "localhost"
    if host.startswith("/"):
        host = "localhost"
    given_port = next(iter(query.get("port", [])), "")
    port = parts.port or (int(given_port) if given_port.isdigit() else 5432)
    database = parts.path.lstrip("/") or parts.username or ""
    return f"{parts.username or ''}@{host}:{port}/{database}"


def keyring_password(spec: str) -> str | None:
    """The password stored for ``spec`` in the system keyring, when the ``keyring``
    package and a keyring are available (``keyring set drafter user@host:5432/db``)."""
    name = keyring_name(spec)
    if name is None:
        return None
    try:
        import keyring
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, name)
    except Exception:  # no usable keyring backend on this machine
        return None


# A server that vanishes without closing the socket (a cable pulled, the office Wi-Fi or
# VPN gone, its machine switched off) never says so: with libpq's defaults a read waiting
# on it blocks until the operating system gives up on the connection, minutes later
# (Linux: 2 h before the first keepalive, about 15 min of retransmissions), the app's
# worker stuck and the command line hanging. Keepalive probes after 8 s of silence, every
# 3 s, 3 unanswered: a dead peer is noticed within about 17 s on an idle connection or one
# waiting for an answer; tcp_user_timeout (ms) ends one whose own sent data stays
# unacknowledged as long. A live server's kernel answers the probes and acknowledges the
# data even in the middle of a long query or import, so neither cuts slow work. libpq
# ignores them on a Unix socket; Windows fixes the probe count at 10 (about 38 s) and has
# no tcp_user_timeout. Whatever the user set in the URL, the conninfo or the service file
# wins (keyword arguments would override them: psycopg's ``make_conninfo``).
KEEPALIVES = {
    "keepalives": "1",
    "keepalives_idle": "8",
    "keepalives_interval": "3",
    "keepalives_count": "3",
    "tcp_user_timeout": "17000",
}


def connect_kwargs(spec: str) -> dict:
    """Keyword arguments for psycopg besides the conninfo: the keyring password when the
    URL has none (libpq still prefers ~/.pgpass when no password is given at all),
    :data:`KEEPALIVES` where the user's own conninfo (or its service) sets none, so a
    silently dropped network is noticed in seconds, not minutes, and "drafter" as the
    session's name where the user gave none."""
    # libpq's fallback: the server names the session "drafter" unless the user named it
    # (application_name in the URL, the conninfo or the service file, or PGAPPNAME); an
    # application_name given here overrode theirs, which their DBA's monitoring relies on
    kwargs: dict = {"fallback_application_name": "drafter"}
    given = _given_options(spec)
    kwargs.update({k: v for k, v in KEEPALIVES.items() if k not in given})
    if spec.startswith("service="):
        return kwargs
    parts = urlsplit(spec)
    if parts.password is None and "password" not in parse_qs(parts.query):
        password = keyring_password(spec)
        if password:
            kwargs["password"] = password
    return kwargs


def _given_options(spec: str) -> set[str]:
    """The libpq options the user set for ``spec``: in the URL or ``key=value`` conninfo,
    and in the service file its ``service=`` names (libpq lets explicit options win over
    the service file, so ours must not be passed where the file sets its own)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        given = conninfo_to_dict(spec)
    except Exception:  # a malformed name: libpq says why when it connects
        return set()
    service = given.get("service") or os.environ.get("PGSERVICE")
    return set(given) | (_service_options(str(service)) if service else set())


def _service_options(name: str) -> set[str]:
    """The options the service ``name`` sets, read where libpq reads it: PGSERVICEFILE
    (else ~/.pg_service.conf, on Windows %APPDATA%\\postgresql\\.pg_service.conf) first,
    then pg_service.conf in PGSYSCONFDIR (else Debian's /etc/postgresql-common)."""
    if os.environ.get("PGSERVICEFILE"):
        user_file = Path(os.environ["PGSERVICEFILE"])
    elif os.name == "nt":
        user_file = Path(os.environ.get("APPDATA", "~")) / "postgresql" / ".pg_service.conf"
    else:
        user_file = Path("~/.pg_service.conf")
    system_dir = os.environ.get("PGSYSCONFDIR", "/etc/postgresql-common")
    for path in (user_file.expanduser(), Path(system_dir) / "pg_service.conf"):
        keys = _service_section(path, name)
        if keys is not None:
            return keys
    return set()


def _service_section(path: Path, name: str) -> set[str] | None:
    """The keys of section ``[name]`` in the service file ``path`` (None: no such section
    or no readable file); libpq's format, ``#`` comments and ``key=value`` lines."""
    try:
        lines = path.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    keys: set[str] | None = None
    inside = False
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            if inside:
                break
            inside = line == f"[{name}]"
            keys = set() if inside else keys
        elif inside and keys is not None and "=" in line:
            keys.add(line.split("=", 1)[0].strip())
    return keys


def check_settings_value(spec: str) -> None:
    """Refuse a library URL with a password in it (``wang:secret@``, ``?password=``) for
    the settings file."""
    if has_password(spec):
        raise LibraryError(
            "团队资料库地址里不能写密码：请把密码放在 ~/.pgpass（或 pg_service.conf、系统钥匙串）里，"
            f"地址只写 {_without_password(spec)}"
        )


def _without_password(spec: str) -> str:
    """``spec`` with its password left out (not masked): what to write instead."""
    shown = describe(spec).replace(":***@", "@")
    shown = re.sub(r"(?i)[?&](?:ssl)?password=\*\*\*", "", shown)
    if "?" not in shown and "&" in shown:
        shown = shown.replace("&", "?", 1)
    return shown


class ConnectionLost(LibraryError):
    """The server went away in the middle of work (stopped, restarted, the network cut):
    what was committed before is kept, the open transaction is rolled back by the server."""


# What libpq and psycopg say, and what it means to an office writer; tried in order, the
# first found wins. ``{host}`` is the server as the library's name gives it.
_REASONS = (
    (
        (
            "terminating connection",
            "server closed the connection",
            "connection is lost",
            "consuming input failed",
            "could not receive data",
            "could not send data",
            "ssl syscall error",
            "eof detected",
            "the connection is closed",
            # the pool found no live connection in time: the server went away after
            # the library opened (the pool only exists once the first connection worked)
            "couldn't get a connection",
        ),
        "与团队资料库的连接中断了（服务器停止、重启，或网络断开）",
    ),
    (
        ("could not translate host name", "failed to resolve host"),
        "找不到服务器 {host}（服务器名写错了，或网络、DNS 不通）",
    ),
    (("connection refused",), "服务器 {host} 拒绝连接（PostgreSQL 没有运行，或端口不对）"),
    (("certificate",), "服务器证书验证失败（请核对 sslrootcert 和服务器名）"),
    (("no such file or directory",), "本机的数据库服务没有运行（找不到它的套接字）"),
    (
        ("timeout expired", "timed out"),
        "连接服务器 {host} 超时（服务器关机、不在同一网络，或防火墙挡住了端口）",
    ),
    (("no route to host", "network is unreachable"), "网络不通，到不了服务器 {host}"),
    (
        ("password authentication failed",),
        "密码不对（请核对 ~/.pgpass、pg_service.conf 或系统钥匙串里的密码）",
    ),
    (
        ("no password supplied", "fe_sendauth"),
        "服务器要求密码，但没有找到（请放在 ~/.pgpass、pg_service.conf 或系统钥匙串里）",
    ),
    (("no pg_hba.conf entry",), "服务器不允许从这台电脑连接（请管理员在 pg_hba.conf 里放行）"),
    (("does not exist",), "服务器上没有这个数据库或用户（请核对地址里的数据库名和用户名）"),
    (("too many connections", "remaining connection slots"), "服务器的连接数已满，请稍后再试"),
    (("starting up", "shutting down", "in recovery mode"), "服务器正在启动或关闭，请稍后再试"),
)


def server_name(spec: str) -> str:
    """The server a library's name points at, as the user wrote it (``db.office``;
    ``本机`` for a socket folder; the service name for ``service=…``)."""
    if spec.startswith("service="):
        return spec.split()[0].removeprefix("service=") + " 服务所指的服务器"
    parts = urlsplit(spec)
    host = parts.hostname or next(iter(parse_qs(parts.query).get("host", [])), "") or "localhost"
    if host.startswith("/"):
        return "本机"
    port = parts.port
    return f"{host}:{port}" if port else host


def connection_error(spec: str, exc: Exception) -> LibraryError:
    """One line in Chinese for a failed or lost connection, naming the library and its
    server, with what the server or libpq said in brackets when it adds something. Never a
    password: the name is shown as :func:`describe` shows it, and a password the name
    carries is struck from the server's text too. A connection lost in the middle of work
    is :class:`ConnectionLost`."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    for secret in _secrets(spec):
        text = text.replace(secret, "***")
    lowered = text.lower()
    for needles, reason in _REASONS:
        if any(n in lowered for n in needles):
            said = reason.format(host=server_name(spec))
            if reason.startswith("与团队资料库的连接中断"):
                return ConnectionLost(f"{describe(spec)}: {said}")
            return LibraryError(f"{describe(spec)}: 无法连接团队资料库：{said}")
    return LibraryError(f"{describe(spec)}: 无法连接团队资料库（{text}）")


def _secrets(spec: str) -> list[str]:
    """The passwords a library's name carries (to strike them from any text shown)."""
    return [s for s in passwords(spec) if len(s) >= 3]
