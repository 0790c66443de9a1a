"""Readers: one module per file format, dispatched by extension. (STUB: to be replaced.)"""

from __future__ import annotations

from pathlib import Path

from drafter.corpus.model import Block, RawDocument, ReadError

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".doc", ".wps", ".rtf")


def read_file(path: str | Path) -> RawDocument:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReadError(f"{p.name}: {exc}") from exc
    return RawDocument(str(p), "txt", [Block(line) for line in text.splitlines()], "utf-8")
