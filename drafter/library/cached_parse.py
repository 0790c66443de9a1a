"""The cached parse of a document: the whole :class:`Document` kept with its row as
compressed JSON, so a document opens, and the library re-indexes, even when its source file
has moved or gone.

Both libraries keep it (the local catalogue's ``data`` column, the team library's), and
both read it back through :func:`cached_or_read`, which falls back to the file when an
older Drafter wrote a cache this model no longer reads.
"""

from __future__ import annotations

import contextlib
import json
import zlib
from dataclasses import asdict, fields

from drafter.corpus.model import Apparatus, Document, Metadata, Outline, Section


def encode_document(doc: Document) -> bytes:
    """A Document as compressed JSON (everything, including raw text and run-in flags)."""
    data = asdict(doc)
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 1)


def decode_document(blob: bytes) -> Document:
    """The inverse of :func:`encode_document`, tolerant of fields added to the model."""
    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    outline = data.get("outline") or {}
    return Document(
        **_known(
            Document,
            {
                **data,
                "metadata": Metadata(**_known(Metadata, data.get("metadata") or {})),
                "outline": Outline(
                    preamble=list(outline.get("preamble", [])),
                    sections=[Section.from_json(s) for s in outline.get("sections", [])],
                    closing=list(outline.get("closing", [])),
                    confidence=float(outline.get("confidence", 1.0)),
                    doubts=list(outline.get("doubts", [])),
                ),
                "apparatus": Apparatus.from_json(data.get("apparatus")),
            },
        )
    )


def cached_or_read(blob: bytes | None, path: str) -> Document:
    """A document from its cached parse, or read from its file when there is no cache or
    an older Drafter wrote one this model no longer reads: what both libraries' ``load``
    start from (the file itself may be gone; the cache is what makes that fine)."""
    if blob:
        with contextlib.suppress(Exception):  # written by an older Drafter: read the file
            return decode_document(blob)
    from drafter.corpus.load import load_document  # local: see build.read_task

    return load_document(path)


def _known(cls, values: dict) -> dict:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in values.items() if k in names}
