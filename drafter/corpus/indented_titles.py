"""Titles set in like the body's paragraphs stand under the title set flush before them.

A text file marks its paragraphs with an indent (two full-width spaces) and sets its part
titles flush. When it has unnumbered titles of two ranks, the lower ones may be told only by
being set in like a paragraph: mao 论联合政府 puts ``我们的一般纲领`` and ``我们的具体纲领``
flush under its part 四, and the sub-titles of the programme (``　　彻底消灭日本侵略者
不许中途妥协``, ``　　人民的自由`` …) indented like its paragraphs. Their words give no rank
(each is a short line standing alone, as the flush ones are), so the outline put them all
on one level, and the programme's points stood beside the programme.

The indent is read only as a tie-breaker between those otherwise equal choices: an
unnumbered title indented as the body's paragraphs are, following a flush unnumbered title
of the same level with nothing of another kind at that level between them, goes one level
down, under it (and what stood under it with it). Only where the body does use the indent
as its paragraph mark (most paragraphs indented, the same width): in a text whose lines all
open flush, or all indented, the indent says nothing, and a title centred with spaces (wider
than the paragraphs' indent) is not one set in like a paragraph.

A word processor's file gives the same mark as the paragraph's first-line indent (Word's
``w:ind``, ODF's ``fo:text-indent``), which its reader turns into characters
(:mod:`drafter.corpus.readers.para_indent`), so the rule reads a .docx, .odt, .doc, .wps or
.rtf as it reads the text; a centred paragraph there is set apart, as a line centred with
spaces is.
"""

from __future__ import annotations

from collections import Counter

from drafter.corpus.candidates import PLAIN, Candidate
from drafter.corpus.model import Block

# share of the body's paragraphs (not headings) that must open with the same indent
_BODY_SHARE = 0.6


def indented_below(heads: list[Candidate], blocks: list[Block]) -> list[Candidate]:
    """``heads`` with each unnumbered title indented like the body's paragraphs put one
    level under the flush unnumbered title before it (see the module docstring); the same
    list, levels changed in place, or untouched where the indent says nothing."""
    width = _paragraph_indent(heads, blocks)
    if not width:
        return heads

    def plain(c: Candidate) -> bool:
        return c.family == PLAIN and not c.ordinal

    def set_in(c: Candidate) -> bool:
        return blocks[c.index].indent == width

    if not any(plain(c) and set_in(c) for c in heads):
        return heads  # (the common case: no title indented like the paragraphs)
    anchor = 0  # the level of the flush title the indented ones go under (0: none)
    lowering = False  # an indented title went under it: what stands under that goes too
    for c in heads:
        if anchor and c.level == anchor and plain(c) and set_in(c):
            c.level += 1
            lowering = True
            continue
        if anchor and c.level > anchor:
            if lowering:
                c.level += 1
            continue
        anchor = c.level if plain(c) and blocks[c.index].indent == 0 else 0
        lowering = False
    return heads


def _paragraph_indent(heads: list[Candidate], blocks: list[Block]) -> int:
    """The indent the body's paragraphs open with, when most of them share one and the
    text sets some unnumbered title flush; else 0."""
    at = {c.index for c in heads}
    if not any(c.family == PLAIN and blocks[c.index].indent == 0 for c in heads):
        return 0
    widths = Counter(b.indent for i, b in enumerate(blocks) if i not in at)
    if not widths:
        return 0
    width, count = widths.most_common(1)[0]
    return width if width > 0 and count >= _BODY_SHARE * sum(widths.values()) else 0
