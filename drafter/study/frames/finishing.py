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
from drafter.study.frames.item_polish import polish_item
from drafter.study.frames.not_frames import not_a_frame
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.text import item_place

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
        if frame.listed:  # 三个 -> 基本原则有三个: a bare count is named by its subject
            frame.phrase = with_subject(lay, frame)
        if frame.source != "sections":  # headings stay as written
            polished = [polish_item(i) for i in frame.items]
            if len(set(polished)) == len(polished):
                _replace_spans(lay, frame, polished)
                frame.items = polished
    return found


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
