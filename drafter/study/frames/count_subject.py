"""A bare count named by the noun it is the predicate of: 基本原则有三个，即：… shows as
基本原则有三个, not 三个 (:func:`with_subject`, read when a frame is finished).
"""

from __future__ import annotations

import re

from drafter.study.layout import Layout
from drafter.study.model import Frame
from drafter.study.words import tagged

# 基本原则有三个，即：… / 前途不外两种，一是… / 方法只有两个：…: a count stated as the predicate of
# the noun it counts, which stands before it
_BARE_COUNT = re.compile(r"[一二三四五六七八九十两]{1,2}(?:个方面|个|种|类|条|项|点|件|方面)")
_NO_SUBJECT = frozenset(("主要", "大体", "大致", "一共", "总共", "大概", "至少", "起码", "还是"))
_PREDICATE = re.compile(
    r"([\u4e00-\u9fff]{2,6}?)(?:大体上|大致|主要|一共|总共|共|只|也|就|则|都)?"
    r"(?:有|不外乎|不外|可以分为|可分为|分为|分成|包括|计有)$"
)


def with_subject(lay: Layout, frame: Frame) -> str:
    """The phrase of a bare count (三个, 两种) with the noun it is the predicate of, as the text
    says it (八路军的政治工作的基本原则有三个 -> 基本原则有三个; 努力的方式有两种 -> 方式有两种): the
    words after the last 的 or clause mark, ending on a noun; the phrase itself otherwise."""
    if not _BARE_COUNT.fullmatch(frame.phrase):
        return frame.phrase
    text = lay.paragraphs[frame.span.paragraph].text
    head = text[max(0, frame.span.start - 14) : frame.span.start]
    head = re.split(r"[，,。；;：:！？!?、“”（）()的]", head)[-1]
    m = _PREDICATE.search(head)
    if not m:
        return frame.phrase
    subject = m.group(1)
    if subject in _NO_SUBJECT:
        return frame.phrase  # 主要有两条: an adverb, no noun
    if subject.endswith("是"):
        return frame.phrase  # 批评斯大林是有两方面的性质: a copula after a clause, no noun
    tags = tagged(subject)
    lead = 0
    while len(tags) > 1 and tags[0][1] in ("c", "d") and tags[0][0] not in _NO_SUBJECT:
        lead += len(
            tags[0][0]
        )  # 所以知识分子有两种: the conjunction opens the clause, not the noun
        tags = tags[1:]
    if (
        not tags
        or tags[-1][1][:1] in ("r", "p", "c", "d", "u", "m", "q")
        or tags[0][1]
        in (
            "r",
            "p",
            "c",
            "d",
        )
    ):
        return frame.phrase
    if len(subject) - lead < 2:
        return frame.phrase
    return head[m.start(1) + lead :] + frame.phrase
