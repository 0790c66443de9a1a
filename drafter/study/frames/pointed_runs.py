"""Items of a numbered run a back-reference points at: 一个是A，一个是B，……按照这两个方向;
第一，…。第二，…。这两点很重要; paragraphs opening 一方面 … 另一方面 before 上述两方面. Apart from
:mod:`~drafter.study.frames.pointed_clauses` because the run's marks (一是, 第一, （一）), not the
clauses' words, cut the items."""

from __future__ import annotations

import re

from drafter.study.frames.item_words import (
    BACK_REFERENCES,
    Items,
)
from drafter.study.layout import Layout
from drafter.study.model import Span
from drafter.study.ordinals import (
    ordinal_at,
    ordinal_items,
)
from drafter.study.text import item_clause

_RUN_ONE = re.compile(r"一(?:个|种|条|方面)?是([^，,；;。！？]{1,30})")


_RUN_NEXT = re.compile(r"(?:另)?一(?:个|种|条|方面)?是([^，,；;。！？]{1,30})")


def run_before(lay: Layout, m) -> Items | None:
    """一个是A，一个是B，……按照这两个方向: a back-reference to a run of 一个是 / 一是 …
    items in the sentence before it (or its own, before the mention)."""
    text = lay.paragraphs[m.paragraph].text
    head = text[: m.start]
    bounds = [i for i, c in enumerate(head) if c in "。！？!?"]
    start = bounds[-2] + 1 if len(bounds) >= 2 else 0
    window = head[start:]
    found = ordinal_items(window, 0)
    if found and len(found) == m.number:
        return (
            [t for t, _ in found],
            [Span(m.paragraph, start + a, start + a + len(t)) for t, a in found],
            "ordinals",
        )
    items: list[tuple[str, int]] = []
    pos = 0
    rx = _RUN_ONE
    while True:
        hit = rx.search(window, pos)
        if not hit or (items and hit.start() - pos > 2):
            break
        items.append((hit.group(1), hit.start(1)))
        pos = hit.end() + 1
        rx = _RUN_NEXT
    if len(items) != m.number:
        return _earlier_run(lay, m)
    return (
        [t for t, _ in items],
        [Span(m.paragraph, start + a, start + a + len(t)) for t, a in items],
        "inline",
    )


_NEXT = "二三四五六七八九十"  # the ordinal after 1, 2, … 9


def _earlier_run(lay: Layout, m) -> Items | None:
    """第一，…。第二，…。…？这两点很重要 / （一）…（二）…（三）为适应上述两项决心: a
    back-reference (这, 上述) to the last run of ordinals in its paragraph, ended at most
    four sentences before it; an item of the run that holds the mention is not one of its
    items."""
    text = lay.paragraphs[m.paragraph].text
    if not text[max(0, m.start - 2) : m.start].endswith(BACK_REFERENCES):
        return None
    head = text[: m.start]
    own = max(head.rfind(c) for c in "。！？!?；;") + 1  # the mention's sentence
    best = None
    for pos in range(len(head)):
        if pos and head[pos - 1] not in "。；;：:！？!?，,）) ":
            continue
        if not any(
            (ordinal_at(head, p) or (0,))[0] == 1 for p in range(pos, min(pos + 6, len(head)))
        ):
            continue  # no run opens here (the check before the costly scan)
        found = ordinal_items(head, pos)
        if not found or found[0][1] - pos > 6:
            continue
        kept = [(t, a) for t, a in found if a < own]
        if len(kept) == m.number:
            best = kept
    if not best:
        return None
    nxt = _NEXT[m.number - 1] if m.number <= len(_NEXT) else "十"
    if re.search(rf"(?:^|[。；;！？!?])\s*(?:第{nxt}|{nxt}是)", text[m.end :]):
        return None  # 第一…第二…这两个抓手…第三: part of a longer run, another frame's items
    last = best[-1][1]
    if sum(1 for c in head[last:] if c in "。！？!?") > 4:
        return None  # the run ended long before: the pointer is to something else
    return (
        [t for t, _ in best],
        [Span(m.paragraph, a, a + len(t)) for t, a in best],
        "ordinals",
    )


_SIDE_OPEN = re.compile(r"(?:在)?(另)?一方面[，,]?")


def _run_mark(text: str, k: int) -> int | None:
    """Where the words of the ``k``-th (1-based) unit of a run of paragraphs start, after
    its mark (第一， / 一是 / （一） / 一方面， … 另一方面，), or None."""
    got = ordinal_at(text, 0)
    if got:
        return got[1] if got[0] == k else None
    side = _SIDE_OPEN.match(text)
    if side and bool(side.group(1)) == (k > 1):
        return side.end()
    return None


def paragraphs_before(lay: Layout, m) -> Items | None:
    """一方面，A…。(paragraph) 另一方面，B…。(paragraph) 由于上述两方面的严重的情况: a back-
    reference (这, 上述, 以上) in the first sentence of its paragraph to exactly as many
    paragraphs right before it, each opening on the next mark of one run (第一 / 一是 / （一）
    / 一方面 … 另一方面): each paragraph's key words are an item."""
    text = lay.paragraphs[m.paragraph].text
    if not text[max(0, m.start - 2) : m.start].endswith(BACK_REFERENCES):
        return None
    if any(c in "。！？!?" for c in text[: m.start]) or m.paragraph < m.number:
        return None  # the pointer opens its paragraph's first sentence
    first = m.paragraph - m.number
    if first > 0 and _run_mark(lay.paragraphs[first - 1].text, 1) is not None:
        return None  # a longer run before: not this count's
    if first > 0 and _run_mark(lay.paragraphs[first - 1].text, m.number + 1) is not None:
        return None
    items: list[str] = []
    spans: list[Span] = []
    for k, idx in enumerate(range(first, m.paragraph), start=1):
        para = lay.paragraphs[idx]
        at = _run_mark(para.text, k)
        if para.is_heading or at is None:
            return None
        item = item_clause(para.text[at:])
        if not item:
            return None
        items.append(item)
        spans.append(Span(idx, at, at + len(item)))
    return items, spans, "ordinals"
