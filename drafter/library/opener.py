"""One way in: :func:`open_library` turns what the user gave (``--library``,
``$DRAFTER_LIBRARY``, the 资料库 preference) into a library, a local folder or a team
library on a PostgreSQL server, so no caller has to know which."""

from __future__ import annotations

from pathlib import Path

from drafter.library.backend import LibraryBackend
from drafter.library.location import chosen_library, describe, is_database_spec

__all__ = ["chosen_library", "describe", "is_database_spec", "open_library"]


def open_library(spec: str | Path | None = None, create: bool = True, **options) -> LibraryBackend:
    """Open the library named by ``spec`` (None or blank: :func:`chosen_library`'s choice).

    ``options`` are the library options both backends take (``lock_timeout``,
    ``workers``, ``backend`` for the segmenter).
    """
    if spec is None or (isinstance(spec, str) and not spec.strip()):
        spec = chosen_library()
    if is_database_spec(spec):
        from drafter.library.pg import PgLibrary

        return PgLibrary.open(str(spec).strip(), create=create, **options)
    from drafter.library.library import Library

    return Library.open(Path(spec).expanduser(), create=create, **options)
