"""The reading pipeline: file -> raw blocks -> clean -> metadata -> outline -> Document."""

from __future__ import annotations

from pathlib import Path

from drafter.corpus.apparatus import split_apparatus
from drafter.corpus.bounds import can_time_limit, read_seconds, time_limit
from drafter.corpus.clean import clean_blocks
from drafter.corpus.metadata import extract_metadata
from drafter.corpus.model import Block, Document, RawDocument
from drafter.corpus.outline import parse_outline
from drafter.corpus.readers import read_file

WORD_FORMATS = frozenset({"docx", "doc", "wps", "rtf"})
# Formats whose blocks are whole paragraphs (never re-joined like lines of a text file).
PARAGRAPH_FORMATS = WORD_FORMATS | {"html", "mhtml"}


def build_document(raw: RawDocument) -> Document:
    """Clean, read metadata from and outline a document a reader has produced."""
    # Word paragraphs are paragraphs; lines of text files and PDF pages may be cut anywhere.
    cleaned = clean_blocks(raw.blocks, paragraphs=raw.format in PARAGRAPH_FORMATS)
    # the editor's and the website's additions go aside before the header is read
    split = split_apparatus(cleaned.blocks)
    meta = extract_metadata(split.blocks, cleaned.removed)
    outline = parse_outline(meta.body)
    for key, value in raw.hints.items():  # what the file says outside its text
        if hasattr(meta.metadata, key) and not getattr(meta.metadata, key):
            setattr(meta.metadata, key, value)
    warnings = [*raw.warnings, *cleaned.warnings, *meta.warnings, *outline.warnings]
    return Document(
        path=raw.path,
        format=raw.format,
        metadata=meta.metadata,
        outline=outline.outline,
        raw_text=raw.text,
        warnings=warnings,
        encoding=raw.encoding,
        apparatus=split.apparatus,
    )


def load_document(path: str | Path) -> Document:
    """Read any supported file into a Document. Raises ReadError with a one-line message.

    Reading, cleaning and outlining run under the time limit of
    :func:`drafter.corpus.bounds.read_seconds` (see that module for why); off the main
    thread, where that limit cannot act, in a worker process (:mod:`.isolated`)."""
    if not can_time_limit():
        from drafter.corpus import isolated

        if isolated.isolation_available():
            # off the main thread no alarm can stop a reader: read in a worker process
            return isolated.load_in_worker(path)
    with time_limit(read_seconds(path), Path(path).name):
        return build_document(read_file(path))


def parse_text(text: str, path: str = "<text>") -> Document:
    """Run the pipeline on text already in memory (tests, pasted text, benchmarks)."""
    blocks = [Block(line) for line in text.splitlines()]
    return build_document(RawDocument(path=path, format="txt", blocks=blocks))
