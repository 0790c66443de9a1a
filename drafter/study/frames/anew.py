"""A counted phrase named again for other things (两方面 … 游击主义有两方面 … 我有两个问题).

Speeches and long essays reuse their plain summary words — 两方面, 两个问题, 三个阶段, 两种态度 —
for new sets of things, and the gold marks each such use as a frame of its own. The rules of
:mod:`drafter.study.frames` keep one frame per phrase and fold the later uses into its mentions
unless both uses list their items and the items differ
(:func:`~drafter.study.frames.reused_phrases.counts_other_items`, which needs the first use's items too
and leaves items a paragraph on to the counts there). This module says when a later use sets
out a new set: a verb of having or yielding right before the count (X有两方面, 还有两种情形,
产生了两方面的情形), its own items after it, none of them a known frame's, in a paragraph where
the frames of that phrase kept so far neither stand nor have their items, nor in the one before
or the heading above (a heading 两个战场 restated by 分为两个战场：… is one set). A pointer
(这两方面) or a words-away reference (矛盾的两方面, 三个阶段的历史) takes up what was named before
and stays a mention.

A later use that lists its own items after it, far from every use before, is a set of its own
too: :func:`~drafter.study.frames.reused_phrases.lists_another_set` says so for any counted
phrase (说的是如下两种情形：第一、…第二、… pages after 还有两种情形, only named).
"""

from __future__ import annotations

import re

from drafter.study.frames.forward import forward_items
from drafter.study.frames.item_places import take_items
from drafter.study.frames.lexicon import counted_formula
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.ordinals import ordinal_at
from drafter.study.text import item_clause

# 有两方面 / 是有三个阶段 / 产生了两方面 / 分为两种: the count is what the subject has or yields
_HAS = re.compile(r"(?:有|产生了|分为|分成)$")
# 这两方面 / 上述两种 / 那些: a pointer takes up what came before
_POINTER = re.compile(r"(?:这|那|此|上述|以上|前述|上面|这些|那些)$")
_COUNTED = re.compile(r"[一二三四五六七八九十两]{1,2}(?:个|种|类|条|项|点|件|大|部分|方面|层)")


def introduced_anew(lay: Layout, frame: Frame, known: list[Frame]) -> bool:
    """Whether ``frame``, a counted phrase the text has named before (``known``: the frames of
    that phrase kept so far), sets out other things: a verb of having right before the count,
    no pointer, not a quoted formula nor one of the gold lexicon's (“三大政策”, one thing
    however often named), not 没有 (what is not had was named before), no known frame or
    item of it in the frame's paragraph, the one before or the heading of its section (a
    heading 两种方法 then 做事情，至少有两种方法：… names one set twice) — and its own items
    follow it, read by :func:`~drafter.study.frames.forward.forward_items` or as 一方面… then
    另一方面… opening a later paragraph (:func:`sides_across`), none of them a known frame's.
    A later use with no items read is still a set of its own (学习有两种态度，一种一切什么都学…,
    its kinds run on past what a reader cuts one by one): a frame named, not listed. Session 36
    kept such uses as mentions for the items figures (the gold's later questioners, 我有两个问题,
    came in without items); session 50 (fr14) measured them as frames on bench/frame_split.py's
    halves: development 559 -> 560 right (640 -> 641 found), check 481 -> 483 (533 -> 536),
    items unchanged (404 and 337 right)."""
    if frame.quoted or counted_formula(frame.phrase) or not _COUNTED.match(frame.phrase):
        return False
    text = lay.paragraphs[frame.span.paragraph].text
    before = text[max(0, frame.span.start - 6) : frame.span.start]
    if not _HAS.search(before) or _POINTER.search(_HAS.sub("", before)) or before.endswith("没有"):
        return False  # 没有两个革命的胜利: what is not had is the set named before
    p = frame.span.paragraph
    heading = _section_heading(lay, p)
    for k in known:
        near = {k.span.paragraph, *(s.paragraph for s in k.mentions)}
        if {p - 1, p, heading} & (near | {s.paragraph for s in k.item_spans}):
            return False
    if not frame.listed:
        take_items(frame, forward_items(lay, frame) or sides_across(lay, frame), "ordinals")
    follow = [s for s in frame.item_spans if (s.paragraph, s.start) >= (p, frame.span.end)]
    if frame.listed and not follow:
        return False  # its items read before the count: the set named before, taken up again
    if not frame.listed and _numbering_dropped(lay, frame):
        return False  # 我有两个问题，第一是…？ and no second: a list begun, not a set set out
    return not any(_shares_items(k, frame) for k in known)


# what numbers a second item: 第二 / 二是 / 其次 / 其二 / 另一 / （二） / 2、 / 二、
_SECOND = re.compile(
    r"第二|二(?:是|要|则)|其次|其二|另一|[（(](?:二|2)[）)]|(?<!\d)2[、.．]|(?<![一-龥])二、"
)


def _numbering_dropped(lay: Layout, frame: Frame) -> bool:
    """Whether the words right after ``frame`` number a first item (，第一是… / ：一是…) and
    nothing numbers a second in its paragraph or the next: the speaker began a list and left
    it (我有两个问题，第一是…？ then only the one question, the answer next). Such a count is
    no set a reader can learn; the b10 gold leaves it out. A first item named without a number
    (学习有两种态度，一种…) is not a list begun this way."""
    p = frame.span.paragraph
    text = lay.paragraphs[p].text
    i = frame.span.end
    while i < len(text) and text[i] in "，,：: ":
        i += 1
    opening = ordinal_at(text, i) if i > frame.span.end else None
    if opening is None or opening[0] != 1 or text.startswith("一种", i):
        return False
    after = text[opening[1] :]
    if p + 1 < len(lay.paragraphs):
        after += "\n" + lay.paragraphs[p + 1].text
    return _SECOND.search(after) is None


def _section_heading(lay: Layout, p: int) -> int:
    """The paragraph of the heading ``p`` stands under (``p`` itself when it is one), -1 when
    none does: a count in the heading (一三　四个时期) is the one its section sets out again
    (分为四个时期。第一个时期…)."""
    for q in range(p, -1, -1):
        if lay.paragraphs[q].is_heading:
            return q
    return -1


def _shares_items(known: Frame, frame: Frame) -> bool:
    """Whether two frames list one item (the same place, or one item's words in the other's)."""
    places = {(s.paragraph, s.start) for s in known.item_spans}
    if any((s.paragraph, s.start) in places for s in frame.item_spans):
        return True
    return any(a in b or b in a for a in known.items for b in frame.items if a and b)


_ONE_SIDE = re.compile(r"(?:在)?一方面(?:[，,：:]|是|则是)?")
_OTHER_SIDE = re.compile(r"(?:在)?(?:另一方面|又一方面|另方面|他方面)[，,：:]?(?:则是|是|则)?")


def sides_across(lay: Layout, frame: Frame) -> tuple[list[str], list[Span]] | None:
    """游击主义有两方面。一方面是A，…… (next paragraph) 另一方面是B，……: a count of two 方面
    whose next sentence opens 一方面, the other side opening one of the next two paragraphs
    (a long side fills its paragraph): the clause after each opener is an item."""
    if frame.number != 2 or "方面" not in frame.phrase:
        return None
    p = frame.span.paragraph
    text = lay.paragraphs[p].text
    end = text.find("。", frame.span.end)
    if end < 0:
        return None
    one = _ONE_SIDE.match(text, end + 1)
    if one is None:
        return None
    for q in range(p + 1, min(p + 3, len(lay.paragraphs))):
        para = lay.paragraphs[q]
        if para.is_heading:
            return None
        other = _OTHER_SIDE.match(para.text)
        if other is None:
            continue
        a, b = item_clause(text[one.end() :]), item_clause(para.text[other.end() :])
        if not (2 <= len(a) <= 40 and 2 <= len(b) <= 40) or a == b:
            return None
        return [a, b], [
            Span(p, one.end(), one.end() + len(a)),
            Span(q, other.end(), other.end() + len(b)),
        ]
    return None
