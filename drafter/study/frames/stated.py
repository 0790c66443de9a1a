"""Items of a count stated in a short sentence and spelled out by the next one, one 。-free
part a thing, the parts parted by ；: “三个口袋”协同增长。规上工业企业利润增长6%，…；一般公共预算
收入增长2.1%，…；城乡居民人均可支配收入分别达…。 / 国内战争的过程，大体上可以分为前后两个战略
时期。在前期，…；在后期，…。 / …是两种态度。没有解除武装之前，…；一经解除武装，…。

The semicolon is the writer's own cut of the next sentence into as many parts as the count, and
the short sentence before says nothing but the count: a reading no other reader makes, since no
enumerator opens the parts and no colon leads into them. Read only for a frame found with no
items (the last look of :func:`drafter.study.frames.refused_counts.second_look`), so it never decides
whether a count is a frame.
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.item_places import item_spans
from drafter.study.frames.units import list_before
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.text import item_clause

_END = re.compile(r"[。！？!?]")
_SHORT = 40  # the stating sentence says the count and little else
_PART = 80  # each part is a clause group of its own, not a paragraph run on
# 上述两个论断中的前一论断: a count that points back names things already spelled
_POINTER = re.compile(r"(?:这|那|此|上述|以上|这些|上面)[\u4e00-\u9fff]{0,2}$")


def _a_list_itself(part: str) -> bool:
    """Whether a part is a list of its own: a later clause opens with three characters its first
    clause holds (必须一手抓改革开放，一手抓打击各种犯罪活动 — two hands a part, so the parts are
    not the count's two things)."""
    clauses = [c.strip() for c in re.split(r"[，,]", part) if c.strip()]
    return any(len(c) >= 3 and c[:3] in clauses[0] for c in clauses[1:])


def next_sentence_parts(
    lay: Layout, span: Span, number: int
) -> tuple[list[str], list[Span]] | None:
    """The items of a count whose sentence is short (at most forty characters) and whose
    paragraph's next sentence is cut by ； into exactly ``number`` parts: each part's key clause
    (:func:`drafter.study.text.item_clause`). None when the count points back (上述两个论断), the
    sentence is long, the next one is cut otherwise, a part runs long, stands in brackets or is a
    list of its own."""
    if not 2 <= number <= 10:
        return None
    text = lay.paragraphs[span.paragraph].text
    start = max((m.end() for m in _END.finditer(text, 0, span.start)), default=0)
    stop = _END.search(text, span.end)
    if not stop or stop.end() - start > _SHORT:
        return None
    if _POINTER.search(text, start, span.start):
        return None
    after = stop.end()
    end_m = _END.search(text, after)
    end = end_m.start() if end_m else len(text)
    body = text[after:end]
    if "（" in body or "(" in body or "；" not in body and ";" not in body:
        return None
    parts = re.split(r"[；;]", body)
    if len(parts) != number or any(not p.strip() or len(p) > _PART for p in parts):
        return None
    if any(_a_list_itself(p) for p in parts):
        return None
    items = [item_clause(p.strip()).strip(' “”"‘’') for p in parts]
    if any(len(item) < 2 for item in items) or len(set(items)) != number:
        return None
    return items, item_spans(text, span.paragraph, items, after, end)


# 这四样东西, 这三种: a pointer count that closes a list in its own sentence
_POINTER_COUNT = re.compile(r"这([二三四五六七八九十两])(?:样|种|个|项|件|条)")


def next_sentence_list(lay: Layout, span: Span, number: int) -> tuple[list[str], list[Span]] | None:
    """The items of a named formula whose next sentence lists them and closes the list by
    pointing back with the same number (还有一个除四害，讲卫生。消灭老鼠、麻雀、苍蝇、蚊子这四样东西，
    …): the list right before that pointer count, cut into exactly ``number`` units
    (:func:`~drafter.study.frames.units.list_before`). None when the next sentence holds no such
    count or the list before it is cut otherwise."""
    text = lay.paragraphs[span.paragraph].text
    stop = _END.search(text, span.end)
    if not stop:
        return None
    end_m = _END.search(text, stop.end())
    end = end_m.start() if end_m else len(text)
    m = _POINTER_COUNT.search(text, stop.end(), end)
    if not m or parse_cn_number(m.group(1)) != number:
        return None
    pointer = Frame(m.group(0)[1:], number, Span(span.paragraph, m.start() + 1, m.end()))
    return list_before(lay, pointer)
