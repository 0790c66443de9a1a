"""Reading documents: readers, cleaning, metadata and outline. No Qt below this package."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.corpus.model import (
    Block,
    Document,
    Metadata,
    Outline,
    Paragraph,
    RawDocument,
    ReadError,
    Section,
)

if TYPE_CHECKING:
    from drafter.corpus.load import load_document, parse_text

__all__ = [
    "Block",
    "Document",
    "Metadata",
    "Outline",
    "Paragraph",
    "RawDocument",
    "ReadError",
    "Section",
    "load_document",
    "parse_text",
]


def __getattr__(name: str) -> object:
    """``load_document`` and ``parse_text`` on first use (PEP 562): the loader pulls in
    every reader and the cleaning pipeline (lxml, ~2,000 compiled patterns), and importing
    any ``drafter.corpus.*`` module runs this file first, so an eager import here cost
    every command, ``drafter --help`` included, a second of CPU before it did anything."""
    if name in ("load_document", "parse_text"):
        from drafter.corpus import load

        value = getattr(load, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
