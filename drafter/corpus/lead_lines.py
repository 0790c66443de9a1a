"""A report's lead sentences standing over their paragraphs (经济运行持续向好。 then the
paragraph on it): lines that lost their bold in plain text, trusted only when there are
several."""

from __future__ import annotations

from operator import methodcaller

from drafter.corpus import markers as mk
from drafter.corpus.headings import SENTENCE_INSIDE
from drafter.corpus.markers import match_marker
from drafter.corpus.reflow import ends_sentence
from drafter.corpus.title_lines import ANNOUNCES


def lead_lines(texts: list[str], taken: set[int]) -> list[int]:
    """Short one-sentence lines over a long paragraph each: the bold lead sentences of a
    report ("经济运行持续向好。" then the paragraph on it), which lost their bold in the
    plain text. One such line is emphasis; the caller needs several before it trusts them."""
    out = []
    weak: list[tuple[int, int]] = []  # (line, part): leads only in parts with strong ones
    strong_parts: set[int] = set()
    part = 0  # parts counted by their headings (一、): lead lines belong to one
    openings: set[int] = set()  # lines right under a part heading: its opening sentence
    for i in range(1, len(texts) - 1):
        text = texts[i]
        if text[:1] in mk.MARKER_FIRST and _part_heading(text):
            part += 1
            openings.add(i + 1)
            continue
        if i in taken or not lead_shaped(text):
            continue
        after = texts[i + 1]
        if not (ends_sentence(texts[i - 1]) or match_marker(texts[i - 1])):
            continue
        point = match_marker(after)
        if point is not None:
            # over 一要…/第一，… points of its own: a lead line beside strong ones, unless
            # it announces them ("要着重抓好以下几项工作。")
            if point.family in _POINTS and not ANNOUNCES.search(text):
                weak.append((i, part))
            continue
        # (a dash the writer set before it marks a longer one as well: ——扎实抓好…。)
        short = len(text) <= _LEAD_MAX or text.startswith(DASH)
        if short and len(after) >= max(_LEAD_BODY, 3 * len(text)):
            out.append(i)
            strong_parts.add(part)
        elif len(after) >= max(_WEAK_LEAD_BODY, 2 * len(text)):
            weak.append((i, part))
        elif (
            i + 2 < len(texts)
            and (after.endswith(("：", ":")) or ANNOUNCES.search(after))
            and (second := match_marker(texts[i + 2])) is not None
            and second.family in _POINTS
        ):
            # over a short lead-in to points of its own ("要…，着重抓好以下几个方面：" then
            # 一是…): a lead line beside strong ones, as when the points follow at once
            weak.append((i, part))
    # the weaker ones count only where the strong ones show the report writes leads
    if len(out) < MIN_LEADS:
        return out
    return sorted(out + [i for i, p in weak if p in strong_parts and i not in openings])


def dash_leads(texts: list[str], taken: set[int]) -> list[int]:
    """Lines the writer opens with a dash, each standing alone over a paragraph of its own:
    the parallel points of a part (——学习他们勇于担当、甘于奉献的优良作风 three or four times
    under 二、), with a stop at the end or none, which :func:`lead_lines` (one sentence ending
    in 。 over a long paragraph) misses. Two or more in one part, or none: one dash line
    alone is a subtitle or a quotation's author (——苦难点亮未来, ——毛泽东), and dash items
    following each other with no paragraph between are a list, not headings. Nor where
    numbered points follow them in their part."""
    if not any(map(_DASH_OPENED, texts[1:-1])):
        # no line opens with a dash (most texts; one look in C): none is taken, and the
        # parts and numbered lines counted below only for such lines need not be read
        return []
    by_part: dict[int, list[int]] = {}
    numbered: dict[int, int] = {}  # each part's last numbered line ((一) 1. 一是 …)
    part = 0
    for i in range(1, len(texts) - 1):
        text = texts[i]
        if text[:1] in mk.MARKER_FIRST and _part_heading(text):
            part += 1
            continue
        if text[:1] in mk.MARKER_FIRST and match_marker(text) is not None:
            numbered[part] = i
        if i in taken or not text.startswith(_DASHES) or not _dash_shaped(text):
            continue
        before, after = texts[i - 1], texts[i + 1]
        if after.startswith(_DASHES) or len(after) < max(_DASH_BODY, len(text)):
            continue  # an item of a dashed list, or a line over too little to head
        if before.endswith(_QUOTE_END) or not (ends_sentence(before) or match_marker(before)):
            continue  # the author of the quotation above, or a line a sentence runs into
        by_part.setdefault(part, []).append(i)
    # (not where numbered points follow the dash lines in their part: the outline would put
    # those under the last dash line, and a numbered run is the surer level)
    return sorted(
        i
        for part, found in by_part.items()
        if len(found) >= 2 and numbered.get(part, -1) < found[-1]
        for i in found
    )


def _dash_shaped(text: str) -> bool:
    """A dash line that may head a point: a phrase or one sentence, no colon, not a
    subtitle naming a talk (——在…上的讲话) or a book (——《…》序)."""
    words = text.lstrip("".join(_DASHES)).strip(" \u3000")
    if not _DASH_MIN <= len(words) <= _WEAK_LEAD_MAX or words[-1] in _DASH_NOT_END:
        return False
    if SENTENCE_INSIDE.search(words[:-1]) or "：" in words or words.startswith(("《", "在")):
        return False
    return match_marker(words) is None


def lead_shaped(text: str) -> bool:
    """A line that may be a lead: one short sentence ending in 。, no colon, no marker (an
    item of a list the runs set aside), not opening as a transition or an address does."""
    if not 4 <= len(text) <= _WEAK_LEAD_MAX or text[-1] != "。":
        return False
    if (
        SENTENCE_INSIDE.search(text[:-1])
        or "：" in text
        or text.startswith(_NOT_LEADS)
        and not text.startswith(_COUNTRY)  # 我国是统一的多民族国家。: a lead
    ):
        return False
    return match_marker(text) is None


def _part_heading(text: str) -> bool:
    """A report's part heading (一、 第一部分), under which lead lines start afresh."""
    m = match_marker(text)
    return m is not None and m.family in (mk.CN_DUN, mk.PIAN, mk.CHAPTER, mk.SECTION)


_LEAD_MAX = 30
_LEAD_BODY = 100
_WEAK_LEAD_MAX = 48
_POINTS = frozenset((mk.YISHI, mk.DI))
_WEAK_LEAD_BODY = 40
MIN_LEADS = 4
DASH = "——"
# the dashes a point's line opens with: two em dashes, two U+2015 (a font's), full-width hyphens
_DASHES = ("——", "――", "－－")
_DASH_OPENED = methodcaller("startswith", _DASHES)
_DASH_MIN = 6  # characters after the dash: more than a name (——毛泽东)
_DASH_BODY = 20  # characters at least of the paragraph under a dash line
_DASH_NOT_END = "：:，,；;、"
_QUOTE_END = ("”", "」", "』", "’")
_NOT_LEADS = ("但", "因此", "所以", "同时", "总之", "这些", "我们", "我", "各位", "同志", "谢谢")
_COUNTRY = ("我国", "我省", "我市", "我县", "我区")
