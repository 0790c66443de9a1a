"""The document library and its search. One interface (:class:`LibraryBackend`), two
implementations: a local folder (SQLite catalogue + Whoosh/jieba paragraph index,
:class:`Library`) and a team library on PostgreSQL (``drafter.library.pg``). Open either
with :func:`open_library`. No Qt here; the desktop app and the command line both use it."""

from drafter.library.backend import LibraryBackend
from drafter.library.library import Library
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
