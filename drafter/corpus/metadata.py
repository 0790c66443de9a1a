"""Metadata from the header zone of a document. (STUB: to be replaced.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.corpus.model import Block, Metadata


@dataclass
class MetadataResult:
    metadata: Metadata
    body: list[Block]  # the blocks after the header zone
    warnings: list[str] = field(default_factory=list)


def extract_metadata(
    blocks: list[Block], removed: list[tuple[str, Block]] | None = None
) -> MetadataResult:
    if not blocks:
        return MetadataResult(Metadata(), [])
    return MetadataResult(Metadata(title=blocks[0].text), blocks[1:])
