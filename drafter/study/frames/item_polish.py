"""An item as the trainee reads it in the list, whichever reader cut it: the words that only
tie it to the sentence, a joining word it opens on and a dangling quote taken off
(:func:`polish_item`, run on every frame's items when it is finished).
"""

from __future__ import annotations

import re

from drafter.study.ordinals import clean_item
from drafter.study.words import tagged, words

# words that only join an item to the one before it (以及交付, 又采取消极的作战政策); 也 and
# 还 stay (也可以自己做饭 is a choice as the text words it, 还没有动起来的 needs its 还)
_JOINING_WORDS = frozenset(("以及", "又", "并且", "而且"))
# 和 joins it too before an action (和广泛地做好宣传教育), but before a noun it may be the
# preposition the item needs (和日本对立); 与/同/跟 mostly are (与缺乏劳动力的农民伙耕)
_PAIRING_WORDS = frozenset(("和",))


def polish_item(item: str) -> str:
    """An item as the trainee reads it in the list, whichever reader cut it: without the words
    that only tie it to the sentence (是群体作战 -> 群体作战, :func:`clean_item`), without a
    joining word it opens on (和广泛地做好宣传教育 -> 广泛地做好宣传教育), without an aside whose
    bracket it cuts open (思想教育（包括发现好人 -> 思想教育) and with the quote mark a cut took
    from it put back (用好“清单工作法 -> 用好“清单工作法”)."""
    out = item
    cut = words(re.sub(r"[“”]", "", out))
    joined = len(cut) > 1 and len(out) - len(cut[0]) >= 2
    if joined and (
        cut[0] in _JOINING_WORDS or (cut[0] in _PAIRING_WORDS and _action_next(cut[1:4]))
    ):
        out = out.replace(cut[0], "", 1).lstrip("，, ")
    out = clean_item(out) or out
    depth, opened = 0, -1
    for k, ch in enumerate(out):
        if ch in "（(":
            if depth == 0:
                opened = k
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
    if depth and opened >= 2:
        out = out[:opened]
    out = _closed_quotes(out.strip(" ，,、"))
    return out if len(out) >= 2 or len(out) == len(item) else item


def _action_next(following: list[str]) -> bool:
    """Whether the first word of substance in ``following`` is a verb (和 广泛 地 做好: 和 joins
    two actions) rather than a noun or pronoun (和 群众 一起: 和 is the item's preposition)."""
    for word in following:
        tags = tagged(word)[:1]
        if not tags:
            continue
        tag = tags[0][1]
        if tag.startswith("v"):
            return True
        if tag[:1] in ("n", "r", "s", "m", "t"):
            return False
    return False


def _closed_quotes(item: str) -> str:
    """``item`` with the one quote mark it lacks put back where the cut took it (一头”指客户需求
    -> “一头”指客户需求; 用好“清单工作法 -> 用好“清单工作法”), as the text has it around the item."""
    for a, b in ("“”", "‘’", "「」"):
        opened, closed = item.count(a), item.count(b)
        if closed == opened + 1 and item.find(b) < (item.find(a) if a in item else len(item)):
            item = a + item
        elif opened == closed + 1 and item.rfind(a) > item.rfind(b):
            item = item + b
    return item
