"""Reading documents: readers, cleaning, metadata and outline. No Qt below this package."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.lazy_names import import_home

if TYPE_CHECKING:
    from drafter.corpus.load import load_document, parse_text
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

# Each public name and the module that defines it, imported on first use (see __getattr__).
_HOMES = {
    "Block": "model",
    "Document": "model",
    "Metadata": "model",
    "Outline": "model",
    "Paragraph": "model",
    "RawDocument": "model",
    "ReadError": "model",
    "Section": "model",
    "load_document": "load",
    "parse_text": "load",
}

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
    """Every public name on first use (PEP 562). Importing any ``drafter.corpus.*`` module
    runs this file first: an eager import of the loader here (every reader and the cleaning
    pipeline, lxml, ~2,000 compiled patterns) cost every command a second of CPU, and one of
    the model (some thirty dataclasses) still cost ``drafter --help``, which needs only the
    names of a document's header fields (:mod:`drafter.corpus.meta_fields`)."""
    return import_home(__name__, _HOMES, globals(), name)
