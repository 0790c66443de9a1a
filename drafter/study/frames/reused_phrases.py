"""Whether a later use of a frame's phrase counts other things (我有两个问题 … 我有两个问题 with
new items): speeches reuse 两个问题, 两方面, 两类 for new things, and such a use is a frame of
its own, not a mention of the first. A frame is keyed by the set it counts, not by its words:
a later use that lists its own items is another set unless something ties it to a use before
(a pointer, a use nearby, a shared item); one with no items of its own stays a mention."""

from __future__ import annotations

import re

from drafter.study.frames.lexicon import counted_formula
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
    return not _shares_items(known, frame)


def _shares_items(known: Frame, frame: Frame) -> bool:
    """Whether two frames list one item: the same place, overlapping places, or one item's
    words in the other's (的, quotes and spaces aside)."""
    places = {(s.paragraph, s.start) for s in known.item_spans}
    if any((s.paragraph, s.start) in places for s in frame.item_spans):
        return True
    if any(_overlaps(a, b) for a in known.item_spans for b in frame.item_spans):
        return True
    norm = [re.sub(r"[的“”\"‘’\s]", "", i) for i in known.items]
    for item in frame.items:
        i = re.sub(r"[的“”\"‘’\s]", "", item)
        if any(i and k and (i in k or k in i) for k in norm):
            return True
    return False


def _overlaps(a: Span, b: Span) -> bool:
    return a.paragraph == b.paragraph and a.start < b.end and b.start < a.end


# a count with its counter, in characters or figures (两种, 三个, 15件): a plain summary word
_COUNTER = re.compile(
    r"(?:[一二三四五六七八九十两]{1,3}|\d{1,3})(?:个|种|类|条|项|点|件|大|方面|部分|层)"
)
# 这两种 / 上述三个 / 这就是…的三个: the count points back at a set named before
_POINTED = re.compile(
    r"(?:这|那|此|上述|以上|前述|上面|这些|那些|这样|如上)[^，,。；;！？!?]{0,3}$"
)


def lists_another_set(lay: Layout, known: list[Frame], frame: Frame) -> bool:
    """Whether ``frame``, a later use of a counted phrase whose earlier frames are ``known``,
    lists a set of its own: a frame is keyed by the set it counts, not by its words. It has
    its own items read; nothing points back before it (这两种, 上述三个); and no earlier frame
    of the phrase is near it (its paragraph or the one before, any of their mentions', the
    heading its section stands under) nor shares an item, an item's place, or stands among
    its items (a count inside a list restates that list). A later use with no items of its
    own stays a mention of the first: nothing says it counts something else.

    It replaces anew.listed_anew (a later list after a colon when every earlier use was only
    named), which it covers: bench/frame_split.py unchanged on both halves (development 561
    right of 642 found, check 484 of 537); study_quality's b35 gains gwr 山西 2026's second
    15件民生实事 (this year's, 一是…, after last year's, named only): 71 -> 72 right of 77."""
    if not frame.listed or not frame.item_spans or counted_formula(frame.phrase):
        return False
    if not _COUNTER.match(frame.phrase):
        return False  # “三农”, 两弹一星: a formula names one thing however often
    p = frame.span.paragraph
    text = lay.paragraphs[p].text
    if text[frame.span.start - 1 : frame.span.start] in ("“", "「", '"', "‘"):
        return False  # “两个畅通”: quoted, a formula
    if _POINTED.search(text[max(0, frame.span.start - 6) : frame.span.start]):
        return False
    if any((s.paragraph, s.start) < (p, frame.span.end) for s in frame.item_spans):
        return False  # A、B和C三个时期: a list closed by the count names a set again
    near = {p - 1, p, *_headings_above(lay, p)}
    for k in known:
        uses = {k.span.paragraph, *(s.paragraph for s in k.mentions)}
        if near & uses:
            return False
        if k.item_spans and (
            k.item_spans[0].paragraph <= p <= k.item_spans[-1].paragraph
            or {p - 1, p} & {s.paragraph for s in k.item_spans}
        ):
            return False  # a count among a list's items, or right after them, restates it
        if _shares_items(k, frame):
            return False
    return True


def _headings_above(lay: Layout, p: int) -> list[int]:
    """The headings paragraph ``p`` stands under, its own section's and every enclosing one's
    (三　抗日战争中的两条路线 over 中国问题的关键 over the paragraph)."""
    node = lay.by_paragraph.get(p)
    out = []
    while node is not None:
        if node.heading >= 0:
            out.append(node.heading)
        node = node.parent
    return out
