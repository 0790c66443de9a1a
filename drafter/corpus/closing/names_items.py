"""A closing that names the talk's short parts together (同学们，一把尺子、一双草鞋、一盏灯，送给
大家…): the speaker takes the points above as a whole and leaves them.

The convention (docs/outline.md §4) counts "the points above referred to as a whole" among
what starts a closing; :func:`drafter.corpus.closing_start._sums_up_items` knows the form
that counts them (以上三项，… / 上述两个方面…). A talk whose parts carry short names (锦囊一：
一把尺子 / 锦囊二：一双草鞋 / 锦囊三：一盏灯) refers to them as a whole by naming them again,
one after another, in the sentence that turns to the room.
"""

from __future__ import annotations

import re

from drafter.corpus.closing.phrases import VOCATIVE_START, sentences_of

# a part's name short enough to be said again in passing (一把尺子, 抓民生增福祉): Han
# characters, no more than this many
_NAME_LENGTH = 8
# so many of the parts named in one sentence, at the least
_NAMED = 2
# among so many last paragraphs (as a term of address opens the closing only among the last
# five: further up, naming the parts is still the body's)
_TAIL = 5
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def part_names(headings: list[str]) -> list[str]:
    """The short names among ``headings`` (the last run of sibling parts' heading texts):
    each heading whose Han characters, taken whole, run to at most ``_NAME_LENGTH``."""
    names = []
    for heading in headings:
        han = "".join(_HAN.findall(heading))
        if 2 <= len(han) <= _NAME_LENGTH and han == heading.strip().rstrip("。：:").strip():
            names.append(han)
    return names


def names_the_parts(text: str, names: list[str]) -> bool:
    """Whether ``text``'s first sentence, past a term of address (同学们，), names at least
    ``_NAMED`` of the parts' ``names`` and at least half of them."""
    rest = VOCATIVE_START.sub("", text.strip(), count=1)
    sents = sentences_of(rest)
    if not sents or len(names) < _NAMED:
        return False
    said = sum(name in sents[0] for name in set(names))
    return said >= _NAMED and 2 * said >= len(set(names))


def closing_naming_parts(texts: list[str], headings: list[str], lo: int) -> int | None:
    """The first paragraph at ``lo`` or later (past the last part's first text) among the last
    ``_TAIL`` of ``texts`` whose first sentence names the last parts together
    (:func:`names_the_parts`), or None. Why: naming the parts again, one after another, is
    taking them as a whole; the paragraph that does so turns from the last part to the whole,
    whatever hopes or wishes follow it (modern_blind8 u10: 同学们，一把尺子、一双草鞋、一盏灯，
    送给大家… above 老师们，… and 同学们，…愿你们…, the annotator's start)."""
    names = part_names(headings)
    if len(names) < _NAMED:
        return None
    for at in range(max(lo, len(texts) - _TAIL), len(texts)):
        if names_the_parts(texts[at], names):
            return at
    return None
