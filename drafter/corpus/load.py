"""Loading a document: a file (or text in memory) through the reading pipeline
(:mod:`drafter.corpus.pipeline`), in this process or in a worker process."""

from __future__ import annotations

from pathlib import Path

from drafter.corpus.bounds import can_time_limit, read_seconds
from drafter.corpus.model import Block, Document, RawDocument
from drafter.corpus.pipeline import build_document, read_within


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
    return read_within(path, read_seconds(path))


def parse_text(text: str, path: str = "<text>") -> Document:
    """Run the pipeline on text already in memory (tests, pasted text, benchmarks)."""
    blocks = [Block(line) for line in text.splitlines()]
    return build_document(RawDocument(path=path, format="txt", blocks=blocks))
