"""A numbered heading typed onto the paragraph before it, found by the run it belongs to.

"…取得明显成效。二、存在的问题": a writer who types a heading at the end of the paragraph
before it (no paragraph mark) leaves its marker inside that paragraph, right after a
sentence end. :mod:`drafter.corpus.clean` finds the short forms by their shape
(``_GLUED``/``_GLUED_WORD``); this module finds the rest by the one thing that tells a
heading from a list written into prose: **the run it belongs to opens paragraphs**. A
marker after 。！？ inside a paragraph is a heading split off its paragraph when its number
is the one its run lacks where the run's other members open paragraphs of their own:

* between them (一、 二、 [三、] 四、: the nearest item of its family above is 二、, the
  nearest below 四、);
* at the start (the first 一、 when 二、 and 三、 follow, and no 一、 opens a paragraph in
  between);
* at the end (the next number after the two before it, 三、 四、 [五、], nothing of its
  family below but a new run; a run of one, 第一个问题… then a glued 第二个问题…, only when
  the item before stands alone as one sentence).

A spoken series (:mod:`.spoken_series`: 一、… / 我讲的第二个问题，… / 第三点，…) is such a run
too, though no family holds it: its glued member is found between or after the members
opening paragraphs round it, said in two forms or more (:func:`continues_spoken`).

Never a list written into prose: not when the item before it is written inside the same
paragraph (一是…二是…, 第一，…第二，…), nor when the item after it follows in the same
paragraph ("…分三步。1、… 2、…"); never 三、四月 (a numeral after 、 is an approximate
number); never a bare part number (一 alone: :mod:`clean` reads those), a sequence word
(首先/其次, which prose uses freely) or a counted noun run on as prose (第二项工作…: only
第二项， 第二个问题是 with a mark or 是 after the noun). 一是 counts only between its neighbours (a first
point run into its lead, …工作。一是…, stays in the paragraph).

The paragraph is split at the marker and the tail becomes a paragraph of its own, whose
heading the outline cuts as it cuts any (to its first sentence; a short statement whole).
The same evidence keeps a Word paragraph ending in such a heading from being re-joined to
the paragraph after it (``…有其根据。（6）相持阶段是战争的枢纽`` then 三个阶段的…).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from itertools import accumulate

from drafter.corpus.markers import (
    CN_DUN,
    DI,
    DI_NOUN,
    LAST,
    PART,
    YISHI,
    approximate_number,
    match_asked,
    match_marker,
    ordinal_marker_in,
    renumber,
    rparen_family,
)
from drafter.corpus.model import Block
from drafter.corpus.spoken_series import BARE, spoken_ordinal

# a sentence end, then (perhaps a space) a character a numbered marker starts with
# (the stop matched, not looked behind for: the search then skips to each stop at once)
_HINT = re.compile(r"[。！？][ \u3000]?(?=[一二三四五六七八九十（(第0-9问提QＱ])")
_PLUS_ONE = (1).__add__  # a paragraph's length and its line end
_FIRST = frozenset("一二三四五六七八九十（(第0123456789问提QＱ")
_STOP = re.compile(r"[。！？!?]")
_STOPS = frozenset("。！？!?")
_MIN_HEAD = 4  # characters the paragraph keeps before the marker
# a counted noun marks a point only with a mark or 是 after it (第二个问题是 / 第十一个问题，
# / 第三点：); 第二项工作…, 第一步要… run on as prose
_NOUN_MARK_END = frozenset("，,、：:。；是 \u3000")
_WINDOW = 80  # characters of the tail a marker is read from
# what ends a glued spoken ordinal's mark (第三点， / 三、 / 第三个问题是): a bare 第三 is prose
_SPOKEN_MARK_END = frozenset("，,、：:是")


def _match(text: str):
    """The marker opening ``text``: any numbered one, or a question numbered Q1：/问2：
    (whether a run of those is put as questions, the outline decides:
    :func:`drafter.corpus.numbered_candidates.asked_runs`)."""
    return match_marker(text) or match_asked(text)


def _key(marker) -> str:
    """The run a marker numbers: its family, with 第二、 and 第三个问题是 one run (a
    speaker's points in mixed forms) and 1） apart from 1、."""
    family = rparen_family(marker)
    return DI if family == DI_NOUN else family


class RunStarts:
    """Where each run's members open paragraphs: for each run key, the paragraph indexes
    (ascending) with the ordinal there and whether that paragraph is one sentence at most
    (a heading standing alone)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.at: dict[str, list[tuple[int, int, bool]]] = {}
        self.levels: dict[str, int] = {}  # the heading style a run's members carry (Word)
        # whether the paragraph a member opens ends with a stop (…信心 / …信心。): the shape
        # a heading typed onto a paragraph shares with its siblings
        self.stopped: dict[int, bool] = {}
        for j, b in enumerate(blocks):
            text = (b.numbering or "") + b.text  # Word's automatic numbering shows its label
            if text[:1] not in _FIRST and text[:1] not in "首其再最":
                continue
            m = _match(text)
            if m is None or m.family == PART or m.ordinal >= LAST:
                continue
            one = _STOP.search(text, 0, len(text) - 1) is None
            self.at.setdefault(_key(m), []).append((j, m.ordinal, one))
            self.stopped[j] = text[-1:] in _STOPS
            if b.heading_level is not None:
                self.levels.setdefault(_key(m), b.heading_level)
        self._index = {k: [j for j, _, _ in v] for k, v in self.at.items()}
        # the paragraphs a spoken ordinal opens, whatever its form (一、 / 我讲的第二个问题，
        # / 第三点，): (index, value, form), the members a spoken series is read from
        self.spoken = [
            (j, found[0], found[1])
            for j, b in enumerate(blocks)
            if (found := spoken_ordinal((b.numbering or "") + b.text)) is not None
        ]

    def around(self, key: str, i: int) -> tuple[list, list]:
        """The members of run ``key`` opening paragraphs up to ``i`` (paragraph ``i``
        itself included: its own opening marker is above a marker inside it) and after."""
        items = self.at.get(key, [])
        cut = bisect_left(self._index.get(key, []), i + 1)
        return items[:cut], items[cut:]


def continues_run(starts: RunStarts, i: int, marker) -> bool:
    """Whether ``marker``, found inside paragraph ``i`` after a sentence end, is the member
    its run lacks (between its neighbours, first, or last: see the module docstring)."""
    key, n = _key(marker), marker.ordinal
    above, below = starts.around(key, i)
    prev = above[-1] if above else None
    nxt = below[0] if below else None
    if prev is not None and prev[1] == n - 1 and nxt is not None and nxt[1] in (n + 1, n + 2):
        return True  # between its neighbours (the one after it may be missing too)
    if marker.family == YISHI:
        return False  # (一是… run into its lead; 三是 written on in prose)
    if n == 1:
        return (
            len(below) >= 2
            and below[0][1] == 2
            and below[1][1] == 3
            and (prev is None or prev[1] >= 2)
        )
    if prev is None or prev[1] != n - 1 or (nxt is not None and nxt[1] != 1):
        return False
    # the last member: the two before it above, in turn (a run of one: its item a line of
    # its own, one sentence)
    if n > 2:
        return len(above) >= 2 and above[-2][1] == n - 2
    return prev[2] and prev[0] < i


def expected_in_run(starts: RunStarts, i: int, marker, tail: str) -> bool:
    """Whether ``marker`` (inside paragraph ``i``, after a sentence end, opening ``tail``,
    the rest of the paragraph), which also reads as an approximate number (三、两个… "three
    or two"), is the heading its run expects next: the run lacks its number, the member
    before it opens a paragraph above as a heading standing alone (one sentence at most),
    the member after it opens one below or the one before that stands alone above too
    (一、 二、 then the glued 三、), and ``tail`` ends as that member does (a heading typed
    on has its siblings' shape: no stop after 二、抓好项目建设, none after 三、两个咖啡杯…).
    The expected numeral wins over the prose reading there, and only there: a sentence
    ending in 。 under headings without one (…。三、四月份是施工的黄金期，要抓紧开工。), a
    run of paragraphs that open with their points, or a run that has the number already
    keep the words a number in prose."""
    key, n = _key(marker), marker.ordinal
    above, below = starts.around(key, i)
    if any(v == n for _, v, _ in above) or any(v == n for _, v, _ in below):
        return False
    before = [(j, v) for j, v, alone in above if alone and j < i]
    sibling = before[-1][0] if before else below[0][0] if below else None
    if sibling is None or starts.stopped.get(sibling) != (tail.rstrip()[-1:] in _STOPS):
        return False
    after = [v for _, v, _ in below]
    if n == 1:
        return after[:2] == [2, 3]
    if not before or before[-1][1] != n - 1:
        return False
    if after:
        return after[0] == n + 1
    return len(before) >= 2 and before[-2][1] == n - 2


def continues_spoken(starts: RunStarts, i: int, text: str, at: int) -> bool:
    """Whether the spoken ordinal at ``at`` in paragraph ``i`` (after a sentence end) is
    the member a spoken series lacks (:mod:`.spoken_series`: 一、… / 我讲的第二个问题，… /
    第三点，…, no family's run): its value follows the two members opening the paragraphs
    before it (the last member, nothing after it but a new series) or lies between its
    neighbours, and the members round it are said in two forms or more, so no family's
    run decides. Only an ordinal with its mark (第三点， / 第三，/ 三、): a bare 第三 or a
    unit run on (第三点很重要) is prose; never the second of a list written into the
    paragraph (its 第二 before it)."""
    found = spoken_ordinal(text[at : at + _WINDOW])
    if found is None:
        return False
    n, form, end = found
    if form == BARE or text[at + end - 1] not in _SPOKEN_MARK_END or n < 3:
        return False
    if lists_inline_spoken(text[1:at], n):
        return False
    above = [x for x in starts.spoken if x[0] <= i]
    below = [x for x in starts.spoken if x[0] > i]
    if not above or above[-1][1] != n - 1:
        return False
    if below and below[0][1] == n + 1:
        around = [above[-1], below[0]]
    elif (not below or below[0][1] == 1) and len(above) >= 2 and above[-2][1] == n - 2:
        around = above[-2:]
    else:
        return False
    return len({f for _, _, f in around if f != BARE} | {form}) >= 2


def lists_inline_spoken(before: str, n: int) -> bool:
    """Whether ``before`` (a paragraph up to a spoken ordinal valued ``n``) says the
    ordinal before it after a mark (…第二，… / …第二点，…): a list written into prose."""
    return ordinal_marker_in(before, DI, n - 1) or ordinal_marker_in(before, DI_NOUN, n - 1)


def lists_inline(text: str, m) -> bool:
    """Whether the item before ``m`` is written inside ``text`` (so ``m`` ends a list that
    runs in the paragraph). A bare part number counts only where it stands as a number
    does, at the start or after a stop and before a space: "一" is in 这一切 and 一方面."""
    before = renumber(m.text, m.ordinal - 1)
    if m.family == CN_DUN:
        # 一、 ends words too (统一、单一、唯一、): the item starts after no character
        return re.search(rf"(?<![\u4e00-\u9fff]){re.escape(before)}", text) is not None
    if m.family != PART:
        return before in text
    number = before.strip()
    return re.search(rf"(?:^|[。！？；：\s]){number}(?:[ \u3000]|$)", text) is not None


def next_inline(rest: str, m) -> bool:
    """Whether the item after ``m`` follows in ``rest``, the paragraph after its marker
    ("…分三步。3、试点，4、推开"): ``m`` opens a list that runs in the paragraph."""
    after = renumber(m.text, m.ordinal + 1)
    if m.family == CN_DUN:
        return re.search(rf"(?<![\u4e00-\u9fff]){re.escape(after)}", rest) is not None
    return m.family != PART and after in rest


def _marker_at(text: str, at: int):
    """The numbered marker a heading typed on would start with at ``at`` (right after a
    sentence end), or None when what stands there is no such marker or a list written into
    prose (the item before it written in the paragraph after its start, or the item after
    it following): the checks that need no other paragraph. A marker that also reads as an
    approximate number (三、两个…) is returned: only its run can tell
    (:func:`expected_in_run`)."""
    marker = _match(text[at : at + _WINDOW])
    if (
        marker is None
        or marker.family == PART
        or marker.family == DI_NOUN
        and marker.text[-1] not in _NOUN_MARK_END
        or marker.ordinal >= LAST
        or marker.ordinal > 1
        and lists_inline(text[1:at], marker)
        or next_inline(text[at + len(marker.text) :], marker)
    ):
        return None
    return marker


def ends_in_run_heading(text: str, i: int, starts: Callable[[], RunStarts]) -> bool:
    """Whether paragraph ``i`` (``text``) ends in a heading typed onto it with no stop of
    its own: the tail after its last sentence end opens with a marker its run lacks. The
    paragraph after it is that heading's text, not more of this paragraph. ``starts`` makes
    the runs' index when it is first needed (most paragraphs fail before)."""
    if len(text) < 2 * _MIN_HEAD or text[-1] in "。！？!?；;，,、：:…”":
        return False
    last = max(text.rfind("。"), text.rfind("！"), text.rfind("？"))
    if last < _MIN_HEAD - 1:
        return False
    at = last + 1 + (text[last + 1 : last + 2] in (" ", "\u3000"))
    if text[at : at + 1] not in _FIRST:
        return False
    marker = _marker_at(text, at)
    if marker is None:
        return False
    if approximate_number(text, at, marker):
        return expected_in_run(starts(), i, marker, text[at:])
    return continues_run(starts(), i, marker)


def split_run_headings(blocks: list[Block]) -> list[Block]:
    """Split each heading typed onto a paragraph (a marker after a sentence end that its
    run lacks: :func:`continues_run`) into a paragraph of its own; the blocks unchanged (the same list) when there is none. The sentence ends
    followed by a marker's first character are found in one search over the whole text,
    and the runs' index is made only when one of them holds a marker prose would not."""
    texts = [b.text if b.heading_level is None and b.kind == "text" else "" for b in blocks]
    joined = "\n".join(texts)
    hits = [h.end() for h in _HINT.finditer(joined)]
    if not hits:
        return blocks
    starts_at = list(accumulate(map(_PLUS_ONE, map(len, texts)), initial=0))
    found: dict[int, list[tuple[int, object]]] = {}
    for end in hits:
        i = bisect_right(starts_at, end) - 1
        at = end - starts_at[i]
        if at >= _MIN_HEAD and (marker := _marker_at(texts[i], at)) is not None:
            found.setdefault(i, []).append((at, marker))
    if not found:
        return blocks
    starts = RunStarts(blocks)
    cuts = {
        i: [
            at
            for at, m in c
            if (
                expected_in_run(starts, i, m, texts[i][at:])
                if approximate_number(texts[i], at, m)
                else continues_run(starts, i, m) or continues_spoken(starts, i, texts[i], at)
            )
        ]
        for i, c in found.items()
    }
    if not any(cuts.values()):
        return blocks
    out: list[Block] = []
    for i, b in enumerate(blocks):
        at = cuts.get(i)
        if not at:
            out.append(b)
            continue
        pieces = [b.text[s:e].strip() for s, e in zip([0, *at], [*at, len(b.text)])]
        out.append(replace(b, text=pieces[0]))
        for piece in pieces[1:]:
            out.append(Block(piece, starts.levels.get(_key(_match(piece)))))
    return out
