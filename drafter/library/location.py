"""What names a library: a folder, or a database server (a ``postgresql://`` URL or a libpq
``service=NAME``), and how that name is shown to the user (a URL without its password).

The bottom of the library package's naming: the opener and the PostgreSQL backend both
read it, so neither has to import the other.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit, urlunsplit

# which library a command works on, in a module light enough for any command to ask
from drafter.library_choice import (  # noqa: F401  (the names this module always offered)
    DATABASE_SCHEMES,
    ENV_VAR,
    chosen_library,
    is_database_spec,
    user_library_folder,
)

# The catalogue file a local library folder holds: named here, at the bottom of the package,
# so the opener can tell a folder with no library from one without importing the backend.
CATALOG_NAME = "catalog.sqlite3"

# a password given as a parameter: ``?password=…`` in a URL (libpq takes it there too),
# ``password=…`` after a service name; ``sslpassword`` (the client key's) alike
_PASSWORD_PARAMETER = re.compile(r"(?i)((?:^|[?&\s])(?:ssl)?password\s*=\s*)([^&\s]*)")


def describe(spec: str | Path) -> str:
    """``spec`` as shown to the user and written to logs: a URL loses its password, in
    its address (``wang:secret@``) or as a parameter (``?password=secret``)."""
    text = str(spec)
    if not is_database_spec(text):
        return text
    text = _PASSWORD_PARAMETER.sub(r"\1***", text)
    if text.startswith("service="):
        return text
    parts = urlsplit(text)
    if parts.password is None:
        return text
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[-1]}"))


def shown_name(spec: str | Path) -> str:
    """The name a user recognises a library by: a folder's full path (a relative one as
    ``make run``'s ``.drafter-library`` resolved against where the app started), a team
    library's server and database (``db.office/drafter``, ``db.office:5433/drafter``), a
    ``service=NAME``'s NAME. Never a password, nor the user name a URL carries.

    Why not :func:`describe`: that is the whole spec for logs; the status bar said only
    资料库 and the tooltip ``.drafter-library``, which names no place a user can find.
    """
    text = str(spec).strip()
    if not is_database_spec(text):
        return str(Path(text).expanduser().absolute())
    if text.startswith("service="):
        return _PASSWORD_PARAMETER.sub("", text[len("service=") :]).split()[0]
    parts = urlsplit(text)
    query = parse_qs(parts.query)
    try:
        host = parts.hostname or (query.get("host") or [""])[0]
        port = parts.port or (query.get("port") or [None])[0]
    except ValueError:  # a port that is no number: show the address as written
        host, port = parts.netloc.rsplit("@", 1)[-1], None
    if not host or host.startswith("/") or host in ("localhost", "127.0.0.1", "::1"):
        host = "本机"
    elif port and str(port) != "5432":
        host = f"{host}:{port}"
    database = parts.path.lstrip("/") or (query.get("dbname") or [""])[0] or parts.username
    return f"{host}/{database}" if database else host


def has_password(spec: str | Path) -> bool:
    """True when a library's name carries a password (in the address or as a parameter):
    it must not go into the settings file, and the keyring is not asked for another."""
    text = str(spec)
    if not is_database_spec(text):
        return False
    if _PASSWORD_PARAMETER.search(text):
        return True
    return not text.startswith("service=") and urlsplit(text).password is not None


def passwords(spec: str | Path) -> list[str]:
    """The passwords a library's name carries, as parameters or in its URL's address: what
    no text shown to the user may hold (a server's error message can quote the name)."""
    text = str(spec)
    found = [m.group(2) for m in _PASSWORD_PARAMETER.finditer(text) if m.group(2)]
    if text.startswith(("postgresql://", "postgres://")) and urlsplit(text).password:
        found.append(urlsplit(text).password)
    return found


def without_password(spec: str | Path) -> str:
    """``spec`` with its password left out (not masked, as :func:`describe` does): what the
    settings may keep of a URL given with one, libpq then finding the password in
    ~/.pgpass, a service file or the keyring."""
    shown = describe(spec).replace(":***@", "@")
    shown = re.sub(r"(?i)[?&](?:ssl)?password=\*\*\*", "", shown)
    if "?" not in shown and "&" in shown:
        shown = shown.replace("&", "?", 1)
    return shown
