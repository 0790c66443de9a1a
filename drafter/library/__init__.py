"""The document library and its search: a SQLite catalogue plus a Whoosh + jieba index of
paragraphs. No Qt here; the desktop app and the command line both use :class:`Library`."""

from drafter.library.library import Library, default_library_dir
from drafter.library.model import (
    DocumentInfo,
    ImportProgress,
    LibraryBusy,
    LibraryError,
    QueryError,
    SearchHit,
    SearchResults,
)

__all__ = [
    "DocumentInfo",
    "ImportProgress",
    "Library",
    "LibraryBusy",
    "LibraryError",
    "QueryError",
    "SearchHit",
    "SearchResults",
    "default_library_dir",
]
