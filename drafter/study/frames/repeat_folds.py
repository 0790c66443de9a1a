"""One frame for what a text names more than once or writes as one compound.

A formula found again (两手抓 … 两手抓), an abbreviation of a kept frame, one frame named twice
over the same items, and two formulas of different counts written back to back
(三大纪律八项注意): each folded into the frame kept first, so the reader lists a frame once.
"""

from __future__ import annotations

import re

from drafter.study.frames.folding import fold, fold_into_previous
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span


def same_items(kept: list[Frame], frame: Frame) -> Frame | None:
    """The frame already kept with ``frame``'s number, phrase and first item: the text
    names one frame twice (三次反共高潮 … 这三次反共高潮 before the one 第一次…第三次 run);
    两次历史性飞跃 and 两大理论成果 over the same run are two frames."""
    first = frame.item_spans[0] if frame.item_spans else None
    for known in kept:
        if (
            first is not None
            and known.number == frame.number
            and (known.phrase in frame.phrase or frame.phrase in known.phrase)
            and known.item_spans
            and (known.item_spans[0].paragraph, known.item_spans[0].start)
            == (first.paragraph, first.start)
        ):
            return known
    return None


def fold_compounds(lay: Layout, frames: list[Frame]) -> list[Frame]:
    """Two formulas of different counts written back to back (三大纪律八项注意, or joined by
    、) are one compound formula, numbered by its larger count and listed with that count's
    items: the larger absorbs the other, its phrase and span spanning both. Two of the same
    count joined by 、 (三民主义、三大政策) are a list of two formulas."""
    out: list[Frame] = []
    for frame in frames:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.span.paragraph == frame.span.paragraph
            and lay.paragraphs[frame.span.paragraph].text[prev.span.end : frame.span.start]
            in ("", "、")
            and prev.number != frame.number  # 三民主义、三大政策: two formulas, a list
            and not (prev.quoted or frame.quoted or (prev.listed and frame.listed))
        ):
            text = lay.paragraphs[frame.span.paragraph].text
            big, small = (frame, prev) if frame.number >= prev.number else (prev, frame)
            big.phrase = text[prev.span.start : frame.span.end]
            big.span = Span(frame.span.paragraph, prev.span.start, frame.span.end)
            big.mentions.extend(small.mentions)
            out[-1] = big
            continue
        out.append(frame)
    return out


# ，是表明 / ，也就是 / ，即: a clause that says again what the clause before just counted
_RESTATED = re.compile(
    r"[，,](?:这|那)?(?:也就是|就是|也是|是|即|亦即)(?:说|表明|指)?[^，,。；;！？!?]{0,8}$"
)


def fold_restated(lay: Layout, frames: list[Frame]) -> list[Frame]:
    """A count that the next clause of its sentence restates over the very same items (这是两句
    话，是表明两件事情。第一条…第二条…) is one frame named twice: the second phrase folds into the
    first as a mention, so the trainee is not shown one list under two frames. Two counts
    over one run in clauses that each say something (有两次历史性飞跃，产生了两大理论成果) stay
    two frames."""

    def restates(prev: Frame, frame: Frame) -> bool:
        return (
            prev.listed
            and frame.listed
            and prev.number == frame.number
            and prev.span.paragraph == frame.span.paragraph
            and [(s.paragraph, s.start) for s in prev.item_spans]
            == [(s.paragraph, s.start) for s in frame.item_spans]
            and _RESTATED.search(
                lay.paragraphs[frame.span.paragraph].text[prev.span.end : frame.span.start]
            )
            is not None
        )

    return fold_into_previous(frames, restates)


# 五个一, “五个二”, “两个一”: N ones (or twos …) — one formula however the speaker varies it
_ONES = re.compile(r"[二三四五六七八九十两]个[一二三四五六七八九十1-9]")


def _shorter_named(first: dict[str, Frame], frame: Frame) -> Frame | None:
    """The unlisted frame already kept whose phrase ``frame``'s phrase opens with, of the same
    number (两条路线 … 两条路线斗争): the longer phrase names that frame again with the word after
    it, as 两条路线 named ten times in one report."""
    return next(
        (
            known
            for phrase, known in first.items()
            if phrase != frame.phrase
            and frame.phrase.startswith(phrase)
            and known.number == frame.number
            and not known.listed
        ),
        None,
    )


# 四化: a number and the last character of a counted formula's noun (四个现代化), not a
# counter (两点 is no abbreviation of 两个审批点)
_ABBREVIATION = re.compile(r"[二三四五六七八九十两]([^个点条种项类件大方面部层者次\W\d])")
_COUNTED_NOUN = re.compile(
    r"[二三四五六七八九十两]{1,2}(?:个|项|条|种|类|大|件)[\u4e00-\u9fff]{2,6}"
)


def _abbreviates(first: dict[str, Frame], frame: Frame) -> Frame | None:
    """The counted frame already kept that ``frame`` abbreviates by the last character of
    its noun, of the same number (四化 after 四个现代化): the short form names it again — the
    gold writes such a formula once, by its first body mention (b34 cpc_congress_12, b35 1980)."""
    m = _ABBREVIATION.fullmatch(frame.phrase)
    if not m:
        return None
    return next(
        (
            known
            for phrase, known in first.items()
            if known.number == frame.number
            and _COUNTED_NOUN.fullmatch(phrase)
            and phrase[0] == frame.phrase[0]
            and phrase.endswith(m.group(1))
        ),
        None,
    )


# 两种反革命 … 两种革命: a dropped word that turns the noun round leaves another frame
_NEGATING = "反非不无"


def _contracted(first: dict[str, Frame], frame: Frame) -> Frame | None:
    """The frame already kept of the same number that ``frame``'s phrase shortens by dropping
    a qualifier from its middle, named in the same paragraph (新材料、绿色食品、智能装备三大主导产业，
    去年三大产业实现产值…): the count and the head noun kept, the speaker names the frame again.
    Only after it, and near: the gold keeps a shorter count written first (两个敌人 … 两个主要敌人,
    三大政策 … 三大革命政策) or far away (四个方面 … 四个主要方面) as a frame of its own; and the
    words dropped are a qualifier of two characters or more that does not negate (两种反革命 …
    两种革命 are two frames)."""
    phrase = frame.phrase
    for known in first.values():
        long = known.phrase
        if (
            known.number == frame.number
            and len(phrase) >= 4
            and len(long) >= len(phrase) + 2
            and frame.span.paragraph
            in {known.span.paragraph, *(m.paragraph for m in known.mentions)}
            and any(
                long.startswith(phrase[:k])
                and long.endswith(phrase[k:])
                and long[k] not in _NEGATING
                for k in range(2, len(phrase) - 1)
            )
        ):
            return known
    return None


def fold_repeats(frames: list[Frame], apart: set[int] = frozenset()) -> list[Frame]:
    """A formula found again by the second-pass rules (两手抓 … 两手抓) is one frame with
    two mentions, as counted phrases are. A formula of N ones named after another in the
    same paragraph (“五个一” … “五个二”、“五个三”, or its part “两个一”) is that formula
    varied on the spot, a mention of the first; an abbreviation (四化 after 四个现代化) a
    mention of the formula it shortens, and so is a count that drops a qualifier of a frame
    just named (三大主导产业 … 三大产业, :func:`_contracted`). A frame whose id is in ``apart`` counts other things
    than the first of its phrase (:func:`~drafter.study.frames.anew.introduced_anew`) and
    stays a frame."""
    first: dict[str, Frame] = {}  # each phrase's first kept frame
    ones: list[Frame] = []  # the last kept formula of N ones, if any
    seen = 0  # how many of the kept frames ``first`` and ``ones`` have taken in

    def named_before(out: list[Frame], frame: Frame) -> Frame | None:
        nonlocal seen
        for kept in out[seen:]:
            first.setdefault(kept.phrase, kept)
            if _ONES.fullmatch(kept.phrase) and not kept.listed:
                ones[:] = [kept]
        seen = len(out)
        known = first.get(frame.phrase) or _shorter_named(first, frame)
        if known is not None and not frame.listed and not frame.quoted and id(frame) not in apart:
            return known
        short = None if frame.listed else _abbreviates(first, frame)
        if short is not None:
            return short
        if not frame.quoted and id(frame) not in apart:
            shortened = _contracted(first, frame)
            if shortened is not None and (shortened.listed or not frame.listed):
                return shortened
        if ones and _ONES.fullmatch(frame.phrase) and not frame.listed:
            named_in = {ones[0].span.paragraph, *(m.paragraph for m in ones[0].mentions)}
            if frame.span.paragraph in named_in:
                return ones[0]
        return None

    return fold(frames, named_before)
