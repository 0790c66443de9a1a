"""Two counts of one number side by side in a list under one pair of qualifiers (国内国际两个
市场、两种资源): two frames over the same items, not one frame named twice."""

from __future__ import annotations

import re

from drafter.study.layout import Layout
from drafter.study.model import Frame

# what joins two counts side by side in one list (两个市场、两种资源 / 两种人们和两种意见)
_LIST_MARKS = ("、", "和", "与", "及", "以及")


def shares_qualifiers(lay: Layout, first: Frame, frame: Frame) -> bool:
    """国内国际两个市场、两种资源 / 先进和落后两种人们、两种意见: ``frame`` is a count of the same
    number joined to ``first`` by a list mark, and ``first`` is listed with the words glued
    right before it — the qualifiers stand over both counts, each a frame of those items (gold
    b13 1998, b33 1997 and 2011). Without items before it (两个冬春、两个浪潮; 三种不同的情况、三个
    不同的阶段，这就是… restated) the second count names the first again."""
    if first.span.paragraph != frame.span.paragraph or first.number != frame.number:
        return False
    text = lay.paragraphs[frame.span.paragraph].text
    if text[first.span.end : frame.span.start] not in _LIST_MARKS:
        return False
    spans = first.item_spans
    return (
        first.listed
        and first.source == "inline"
        and bool(spans)
        and all(s.paragraph == first.span.paragraph for s in spans)
        and re.fullmatch(r"[的这等]*", text[max(s.end for s in spans) : first.span.start])
        is not None
    )


def share_qualifiers(lay: Layout, frames: list[Frame]) -> None:
    """Give a count that :func:`shares_qualifiers` with the listed count right before it
    (国内国际两个市场、两种资源) that count's items, when it has none of its own."""
    for first, frame in zip(frames, frames[1:]):
        if not frame.items and shares_qualifiers(lay, first, frame):
            frame.items, frame.item_spans = list(first.items), list(first.item_spans)
            frame.source = first.source
