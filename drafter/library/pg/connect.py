"""Connecting to the team library's server: the user's URL or libpq service name, with
the password from libpq's own sources (~/.pgpass, PGPASSFILE, a service file) or the
system keyring, never from Drafter's settings; TLS options pass straight to libpq."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from drafter.library.location import describe
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


def connect_kwargs(spec: str) -> dict:
    """Keyword arguments for psycopg besides the conninfo: the keyring password when the
    URL has none (libpq still prefers ~/.pgpass when no password is given at all)."""
    kwargs: dict = {"application_name": "drafter"}
    if spec.startswith("service="):
        return kwargs
    if urlsplit(spec).password is None:
        password = keyring_password(spec)
        if password:
            kwargs["password"] = password
    return kwargs


def check_settings_value(spec: str) -> None:
    """Refuse a library URL with a password in it for the settings file."""
    if spec.startswith(("postgresql://", "postgres://")) and urlsplit(spec).password:
        raise LibraryError(
            "团队资料库地址里不能写密码：请把密码放在 ~/.pgpass（或 pg_service.conf、系统钥匙串）里，"
            f"地址只写 {describe(spec).replace(':***', '')}"
        )


def connection_error(spec: str, exc: Exception) -> LibraryError:
    """A one-line message for a failed connection (no password in it)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return LibraryError(f"{describe(spec)}: 无法连接团队资料库（{text}）")
