"""Cleaning: boilerplate, page numbers, indentation, broken lines. (STUB: to be replaced.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.corpus.model import Block


@dataclass
class CleanResult:
    blocks: list[Block]
    warnings: list[str] = field(default_factory=list)
    # What cleaning took out, as (reason, block): metadata still reads 来源 lines and the
    # scraped summary line (for date conflicts) from here.
    removed: list[tuple[str, Block]] = field(default_factory=list)


def clean_blocks(blocks: list[Block]) -> CleanResult:
    out = [Block(b.text.strip(), b.heading_level, b.numbering, b.kind) for b in blocks]
    return CleanResult([b for b in out if b.text])
