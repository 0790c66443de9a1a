"""Small helpers the rules share: character classes and sentence cuts."""

from __future__ import annotations

import re

HAN = "\u4e00-\u9fff"
CN_DIGITS = "〇○零一二三四五六七八九十百千两"
_SENTENCE = re.compile(r"[^。！？；!?;]*[。！？；!?;]?")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, the end mark included."""
    out = []
    for m in _SENTENCE.finditer(text):
        if m.end() > m.start():
            out.append((m.start(), m.end()))
    return out


def is_han(ch: str) -> bool:
    """A CJK ideograph (the basic block is enough for official texts)."""
    return "\u4e00" <= ch <= "\u9fff"
