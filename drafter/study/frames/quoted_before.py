"""Items in quotation marks right before a count: quoted sayings before a pointer
(“鹬蚌相持，渔人得利”，“螳螂捕蝉，黄雀在后”，这两个故事) and clauses of one quoted term each
(甲行使“否决权”，乙行使“培养权”，两个权力). Apart because the quotes, not the clauses' words, mark
where each item stands."""

from __future__ import annotations

import re

from drafter.study.frames.item_words import (
    Items,
)
from drafter.study.layout import Layout
from drafter.study.model import Span

_QUOTES_BEFORE = re.compile(
    r"((?:[“\"][^”\"]{2,16}[”\"][，,、]?\s*){2,6})[，,]?\s*(?:这|这些|以上)"
    # “坚持抗战、反对投降”，…，这是我们党…提出来的三大政治口号: 这是 and what says where
    r"(?:(?:就)?是[^，,。；;：:！？!?“”\"]{0,30}的)?$"
)


_POINTER_TAIL = re.compile(r"[”\"][，,]?\s*(?:这|这些|以上)(?:(?:就)?是[^“”\"]{0,30}的)?$")


def quoted_sayings_before(lay: Layout, m) -> Items | None:
    """“鹬蚌相持，渔人得利”，“螳螂捕蝉，黄雀在后”，这两个故事: quotations right before a
    pointer are its items (each its first clause)."""
    text = lay.paragraphs[m.paragraph].text
    if not _POINTER_TAIL.search(text, max(0, m.start - 40), m.start):
        return None  # no pointer right before: the common case, found cheaply
    found = _QUOTES_BEFORE.search(text, max(0, m.start - 200), m.start)
    if not found or found.end() != m.start:
        return None
    quotes = list(re.finditer(r"[“\"]([^”\"]{2,16})[”\"]", found.group(1)))
    if len(quotes) != m.number:
        return None
    base = found.start(1)
    items = [re.split(r"[，,]", q.group(1))[0] for q in quotes]
    spans = [
        Span(m.paragraph, base + q.start(1), base + q.start(1) + len(i))
        for q, i in zip(quotes, items, strict=True)
    ]
    return items, spans, "inline"


def quoted_clauses_before(lay: Layout, m) -> Items | None:
    """甲行使“否决权”，乙行使“培养权”，两个权力不一样: the clauses right before the frame
    in its sentence, one quoted term each, are its items."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    stop = max(head.rfind(c) for c in "。；;！？!?：:")
    clauses = re.split(r"[，,]", head[stop + 1 :])
    if m.quoted:
        return None  # “全线出击”，“夺取中心城市”，“两个拳头打人”: one slogan among others
    last = clauses[-1].strip() if clauses else ""
    if not last.rstrip('“"‘「'):
        clauses = clauses[:-1]
    elif not _QUOTED_CLAUSE.fullmatch(last):
        return None  # 拥护“两个确立”、坚决做到“两个维护”: the frame is a list element itself
    if len(clauses) < m.number:
        return None
    chosen = clauses[-m.number :]
    quoted = [re.findall(r"[“\"‘「]([^”\"’」]{1,10})[”\"’」]", c) for c in chosen]
    if any(len(q) != 1 for q in quoted):
        return None
    items = [q[0] for q in quoted]
    spans = []
    for item in items:
        at = text.rfind(item, 0, m.start)
        spans.append(Span(m.paragraph, at, at + len(item)))
    spans.sort(key=lambda s: s.start)
    return items, spans, "inline"


# “坚持进步、反对倒退”的 (三大政治口号): a clause that is one quoted term, next to the frame
_QUOTED_CLAUSE = re.compile(r"[“\"‘「][^”\"’」]{1,16}[”\"’」](?:的|这|这些|等|这样的)?")
