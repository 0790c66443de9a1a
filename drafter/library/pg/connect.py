"""Connecting to the team library's server: the user's URL or libpq service name, with
the password from libpq's own sources (~/.pgpass, PGPASSFILE, a service file) or the
system keyring, never from Drafter's settings; TLS options pass straight to libpq."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from drafter.library.location import describe, has_password, passwords, without_password
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


# How long one attempt to reach the server may take when the user set no connect_timeout
# (psycopg enforces it per address, itself: a name with an IPv4 and an IPv6 address that
# both stay silent takes twice as long). Without it psycopg waits 130 s, and it read no
# connect_timeout from a service file. A TLS connection with a password takes about six
# round trips (some 1.2 s over a VPN at 200 ms; through tests/pg_slow_link.py at 1 s a
# round trip, a socket with no TLS took 1.0 s), a lost SYN is sent again after 1 s and
# 3 s: ten seconds
# leave a slow or flapping link its retries, so a live server is not given up on (a shorter
# wait would fail where this one gets through, and the writer would only try again, one
# more connection on a strained link). The writer is told sooner: :func:`connect`.
CONNECT_SECONDS = 10

# A server silent this long while connecting is said to be so (the command line's first
# answer, :func:`connect`'s ``on_silent``); the wait goes on up to the connect timeout.
SILENT_SECONDS = 3.0


def connect_kwargs(spec: str) -> dict:
    """Keyword arguments for psycopg besides the conninfo: the keyring password when the
    URL has none (libpq still prefers ~/.pgpass when no password is given at all),
    :data:`KEEPALIVES` where the user's own conninfo (or its service) sets none, so a
    silently dropped network is noticed in seconds, not minutes, the connect timeout
    (:func:`connect_seconds`) and "drafter" as the session's name where the user gave
    none."""
    # libpq's fallback: the server names the session "drafter" unless the user named it
    # (application_name in the URL, the conninfo or the service file, or PGAPPNAME); an
    # application_name given here overrode theirs, which their DBA's monitoring relies on
    kwargs: dict = {"fallback_application_name": "drafter"}
    given = _given_options(spec)
    kwargs.update({k: v for k, v in KEEPALIVES.items() if k not in given})
    kwargs["connect_timeout"] = str(connect_seconds(spec))
    if spec.startswith("service="):
        return kwargs
    parts = urlsplit(spec)
    if parts.password is None and "password" not in parse_qs(parts.query):
        password = keyring_password(spec)
        if password:
            kwargs["password"] = password
    return kwargs


def connect_seconds(spec: str) -> int:
    """How long one attempt to reach the server may take: the user's ``connect_timeout``
    (in the URL or conninfo, ``PGCONNECT_TIMEOUT``, or the service's section, which psycopg
    itself does not read), else :data:`CONNECT_SECONDS`; at least 2, as libpq counts."""
    given = _given_values(spec).get("connect_timeout") or os.environ.get("PGCONNECT_TIMEOUT")
    try:
        seconds = int(float(given)) if given else CONNECT_SECONDS
    except ValueError:  # libpq says what is wrong with it when it connects
        seconds = CONNECT_SECONDS
    return CONNECT_SECONDS if seconds <= 0 else max(2, seconds)


def connect(spec: str, *, on_silent=None, **options):
    """A direct connection to the server (``options`` for psycopg, over
    :func:`connect_kwargs`). ``on_silent()`` is called once, from a timer thread, when the
    server has not answered within :data:`SILENT_SECONDS` and the connect timeout is
    longer: a server that is away is then said at once, while a slow or flapping link
    still gets the whole timeout. Before, a command against a silent server said nothing
    until the timeout ran out, ten seconds and more after the writer pressed Enter."""
    import psycopg

    kwargs = {**connect_kwargs(spec), **options}
    timer = None
    if on_silent is not None and connect_seconds(spec) > SILENT_SECONDS:
        timer = threading.Timer(SILENT_SECONDS, on_silent)
        timer.daemon = True
        timer.start()
    try:
        return psycopg.connect(spec, **kwargs)
    finally:
        if timer is not None:
            timer.cancel()


def _given_options(spec: str) -> set[str]:
    """The libpq options the user set for ``spec``: in the URL or ``key=value`` conninfo,
    and in the service file its ``service=`` names (libpq lets explicit options win over
    the service file, so ours must not be passed where the file sets its own)."""
    return set(_given_values(spec))


def _given_values(spec: str) -> dict[str, str]:
    """The options the user set for ``spec`` with their values: the service file's under
    those of the URL or conninfo, which libpq lets win."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        given = conninfo_to_dict(spec)
    except Exception:  # a malformed name: libpq says why when it connects
        return {}
    service = given.get("service") or os.environ.get("PGSERVICE")
    from_service = _service_options(str(service)) if service else {}
    return {**from_service, **{k: str(v) for k, v in given.items()}}


def _service_options(name: str) -> dict[str, str]:
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
        options = _service_section(path, name)
        if options is not None:
            return options
    return {}


def _service_section(path: Path, name: str) -> dict[str, str] | None:
    """The options of section ``[name]`` in the service file ``path`` (None: no such
    section or no readable file); libpq's format, ``#`` comments and ``key=value`` lines."""
    try:
        lines = path.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    options: dict[str, str] | None = None
    inside = False
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            if inside:
                break
            inside = line == f"[{name}]"
            options = {} if inside else options
        elif inside and options is not None and "=" in line:
            key, value = line.split("=", 1)
            options[key.strip()] = value.strip()
    return options


def check_settings_value(spec: str) -> None:
    """Refuse a library URL with a password in it (``wang:secret@``, ``?password=``) for
    the settings file."""
    if has_password(spec):
        raise LibraryError(
            "团队资料库地址里不能写密码：请把密码放在 ~/.pgpass（或 pg_service.conf、系统钥匙串）里，"
            f"地址只写 {without_password(spec)}"
        )


class ConnectionLost(LibraryError):
    """The server went away in the middle of work (stopped, restarted, the network cut):
    what was committed before is kept, the open transaction is rolled back by the server."""


class ServerUnreachable(LibraryError):
    """The server could not be reached at all: not running, refusing, silent, its name not
    found, no route to it, starting up or full. Most often a passing state (the server
    restarting, a laptop off the office network), unlike a wrong password or database
    name, so it is said as 团队资料库暂时连不上 and the command line adds what to do
    (:data:`AWAY_NOTE`)."""


class ServerNotFound(LibraryError):
    """The server's name did not resolve: most often mistyped (db.offfice), so it is said
    with 请核对服务器地址 and, unlike :class:`ServerUnreachable`, not tried again by
    itself: trying a wrong name every few seconds mends nothing."""


# What the command line adds to a ServerUnreachable line: the writer's next step.
AWAY_NOTE = "请稍后再运行同一命令；一直连不上，请告诉管理员"

_LOST, _AWAY, _SETUP, _HOST = "lost", "away", "setup", "host"

# What libpq and psycopg say, what it means to an office writer and which kind of failure
# it is; tried in order, the first found wins. ``{host}`` is the server as the library's
# name gives it.
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
        _LOST,
    ),
    (
        ("could not translate host name", "failed to resolve host"),
        "找不到服务器 {host}：请核对服务器地址；地址没错的话，是网络或 DNS 不通",
        _HOST,
    ),
    (
        ("connection refused",),
        "服务器 {host} 拒绝连接（PostgreSQL 没有运行，或端口不对）",
        _AWAY,
    ),
    (("certificate",), "服务器证书验证失败（请核对 sslrootcert 和服务器名）", _SETUP),
    (("no such file or directory",), "本机的数据库服务没有运行（找不到它的套接字）", _AWAY),
    (
        ("timeout expired", "timed out"),
        "连接服务器 {host} 超时（服务器关机、不在同一网络，或防火墙挡住了端口）",
        _AWAY,
    ),
    (("no route to host", "network is unreachable"), "网络不通，到不了服务器 {host}", _AWAY),
    (
        ("password authentication failed",),
        "密码不对（请核对 ~/.pgpass、pg_service.conf 或系统钥匙串里的密码）",
        _SETUP,
    ),
    (
        ("no password supplied", "fe_sendauth"),
        "服务器要求密码，但没有找到（请放在 ~/.pgpass、pg_service.conf 或系统钥匙串里）",
        _SETUP,
    ),
    (
        ("no pg_hba.conf entry",),
        "服务器不允许从这台电脑连接（请管理员在 pg_hba.conf 里放行）",
        _SETUP,
    ),
    (
        ('database "{name}" does not exist',),
        "服务器上没有数据库 {name}：请核对地址里的数据库名；名字没错的话，请让管理员建库",
        _SETUP,
    ),
    (
        ('role "{name}" does not exist',),
        "服务器上没有用户 {name}：请核对地址里的用户名；名字没错的话，请让管理员为你建账号",
        _SETUP,
    ),
    (
        ("does not exist",),
        "服务器上没有这个数据库或用户（请核对地址里的数据库名和用户名）",
        _SETUP,
    ),
    (
        ("too many connections", "remaining connection slots"),
        "服务器的连接数已满",
        _AWAY,
    ),
    (
        ("starting up", "shutting down", "in recovery mode"),
        "服务器正在启动或关闭",
        _AWAY,
    ),
)


def silent_note(spec: str, how_to_stop: str = "") -> str:
    """What a writer is told when ``spec``'s server has been silent for
    :data:`SILENT_SECONDS` while connecting (``connect``'s ``on_silent``): the server named
    and that the wait goes on. One wording for the command line and the window, each
    adding ``how_to_stop`` where it has one (Ctrl+C on the command line)."""
    return (
        f"团队资料库的服务器 {server_name(spec)} {SILENT_SECONDS:g} 秒没有应答，"
        f"再等一会儿{how_to_stop}…"
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
    is :class:`ConnectionLost`; a server not reached at all (away for now, as far as the
    client can tell) is :class:`ServerUnreachable`; a server name that does not resolve
    is :class:`ServerNotFound` (to correct, not to wait for)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    for secret in _secrets(spec):
        text = text.replace(secret, "***")
    for needles, reason, kind in _REASONS:
        name = next((n for n in (_named(n, text) for n in needles) if n is not None), None)
        if name is not None:
            said = _from_password_file(spec, needles) or reason.format(
                host=server_name(spec), name=name
            )
            if kind == _HOST:
                return ServerNotFound(f"{describe(spec)}: 无法连接团队资料库：{said}")
            if kind == _LOST:
                return ConnectionLost(f"{describe(spec)}: {said}")
            if kind == _AWAY:
                return ServerUnreachable(f"{describe(spec)}: 团队资料库暂时连不上：{said}")
            return LibraryError(f"{describe(spec)}: 无法连接团队资料库：{said}")
    return LibraryError(f"{describe(spec)}: 无法连接团队资料库（{text}）")


def _from_password_file(spec: str, needles: tuple[str, ...]) -> str:
    """For a password refused or not found, what the writer's password file says about it
    (:mod:`~drafter.library.pg.pgpass`: its permissions, a line that nearly fits, the line
    that gave a wrong password), else "". A password from the keyring is not the file's."""
    if needles[0] not in ("password authentication failed", "no password supplied"):
        return ""
    from drafter.library.pg import pgpass

    given = _given_values(spec)
    if needles[0] == "no password supplied":
        return pgpass.missing_password(given)
    if spec.startswith("service=") or keyring_password(spec) is None:
        return pgpass.wrong_password(given)
    return ""


def _named(needle: str, text: str) -> str | None:
    """Whether libpq's ``text`` says ``needle`` (case aside): the name it quotes where the
    needle has ``{name}`` (database "nodb" does not exist -> nodb), "" for a plain needle
    found, None when it does not say it."""
    if "{name}" not in needle:
        return "" if needle in text.lower() else None
    head, tail = needle.split("{name}")
    found = re.search(re.escape(head) + "(.+?)" + re.escape(tail), text, re.IGNORECASE)
    return found.group(1) if found else None


def _secrets(spec: str) -> list[str]:
    """The passwords a library's name carries (to strike them from any text shown)."""
    return [s for s in passwords(spec) if len(s) >= 3]
