"""Outline parsing: heading markers, levels, run-in headings. (STUB: to be replaced.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.corpus.model import Block, Outline


@dataclass
class OutlineResult:
    outline: Outline
    warnings: list[str] = field(default_factory=list)


def parse_outline(blocks: list[Block]) -> OutlineResult:
    return OutlineResult(Outline(preamble=[b.text for b in blocks]))
