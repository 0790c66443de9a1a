"""字数 of a draft as offices count it: every character that is not white space, a
template's …… slots left out (they are not words the speech will say).

Plain functions over :mod:`drafter.drafts.model`, with no Qt: the outline model's 字数
column, the editor's counts and the versions dialog all count this one way.
"""

from __future__ import annotations

import re

from drafter.drafts.model import Draft, DraftNode, DraftParagraph


def char_count(text: str) -> int:
    """字数 as writers count it: every character that is not white space (full-width
    spaces included)."""
    return sum(map(len, text.split()))


# A template's slot: the …… a heading is to be written over (……, 坚持……, 一个原则：……), or a
# paragraph that is nothing else. It is not text the speech will say.
_SLOT = re.compile(r"…+|\.{3,}")
_ONLY_SLOT = re.compile(r"(?:…+|\.{3,}|。{3,})[。，；：]?")


def heading_chars(heading: str) -> int:
    """字数 of a heading without its template slot: a draft new from 三个方面 said 6 字 for
    three headings of bare ……, and 坚持…… counted 4 where its words are 2. A heading has no
    ellipsis of its own in the speeches written from these templates."""
    return char_count(_SLOT.sub("", heading))


def paragraph_chars(text: str) -> int:
    """字数 of a paragraph: a paragraph that is only a slot (……。) counts none; an ellipsis in
    prose (等等……) is text and counts, as Word counts it."""
    return 0 if _ONLY_SLOT.fullmatch(text.strip()) else char_count(text)


def paragraphs_chars(paragraphs: list[DraftParagraph]) -> int:
    """Characters of paragraphs without whitespace (字数 as offices count them)."""
    return sum(paragraph_chars(p.text) for p in paragraphs)


def node_chars(node: DraftNode) -> int:
    """Characters of a section: its heading, its paragraphs and all of its sub-sections."""
    return (
        heading_chars(node.heading)
        + paragraphs_chars(node.paragraphs)
        + sum(node_chars(c) for c in node.children)
    )


def draft_chars(draft: Draft) -> int:
    """Characters that will be spoken: opening, headings, paragraphs, closing (no title)."""
    return (
        paragraphs_chars(draft.opening)
        + sum(node_chars(n) for n in draft.sections)
        + paragraphs_chars(draft.closing)
    )
