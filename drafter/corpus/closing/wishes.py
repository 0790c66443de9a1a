"""A closing whose last lines only wish or thank starts at the call just above them.

A speech given at a ceremony, a festival or a new-year gathering often ends on a short line of
good wishes (最后，祝大家新年快乐，身体健康！ / 最后，预祝…圆满成功！ / 谢谢大家！). The opener
rules find that line (最后，…) and take it as the whole closing; but the speaker has usually
turned to the room a paragraph earlier, with a call or a request to all the listeners (…新的
一年，让我们携起手来… / 也恳请各位老领导一如既往关心… / 真诚地希望各位嘉宾…), and the closing
(docs/outline.md §4: "a call, hope or resolve for all") starts there. The wishes are its last
words, not its start.
"""

from __future__ import annotations

import re

from drafter.corpus.closing.phrases import (
    FIGURES,
    ITEM,
    LAST_POINT,
    THANKS,
    WISH,
    sentences_of,
)

# at most so many characters in a line of wishes or thanks (最后，预祝…圆满成功！祝各位领导、
# 各位嘉宾身体健康、工作顺利、万事如意！ has 47)
_WISHES_LENGTH = 60

# a call on the whole room (让我们…) or a hope or request addressed to all the listeners
# (恳请各位… / 希望大家… / 真诚地希望各位嘉宾…); the listeners as a body (全县各级各部门)
_CALLS_ALL = re.compile(
    r"让我们(?!的)"
    r"|(?:恳请|希望|期望|期待|拜托|请)(?:各位|大家|同志们|你们|全体|在座|广大"
    r"|全(?:党|国|省|市|县|区|乡|镇|校|厂|系统))"
)


def wishes_only(text: str) -> bool:
    """Whether a paragraph is a short line that only wishes or thanks (最后，祝大家新年快乐！ /
    谢谢大家！ / 各位老领导、老同志，新春将至…最后，祝大家新春愉快…！): at most
    ``_WISHES_LENGTH`` characters, its last sentence a wish or thanks, no figures."""
    text = text.strip()
    if not text or len(text) > _WISHES_LENGTH or FIGURES.search(text) or ITEM.match(text):
        return False
    sents = sentences_of(text)
    return bool(sents) and bool(WISH.search(sents[-1]) or THANKS.search(sents[-1]))


def call_above_wishes(
    texts: list[str], start: int | None, lo: int, end: int | None = None
) -> int | None:
    """Where a closing found at ``start`` begins when every paragraph from ``start`` to ``end``
    (the text's end, or where the caller found a dateline under the last words) only wishes
    or thanks (:func:`wishes_only`): at the paragraph right above, when that one (at ``lo`` or
    later: not a heading, not the last part's first text) ends calling on or asking something
    of all the listeners (让我们… / 恳请各位… / 希望大家… in its last two sentences) and is no
    numbered item or last point. Otherwise ``start``, unchanged.

    Why: the wishes are a ceremony's formula, said after the speaker has turned to the room;
    the turn itself, the call just above them, is where the closing begins (modern_blind9 v10,
    modern_blind14 x02, modern_blind7 t08 each closed on 最后，祝… where the annotator began at
    the 让我们… / 恳请… / 希望各位… paragraph above)."""
    end = len(texts) if end is None else end
    if start is None or start - 1 < max(lo, 1) or start >= end:
        return start
    if not all(wishes_only(t) for t in texts[start:end]):
        return start
    above = texts[start - 1].strip()
    if ITEM.match(above) or LAST_POINT.match(above) or wishes_only(above):
        return start
    last = "".join(sentences_of(above)[-2:])
    return start - 1 if _CALLS_ALL.search(last) else start
