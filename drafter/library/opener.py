"""One way in: :func:`open_library` turns what the user gave (``--library``,
``$DRAFTER_LIBRARY``, the 资料库 preference) into a library, a local folder or a team
library on a PostgreSQL server, so no caller has to know which."""

from __future__ import annotations

import os
from pathlib import Path

from drafter.library.backend import LibraryBackend
from drafter.library.location import ENV_VAR, describe, is_database_spec, user_library_folder

__all__ = ["default_library_spec", "describe", "is_database_spec", "named_library", "open_library"]


def default_library_spec() -> str | Path:
    """``$DRAFTER_LIBRARY`` (a folder or a database URL) if set, else the user's data
    directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return env if is_database_spec(env) else Path(env).expanduser()
    return user_library_folder()


def named_library(cli_value: str | None, preference: str | None) -> Path | str | None:
    """The library the desktop app opens: ``--library``, else ``$DRAFTER_LIBRARY``, else the
    资料库 preference. None means the platform's default folder, left for the opener to
    resolve off the GUI thread. A team library's URL is returned as it is (stripped), a
    folder as a Path with ``~`` expanded.

    Only the app weighs a preference; the command line's order stops at the variable
    (:func:`default_library_spec`, through commands/library_access.py)."""
    for value in (cli_value, os.environ.get(ENV_VAR), preference):
        if value:
            return value.strip() if is_database_spec(value) else Path(value).expanduser()
    return None


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
