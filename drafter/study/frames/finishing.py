"""The last touches on the frames a document keeps, after the rules and the second look.

Counts that only say two things are two (A和B是两件事) and those
:mod:`drafter.study.frames.not_frames` names are dropped, a bare count is named by its subject,
items are polished and their spans moved onto the polished words. Apart from
:func:`drafter.study.frames.find_frames` so that bench/study_logo.py, which runs the rules and
the second look itself, finishes its frames the same way.
"""

from __future__ import annotations

import re

from drafter.study.frames.count_subject import with_subject
from drafter.study.frames.item_places import take_items
from drafter.study.frames.item_polish import polish_item
from drafter.study.frames.not_frames import not_a_frame
from drafter.study.frames.sure_items_after import noun_named_sentences
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.text import first_clause, item_place

# 政治上的打击和经济上的消灭是两件事 / 并不是两件事情: the copula says two things differ (or do
# not), it does not sum up parts (gold README since study_dev_b13, batch 16)
_DISTINCTION = re.compile(
    r"(?:[和与同跟][^，,。；;：:！？!?]{1,24}(?:都|也|本来|完全|根本)?|不)是$"
)
_DIFFERENT = re.compile(r"(?:这)?([两二](?:件事情|件事|回事))")


# 这二者是有区别的, 两者“性格”背道而驰: a pronoun whose clause says the two differ (gold README,
# "Settled, session 26"); 并不矛盾，要把两者结合起来 / 不要认为…两者是对立的 join them
_PRONOUN = re.compile(r"(?:这|此)?[两二]者")
_DIFFER = re.compile(r"区别|不同|不一样|背道而驰|两回事|两件事")


def _distinction(lay: Layout, frame: Frame) -> bool:
    """Whether a count only says that two things are two (A和B是两件事), points back at
    such a count (…是两件事，如果混同这两件事), or is a pronoun whose clause says the two
    differ (这二者是有区别的): no frame."""
    text = lay.paragraphs[frame.span.paragraph].text
    if _PRONOUN.fullmatch(frame.phrase):
        clause = re.split(r"[，,。；;！？!?]", text[frame.span.end :], maxsplit=1)[0]
        differ = _DIFFER.search(clause)
        return bool(differ) and not re.search(r"[不没非无]", clause[: differ.start()])
    m = _DIFFERENT.fullmatch(frame.phrase)
    if not m:
        return False
    return any(
        _DISTINCTION.search(text[max(0, at.start() - 30) : at.start()])
        for at in re.finditer(m.group(1), text[: frame.span.end])
    )


# “五个三”, 四个一批, 三个十大: a formula that counts counts (each of its items a count)
_COUNT_OF_COUNTS = re.compile(r"[二三四五六七八九十]个(?:[二三四五六七八九十两]|十大)")


def _part_of_counts(frame: Frame, found: list[Frame]) -> bool:
    """Whether ``frame`` stands inside an item of a listed formula that counts counts (“五个三”
    工程，即盘活三类资源、培育三大产业…: 三类资源 is one of its five parts): a part of a formula
    is no frame of its own (gold README, study_dev_b12: “五个一”里面就有“两个一”)."""
    return any(
        other is not frame
        and other.listed
        and _COUNT_OF_COUNTS.fullmatch(other.phrase.strip('“”"‘’'))
        and any(
            span.paragraph == frame.span.paragraph and span.start <= frame.span.start < span.end
            for span in other.item_spans
        )
        for other in found
    )


def finish(lay: Layout, found: list[Frame]) -> list[Frame]:
    """The last touches on the frames the rules and the second look kept, as the reader gets
    them: counts that only say two things are two dropped (:func:`_distinction`), and the counts
    :mod:`drafter.study.frames.not_frames` names (a lone 一, things differing in kind, named
    bodies before their count) and the parts of a formula that counts counts
    (:func:`_part_of_counts`), a bare count named by its subject, items polished. One function
    so that bench/study_logo.py, which runs the rules and the second look itself, scores what
    :func:`find_frames` returns."""
    found = [f for f in found if not _distinction(lay, f) and not not_a_frame(lay, f)]
    found = [f for f in found if not _part_of_counts(f, found)]
    for frame in found:
        if not frame.listed and not frame.items:
            _take_announced_paragraphs(lay, frame)
        if not frame.listed and not frame.items:
            take_items(frame, noun_named_sentences(lay, frame), "inline")
        if frame.listed:  # 三个 -> 基本原则有三个: a bare count is named by its subject
            frame.phrase = with_subject(lay, frame)
        if frame.source != "sections":  # headings stay as written
            polished = [polish_item(i) for i in frame.items]
            if len(set(polished)) == len(polished):
                _replace_spans(lay, frame, polished)
                frame.items = polished
    return found


def _take_announced_paragraphs(lay: Layout, frame: Frame) -> None:
    """这里，我想讲三个方面的认识。 ending its paragraph, then three paragraphs with no marker
    (投诉是企业的信任。… / 投诉是工作的镜子。… / …): the count announces the paragraphs, so each
    one's first clause is an item (gold README, "Settled, session 45": unmarked paragraphs
    under a count make a listed frame). Read by the roadmap reader of the paragraphs after a
    lead, only when it takes exactly as many paragraphs as the frame counts and none opens
    with a marker (marked ones are the ordinal readers' to take or refuse)."""
    from drafter.study.roadmap.before_paragraphs import before_numbered_paragraphs
    from drafter.study.roadmap.markers import part_marker

    idx = frame.span.paragraph
    if not 2 <= frame.number <= 8 or frame.quoted:
        return
    text = lay.paragraphs[idx].text.rstrip()
    if len(text) - frame.span.end > 8 or lay.paragraphs[idx].is_heading:
        return  # the count ends its paragraph (…三个方面的认识。), as a lead does
    road = before_numbered_paragraphs(lay, idx)
    if road is None or road.count != frame.number or len(road.sections) != frame.number:
        return
    if not road.span.start <= frame.span.start < road.span.end:
        return
    paras = [lay.paragraphs[i] for i in road.sections]
    if any(p.is_heading or part_marker(p.text) for p in paras):
        return
    # ——保持经济中高速增长，…: the dash that sets each paragraph off is no part of its item
    items = [first_clause(p.text.strip().lstrip("—－- ")) for p in paras]
    if any(not i or len(i) > 24 for i in items) or len(set(items)) != len(items):
        return
    frame.items = items
    frame.item_spans = []
    for i, item in zip(road.sections, items, strict=True):
        at = lay.paragraphs[i].text.find(item)
        frame.item_spans.append(Span(i, at, at + len(item)))
    frame.source = "ordinals"


def _replace_spans(lay: Layout, frame: Frame, polished: list[str]) -> None:
    """Move the span of each item polishing changed onto the polished words (用好“清单工作法
    -> “清单工作法”: the quote put back stands a character before the reader's span), so that
    the reader's marks cover what the trainee reads in the list."""
    if len(frame.item_spans) != len(frame.items):
        return
    spans = []
    for item, new, span in zip(frame.items, polished, frame.item_spans, strict=True):
        if new != item and 0 <= span.paragraph < len(lay.paragraphs):
            text = lay.paragraphs[span.paragraph].text
            span = Span(span.paragraph, *item_place(text, new, span.start, span.end))
        spans.append(span)
    frame.item_spans = spans
