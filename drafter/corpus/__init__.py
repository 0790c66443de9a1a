"""Reading documents: readers, cleaning, metadata and outline. No Qt below this package."""

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
