"""What stands inline in a sentence: quoted words, items after a colon, a first item run on.

Every roadmap reader asks these of the sentence it weighs (a count inside “…” is someone
else's, items after a colon make a listed frame, not a plan of parts to come), so they sit
apart from any one reader.
"""

from __future__ import annotations

import re

# the first item of a list run on in a paragraph: 第一、 / 一是 / 首先， / （一） / 1） after a stop,
# a colon or the start
_FIRST_ITEM = re.compile(
    r"(?:^|[。；;：:！？!?\s])\s*(?:第一[，,、：:是]|一[是要][^，。]|首先[，,]|其一[，,]|[（(][一1][）)]|1[）)、．.])"
)


def items_follow(text: str) -> bool:
    """Whether ``text`` (a sentence and the rest of its paragraph) goes on with a first
    numbered item after the sentence's own words begin."""
    return bool(_FIRST_ITEM.search(text, 1))


def inline_items(sentence: str) -> bool:
    """Whether the sentence goes on after a colon (the items follow in the same sentence, so
    the count is a listed frame there, not a plan of parts to come)."""
    colon = re.search(r"[：:]", sentence)
    return bool(colon and sentence[colon.end() :].strip(" 。"))


def in_quotes(sentence: str, at: int) -> bool:
    """Whether position ``at`` lies inside “…”: a count or pointer in someone else's quoted
    words is not the speaker's plan, so the roadmap readers pass over it."""
    return sentence.count("“", 0, at) > sentence.count("”", 0, at)
