"""Texts in traditional characters (a 1954 report, a text from Hong Kong or Taiwan): the
frame rules read simplified forms (个, 种, 两, 这 …), so such a text is read through a copy
with those characters simplified — one character for one, so every offset stays the same —
and the phrases and items found are then taken from the original text at those offsets,
as the writer wrote them (三個值得特別注意的地方, 四種指標)."""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.study.layout import Layout
from drafter.study.model import Frame

_TRADITIONAL = "個種點項條類兩這與後為們說講談對從於還將並問題幾會來時標確體種"
_SIMPLIFIED = "个种点项条类两这与后为们说讲谈对从于还将并问题几会来时标确体种"
_TABLE = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
_ANY = re.compile(f"[{_TRADITIONAL}]")


def has_traditional(lay: Layout) -> bool:
    """Whether any paragraph holds one of the traditional characters the rules care about."""
    return bool(_ANY.search("\n".join(p.text for p in lay.paragraphs)))


def simplified(lay: Layout) -> Layout:
    """``lay`` with each paragraph's text simplified character for character (offsets kept)."""
    paragraphs = [replace(p, text=p.text.translate(_TABLE)) for p in lay.paragraphs]
    return replace(lay, paragraphs=paragraphs, _numbered=None)


def restore(frames: list[Frame], original: Layout, read: Layout) -> list[Frame]:
    """The frames found in ``read`` (the simplified copy) with their phrases and items as
    the ``original`` text writes them."""
    for frame in frames:
        span = frame.span
        frame.phrase = original.paragraphs[span.paragraph].text[span.start : span.end]
        items = []
        for k, item in enumerate(frame.items):
            at_span = frame.item_spans[k] if k < len(frame.item_spans) else None
            if at_span is None:
                items.append(item)
                continue
            text = read.paragraphs[at_span.paragraph].text
            at = text.find(item, at_span.start)
            if at < 0:
                items.append(item)
                continue
            items.append(original.paragraphs[at_span.paragraph].text[at : at + len(item)])
        frame.items = items
    return frames
