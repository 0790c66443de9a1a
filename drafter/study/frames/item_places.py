"""Where a frame's items stand in the text, and the frame given the items read for it.

Every finder reads items as words and must then place them (:func:`item_spans`,
:func:`spans_in_order`) in the paragraph, each after the one before, so that the study page
marks the right 和 of two; :func:`counted_before` and :func:`own_sentence_start` answer the
two questions the readers of items before a count share.
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.text import own_run

Read = tuple[list[str], list[Span]]


_SENTENCE_END = "。！？!?"


def own_sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` starts (after the last 。！？ before it): the
    closing counts read their list there, and the pointer reader its sentence and the one
    before."""
    return max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1


def item_spans(text: str, paragraph: int, items: list[str], lo: int, hi: int) -> list[Span]:
    """Where each of ``items`` stands in ``text[lo:hi]``, each searched after the one before
    (an item written twice is found at its own place); an item the reader reshaped (trimmed,
    its ordinal dropped) and so not found verbatim is placed where the search stood, so every
    item keeps a span in order for the reader's marks; that span covers only what of the
    text there is the item's own (:func:`~drafter.study.text.own_run`: 国外 out of 国内外两个
    大局 stands on 外, not on 外两)."""
    spans, pos = [], lo
    for item in items:
        found = text.find(item, pos, hi)
        if found >= 0:
            spans.append(Span(paragraph, found, found + len(item)))
            pos = found + len(item)
        else:
            spans.append(Span(paragraph, *own_run(text, item, pos, pos + len(item))))
            pos += len(item)
    return spans


def spans_in_order(text: str, paragraph: int, items: list[str], pos: int) -> list[Span]:
    """Where each item stands in the paragraph, searched from ``pos`` and each after the
    one before, so an item written twice (A和A的…) is found at its own place. Unlike
    :func:`item_spans` the search is not bounded and an item not found verbatim is not placed:
    for items cut out of the text itself, which are always there."""
    spans = []
    for item in items:
        at = text.find(item, pos)
        spans.append(Span(paragraph, at, at + len(item)))
        pos = at + len(item)
    return spans


_COUNT = re.compile(
    r"(?<![第一二三四五六七八九十百千两几])([二三四五六七八九十两]{1,2})(?:个|种|条|类|项|点|件|大|方面|部分)"
)


# the value of each one-character Chinese numeral 零…十 (两 is read apart: 2)
DIGIT_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九十", 0)}


def counted_before(lay: Layout, first: Span, paragraph: int, at: int, number: int) -> bool:
    """Whether a count of the same number leads in to the items read — in the first item's
    sentence before it, or in the sentence before that (the paragraph before, when the item
    opens its paragraph): 两个大会有完全不同的目的：一个要…；一个要…。这两条路线 / 有两种
    知识，一种是…，一种是…，这二者 / 有四条：（一）…（四）… 这四条. The pointer then names that
    count's things again — a mention of that frame, not a frame of its own."""
    text = lay.paragraphs[first.paragraph].text
    own = own_sentence_start(text, first.start)
    regions = [(first.paragraph, own, first.start)]
    if (
        text[own : first.start].strip(" （(）)一二三四五六七八九十0123456789、.．，,：:是第首先其")
        == ""
    ):
        if own > 0:
            regions.append((first.paragraph, own_sentence_start(text, own - 1), own))
        elif first.paragraph > 0:
            before = lay.paragraphs[first.paragraph - 1].text.rstrip()
            regions.append(
                (
                    first.paragraph - 1,
                    own_sentence_start(before, max(0, len(before) - 1)),
                    len(before),
                )
            )
    if first.paragraph == paragraph:
        regions.append((paragraph, first.start, at))  # a count among the items themselves
    for index, lo, hi in regions:
        body = lay.paragraphs[index].text
        for hit in _COUNT.finditer(body, lo, hi):
            value = 2 if hit.group(1) == "两" else DIGIT_VALUES.get(hit.group(1), 0)
            if value == number:
                return True
    return False


def take_items(frame: Frame, read: Read | None, source: str) -> Frame | None:
    """``frame`` with the items and spans ``read`` found for it and where they stood
    (``source``: "inline" or "ordinals"), or None when nothing was read. Every late reader of
    a refused count (a bare count closing a list, a count summing up numbered paragraphs, a
    pronoun closing a list, a list decided by its shape) gives the count its items so; one
    place keeps the three fields in step."""
    if not read:
        return None
    frame.items, frame.item_spans = read
    frame.source = source
    return frame
