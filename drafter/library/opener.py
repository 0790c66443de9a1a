"""One way in: :func:`open_library` turns what the user gave (``--library``,
``$DRAFTER_LIBRARY``, the 资料库 preference) into a library, a local folder or a team
library on a PostgreSQL server, so no caller has to know which."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from drafter.library.backend import LibraryBackend

ENV_VAR = "DRAFTER_LIBRARY"
DATABASE_SCHEMES = ("postgresql://", "postgres://")


def is_database_spec(spec: str | Path | None) -> bool:
    """True when ``spec`` names a database server (a ``postgresql://`` URL or a libpq
    ``service=NAME`` from pg_service.conf) rather than a folder."""
    if spec is None or isinstance(spec, Path):
        return False
    text = str(spec).strip()
    return text.lower().startswith(DATABASE_SCHEMES) or text.startswith("service=")


def default_library_spec() -> str | Path:
    """``$DRAFTER_LIBRARY`` (a folder or a database URL) if set, else the user's data
    directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return env if is_database_spec(env) else Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("drafter", appauthor=False)) / "library"


def open_library(spec: str | Path | None = None, create: bool = True, **options) -> LibraryBackend:
    """Open the library named by ``spec`` (None: :func:`default_library_spec`).

    ``options`` are the library options both backends take (``lock_timeout``,
    ``workers``, ``backend`` for the segmenter).
    """
    if spec is None or (isinstance(spec, str) and not spec.strip()):
        spec = default_library_spec()
    if is_database_spec(spec):
        from drafter.library.pg import PgLibrary

        return PgLibrary.open(str(spec).strip(), create=create, **options)
    from drafter.library.library import Library

    return Library.open(Path(spec).expanduser(), create=create, **options)


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
