"""What names a library: a folder, or a database server (a ``postgresql://`` URL or a libpq
``service=NAME``), and how that name is shown to the user (a URL without its password).

The bottom of the library package's naming: the opener and the PostgreSQL backend both
read it, so neither has to import the other.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ENV_VAR = "DRAFTER_LIBRARY"
DATABASE_SCHEMES = ("postgresql://", "postgres://")


def is_database_spec(spec: str | Path | None) -> bool:
    """True when ``spec`` names a database server (a ``postgresql://`` URL or a libpq
    ``service=NAME`` from pg_service.conf) rather than a folder."""
    if spec is None or isinstance(spec, Path):
        return False
    text = str(spec).strip()
    return text.lower().startswith(DATABASE_SCHEMES) or text.startswith("service=")


def describe(spec: str | Path) -> str:
    """``spec`` as shown to the user and written to logs: a URL loses its password."""
    text = str(spec)
    if not is_database_spec(text) or text.startswith("service="):
        return text
    parts = urlsplit(text)
    if parts.password is None:
        return text
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[-1]}"))
