"""Which library a command works on (:func:`chosen_library`) and whether a name is a team
library's server rather than a folder (:func:`is_database_spec`).

Outside the library package on purpose: importing ``drafter.library.location`` loads the
package (its backends, Whoosh, jieba: about a second), and ``drafter review`` or
``drafter templates`` must be able to ask which library was named without paying for it.
How a name is shown (passwords masked) stays in drafter/library/location.py.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "DRAFTER_LIBRARY"
DATABASE_SCHEMES = ("postgresql://", "postgres://")


def user_library_folder() -> Path:
    """The platform's per-user data folder for the library (``~/.local/share/drafter/library``
    on Linux): where a library lives when nothing names one, :func:`chosen_library`'s last
    choice."""
    import platformdirs

    return Path(platformdirs.user_data_dir("drafter", appauthor=False)) / "library"


def chosen_library(
    given: str | Path | None = None, preference: str | None = None, *, fallback: bool = True
) -> str | Path | None:
    """The library a command works on, in the one order every caller keeps: ``given`` (the
    ``--library`` option, or a 资料库 chosen in the window), else ``$DRAFTER_LIBRARY``, else the
    app's remembered ``preference`` (the command line passes none), else — with ``fallback``
    — the platform's per-user folder. A team library's name comes back as a stripped string,
    a folder as a Path with ``~`` expanded; None when nothing names one and ``fallback`` is
    off (the window then leaves the default folder to its opener, ``drafter review`` runs
    without a library).

    Why one function: the command line, ``drafter templates`` and ``drafter review`` each
    spelled the order out themselves, and the window a fourth time with the preference; an
    order changed in one place (a variable set to a team library's URL) went unnoticed in
    the others."""
    for value in (given, os.environ.get(ENV_VAR), preference):
        if value:
            return str(value).strip() if is_database_spec(value) else Path(value).expanduser()
    return user_library_folder() if fallback else None


def is_database_spec(spec: str | Path | None) -> bool:
    """True when ``spec`` names a database server (a ``postgresql://`` URL or a libpq
    ``service=NAME`` from pg_service.conf) rather than a folder."""
    if spec is None or isinstance(spec, Path):
        return False
    text = str(spec).strip()
    return text.lower().startswith(DATABASE_SCHEMES) or text.startswith("service=")
