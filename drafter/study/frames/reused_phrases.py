"""Whether a later use of a frame's phrase counts other things (我有两个问题 … 我有两个问题 with
new items): speeches reuse 两个问题, 两方面, 两类 for new things, and such a use is a frame of
its own, not a mention of the first."""

from __future__ import annotations

import re

from drafter.study.layout import Layout
from drafter.study.model import Frame, Span

# a pointer back: the count names what was just said
_BACK = ("这", "那", "此", "上述", "以上", "这些", "上面", "这样")


def counts_other_items(lay: Layout, known: Frame, frame: Frame) -> bool:
    """Whether a later mention of a frame's phrase counts other things: both list their items,
    and no item or item place of one is one of the other's (我有两个问题。第一个问题是A… —
    a second questioner: 我有两个问题。第一个是C…). Speeches reuse 两个问题, 两方面, 两类 for
    new things; a re-mention restates the same items (两种界限：A，B … 这两条界限：A，B), points
    back (这两大运动), or opens the next sentence to say more of the same things (两个大会，一个
    是A，一个是B。两个大会有完全不同的目的：一个要…)."""
    if not (known.listed and frame.listed and known.item_spans and frame.item_spans):
        return False
    text = lay.paragraphs[frame.span.paragraph].text
    if text[max(0, frame.span.start - 2) : frame.span.start].endswith(_BACK):
        return False
    if any(s.paragraph != frame.span.paragraph for s in frame.item_spans) and re.search(
        r"[。！？!?]", text[frame.span.end :].rstrip(" 。：:！!？?”")
    ):
        return False  # a count before its paragraph's last sentence does not own the next ones
    opens = not text[: frame.span.start].strip() or text[frame.span.start - 1] in "。！？!?；;"
    if opens and frame.span.paragraph - known.item_spans[-1].paragraph <= 1:
        return False
    places = {(s.paragraph, s.start) for s in known.item_spans}
    if any((s.paragraph, s.start) in places for s in frame.item_spans):
        return False
    if any(_overlaps(a, b) for a in known.item_spans for b in frame.item_spans):
        return False
    norm = [re.sub(r"[的“”\"‘’\s]", "", i) for i in known.items]
    for item in frame.items:
        i = re.sub(r"[的“”\"‘’\s]", "", item)
        if any(i and k and (i in k or k in i) for k in norm):
            return False
    return True


def _overlaps(a: Span, b: Span) -> bool:
    return a.paragraph == b.paragraph and a.start < b.end and b.start < a.end
