"""What both libraries share below their interface (drafter/library/backend.py): the
token of a document's version, the corrections' refusal when a colleague wrote first, the
readings of the index's stored state, the check of a folder to watch or sync, and the
shapes a document takes between a library and its storage (:class:`StoredDocument`) or
another library (:data:`Record`). Written once so the local folder and the team library
cannot drift apart; the interface module stays the contract alone.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import NamedTuple

from drafter.library.model import CorrectionsChanged, DocumentInfo, LibraryError

# One document as it moves between libraries (``drafter library copy``): its catalogue
# record, the size and modification time of its file, and its cached parse (compressed
# JSON, see :func:`drafter.library.cached_parse.encode_document`).
Record = tuple[DocumentInfo, int, int, bytes | None]


def document_version(
    sha256: str, path: str, paragraphs: int, chars: int, ops: list[dict] | None
) -> str:
    """A short token of what one document reads as: its content, where its file is, the
    size of its parse and the corrections replayed on it. Anything derived from the loaded
    document (review's reuse index) is outdated for that document when the token changes:
    a sync that re-read the file, a re-read by newer reading code (the parse's counts
    change), a correction stored or undone, a moved file. The same state gives the same
    token in both backends."""
    h = hashlib.blake2b(digest_size=8)
    h.update(f"{sha256}\0{path}\0{paragraphs}\0{chars}\0".encode())
    if ops:
        h.update(json.dumps(ops, sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()


def replacing(ops: list[dict], base: list[dict] | None, refused: str):
    """What ``set_corrections`` stores, given the stored list under the write lock: ``ops``,
    unless ``base`` (the list the caller read) is given and the stored one is no longer it,
    then :class:`CorrectionsChanged` saying ``refused`` (both libraries refuse alike; only
    their words differ, a colleague's edit or another window's)."""

    def replace(stored: list[dict]) -> list[dict]:
        if base is not None and stored != list(base):
            raise CorrectionsChanged(refused)
        return list(ops)

    return replace


def holds_literal(index_format: str | None) -> bool:
    """Whether an index of this format holds literal grams (format 2 or later; a library
    from before formats has none, "1"): only then do words and phrases compile to literal
    matches (see :mod:`drafter.library.query_compile`). Both libraries read the format so."""
    try:
        return int(index_format or "1") >= 2
    except ValueError:
        return False


def indexed_words(raw: str | None) -> list[str]:
    """The user words an index was built with, from the state value that stores them (a
    JSON list, or nothing before the first build): one reading for both libraries, which
    must cut queries as their index was cut."""
    return sorted(json.loads(raw)) if raw else []


def existing_folder(folder: str | Path) -> Path:
    """``folder`` (``~`` expanded) when it is a folder, else :class:`LibraryError` naming
    it and what it is instead: watching and syncing refuse a file or a missing path alike,
    before anything is stored or read."""
    path = Path(folder).expanduser()
    if not path.is_dir():
        said = "not a folder" if path.exists() else "no such folder"
        raise LibraryError(f"{folder}: {said}")
    return path


class StoredDocument(NamedTuple):
    """What a library keeps of one document that loading it and judging its corrections
    both need, read in one go by each backend's :meth:`LibraryBackend._stored`: the rest
    (replaying, flagging stale corrections) is written once in :class:`LibraryBackend`."""

    sha256: str  # the content the document now has
    path: str  # its file, read when the cached parse is missing or unreadable
    data: bytes | None  # the cached parse (compressed JSON), None when there is none
    ops: list[dict]  # its corrections: made on this content, else on the file's earlier one
    made_on: str | None  # the content hash ``ops`` were made on, None without corrections
    author: str | None = None  # who stored ``ops`` last (None: unknown, an old row)
    authors: dict | None = None  # who made each step of ``ops`` (correction_authors)
