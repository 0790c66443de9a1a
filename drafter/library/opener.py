"""One way in: :func:`open_library` turns what the user gave (``--library``,
``$DRAFTER_LIBRARY``, the 资料库 preference) into a library, a local folder or a team
library on a PostgreSQL server, so no caller has to know which."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from drafter.library.location import CATALOG_NAME, chosen_library, describe, is_database_spec
from drafter.library.model import NoLibraryHere

if TYPE_CHECKING:  # the backend on first open only: it brings Whoosh, jieba and the readers
    from drafter.library.backend import LibraryBackend

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
    root = Path(spec).expanduser()
    if not create and _surely_empty(root):
        raise NoLibraryHere(f"{root}: no Drafter library here")
    from drafter.library.library import Library

    return Library.open(root, create=create, **options)


def _surely_empty(root: Path) -> bool:
    """Whether ``root`` holds no library's catalogue, told without importing the backend:
    ``drafter review FILE`` with $DRAFTER_LIBRARY naming a folder that holds none paid about
    a second of CPU for Whoosh and jieba to learn it. A folder it cannot look into is not
    surely empty: the backend's open says why in its own words."""
    try:
        return not (root / CATALOG_NAME).exists()
    except OSError:
        return False
