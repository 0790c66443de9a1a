"""The document library and its search. One interface (:class:`LibraryBackend`), two
implementations: a local folder (SQLite catalogue + Whoosh/jieba paragraph index,
:class:`Library`) and a team library on PostgreSQL (``drafter.library.pg``). Open either
with :func:`open_library`. No Qt here; the desktop app and the command line both use it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.library.location import describe, is_database_spec
from drafter.library.model import (
    CorrectionsChanged,
    DocumentInfo,
    ImportProgress,
    LibraryBusy,
    LibraryError,
    QueryError,
    SearchHit,
    SearchResults,
    ServerAway,
)

if TYPE_CHECKING:
    from drafter.library.backend import LibraryBackend
    from drafter.library.library import Library
    from drafter.library.opener import open_library

__all__ = [
    "CorrectionsChanged",
    "DocumentInfo",
    "ImportProgress",
    "Library",
    "LibraryBackend",
    "LibraryBusy",
    "LibraryError",
    "QueryError",
    "SearchHit",
    "SearchResults",
    "ServerAway",
    "describe",
    "is_database_spec",
    "open_library",
]


def __getattr__(name: str) -> object:
    """``Library``, ``LibraryBackend`` and ``open_library`` on first use (PEP 562): behind
    them stand the document reader, the index builder, Whoosh and jieba (about a second of
    CPU to import), while most importers of this package want an error class or a model
    dataclass (every ``drafter`` command imports ``LibraryError``) and never open a library."""
    if name == "Library":
        from drafter.library.library import Library as value
    elif name == "LibraryBackend":
        from drafter.library.backend import LibraryBackend as value
    elif name == "open_library":
        from drafter.library.opener import open_library as value
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
