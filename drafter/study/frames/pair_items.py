"""The two items of a pair named one by one: 一条是A，另一条是B; 一方面…另一方面….

Finders of :func:`~drafter.study.frames.finders.resolve` for counts of two (两条政策, 两个方面),
and :func:`named_pair`, which the colon and ordinal finders ask when a count of two is followed by
such a pair.
"""

from __future__ import annotations

import functools
import re

from drafter.study.frames.item_words import Items, frame_noun
from drafter.study.frames.mention import POINTER_WORDS, Mention
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.text import item_clause

# 一条是A，另一条是B / 一种是…另一种是…: a pair named by "one … the other".
_PAIR = re.compile(
    r"一(?:(?:个|条|种|类|块|座|部分)[\u4e00-\u9fff]{0,2}?|方面)?(?:是|为|叫做|叫|称为|就是)([^，,；;。！？]{1,40})"
    r"[^。！？]{0,80}?[，,；;]\s*(?:另一|另外一|另|再一|又一|一)(?:(?:个|条|种|类|块|座|部分)[\u4e00-\u9fff]{0,2}?|方面)?"
    r"(?:是|为|叫做|叫|称为|就是)([^，,；;。！？]{1,40})"
)


# 两条政策：一方面，A，…；一方面，B，…: the pair "on one side … on the other"
# Each side is its whole first clause, up to the mark that ends it: a side cut at a fixed length
# ends mid-word (…的采购政策在其主要方面都是错 | 误的), so a clause longer than that reads no pair.
_ASPECTS = re.compile(
    r"一方面[，,]?(?:是|就是)?([^，,；;。！？]{2,60})(?=[，,；;。！？])[^。！？]{0,80}?[，,；;]\s*"
    # (…；但是在另一方面，… / …，但另外一个方面呢，…: the turn and the filler before the side)
    r"(?:但是?|而|同时)?在?(?:另一个?方面|另外一个?方面|一方面|又一方面)呢?[，,]?(?:是|就是)?"
    r"([^，,；;。！？]{2,60})(?=[，,；;。！？]|$)"
)


@functools.lru_cache(maxsize=256)
def _own_pair(noun: str) -> re.Pattern | None:
    """:data:`_PAIR` with the frame's own one-character noun in place of a counter (两手：
    一手是A、B，另一手是C; 两头：一头是…，另一头是…), so that the pair is read at its clauses and
    not cut at the 、 inside its first item; None for a longer noun or none."""
    if len(noun) != 1 or not "\u4e00" <= noun <= "\u9fff":
        return None
    counters = "(?:个|条|种|类|块|座|部分)"
    return re.compile(_PAIR.pattern.replace(counters, f"(?:{re.escape(noun)})"))


def _own_pair_match(text: str, start: int, noun: str) -> re.Match | None:
    """:func:`_own_pair` matched at ``start`` or the character after. Like :data:`_PAIR`, it
    opens on 一, so where neither character is 一 it cannot match and is not compiled (a
    pattern for each new noun cost mining more than matching it)."""
    if not any(text.startswith("一", max(at, 0)) for at in (start, start + 1)):
        return None
    own = _own_pair(noun)
    return own and (own.match(text, start) or own.match(text, start + 1))


def named_pair(text: str, start: int, m: Mention) -> Items | None:
    """一条是A，另一条是B right after a frame of two."""
    if m.number != 2:
        return None
    noun = frame_noun(m)
    found = (
        _PAIR.match(text, start)
        or _PAIR.match(text, start + 1)
        or _own_pair_match(text, start, noun)
        or _ASPECTS.match(text, start)
        or _ASPECTS.match(text, start + 1)
        or _subject_aspects(text, start)
    )
    if not found:
        return None
    items = [found.group(1).strip(), found.group(2).strip()]
    spans = [
        Span(m.paragraph, found.start(1), found.end(1)),
        Span(m.paragraph, found.start(2), found.end(2)),
    ]
    return items, spans, "inline"


def aspects_before(lay: Layout, m: Mention) -> Items | None:
    """必须一方面A，…；另一方面，B，…。只有这两方面的任务都完成了: a back-reference to a pair
    of sides named just before (in its sentence or the one before)."""
    if m.number != 2 or "方面" not in m.phrase:
        return None
    text = lay.paragraphs[m.paragraph].text
    if not text[max(0, m.start - 2) : m.start].endswith(POINTER_WORDS):
        return None
    bounds = [i for i, c in enumerate(text[: m.start]) if c in "。！？!?"]
    start = bounds[-2] + 1 if len(bounds) >= 2 else 0
    at = m.paragraph
    found = None
    for hit in _ASPECTS.finditer(text, start, m.start):
        found = hit
    before = lay.paragraphs[at - 1] if at > 0 else None
    if not found and not bounds and before is not None and not before.is_heading:
        # 将这两个方面的情形综合起来说 opening its paragraph: the sides close the one before
        # (…在一方面促使…解体…；但是在另一方面，它们又…), its last two sentences
        text, at = before.text, at - 1
        ends = [i for i, c in enumerate(text.rstrip()) if c in "。！？!?"][:-1]
        for hit in _ASPECTS.finditer(text, ends[-2] + 1 if len(ends) >= 2 else 0):
            found = hit
    if not found:
        return None
    spans = [Span(at, found.start(k), found.end(k)) for k in (1, 2)]
    return [found.group(1).strip(), found.group(2).strip()], spans, "inline"


_ONE_SIDE = re.compile(r"[：:，,]?\s*一(?:个)?方面[，,]?(?:是|就是)?[，,]?")
_OTHER_SIDE = re.compile(r"(?:另|另外)一(?:个)?方面[，,]?(?:是|就是)?[，,]?")


def sides_after(lay: Layout, m: Mention) -> Items | None:
    """强调两个方面：一方面是合同质量的提升。……；另一个方面，是合同签订以后…: the two sides
    named after the frame, the second a few sentences on (at most four) in the paragraph."""
    if m.number != 2 or "方面" not in m.phrase:
        return None
    text = lay.paragraphs[m.paragraph].text
    one = _ONE_SIDE.match(text, m.end)
    if not one:
        return None
    first = item_clause(text[one.end() :])
    other = _OTHER_SIDE.search(text, one.end() + len(first))
    if not first or not other or text.count("。", one.end(), other.start()) > 4:
        return None
    second = item_clause(text[other.end() :])
    if not second:
        return None
    spans = [
        Span(m.paragraph, one.end(), one.end() + len(first)),
        Span(m.paragraph, other.end(), other.end() + len(second)),
    ]
    return [first, second], spans, "inline"


def _subject_aspects(text: str, start: int) -> re.Match | None:
    """错误有两重性。错误一方面损害党…；另一方面是好教员: the next sentence names its subject
    again before 一方面."""
    lead = re.match(r"[。：:]\s*([\u4e00-\u9fff]{1,4}?)(?=一方面)", text[start:])
    return _ASPECTS.match(text, start + lead.end()) if lead else None
