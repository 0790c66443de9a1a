"""The units a pointer count closes when the writer set them side by side right before it with
no list marks but commas, or none at all: 在国民党统治区，在沦陷区，在解放区，这三种地方 (units that
open on the same preposition), 一个共产党，一个国民党，这两个党 (on the same numeral), 轻工业，农业这两个
东西 (bare nouns), 农民对家族神道男女关系这三点 (nouns written on end after the preposition whose
object they are).

The readers of a list before a count (:mod:`~drafter.study.frames.units`,
:mod:`~drafter.study.frames.closing_lists`, :mod:`~drafter.study.frames.pointed_clauses`) cut it
at 、 and 和; commas part clauses, and the clauses before a pointer are most often no list (有A，有B
was left out there on purpose). What makes these units a list is that they are written alike —
each opening on one word, or each a bare noun — and that the pointer's number is exactly how many
such units stand before it: the unit before the first must not be one more of the same kind, or
the count would not be theirs alone. That is the whole reading; it never weighs.

It reads only counts the rules refused (the second look). Read as well for the strict mentions
the rules resolve (a finder beside items_just_before), it gained one more frame on
bench/frame_split.py's development half but its check half went 481/533 -> 482/535 (one right,
one spurious: precision lost), so the finder was left out.
"""

from __future__ import annotations

import re

from drafter.study.frames.item_places import Read, item_spans, own_sentence_start
from drafter.study.layout import Layout
from drafter.study.model import Frame
from drafter.study.words import tagged, words

# the pointer right before the count (这三种地方, 这样两个, 上述三点)
_POINTER = re.compile(r"(?:这|这些|这样|上述|以上)$")
# the tags of a noun written on end (家族, 男女关系) and of a bare noun unit (轻工业, 国民党统治区;
# not an idiom, l, which opens a sentence as often as it names a thing: 说到底, 总而言之)
_NOUN_TAGS = ("n", "nz", "nt", "ns", "nr", "j", "l", "vn")
_UNIT_TAGS = ("n", "nz", "nt", "ns", "nr", "j", "vn")
# a unit that names a thing of its own or holds a list of its own: no unit of this one
_SAYING = frozenset("叫是为")
# prepositions that join two things as 和 does: the noun before them is one more item
_PAIRING = frozenset(("同", "跟", "和", "与", "及"))
_MARKS = re.compile(r"[、和与及或“”（）()：:；;]")


def _opening(unit: str) -> tuple[str, str]:
    """The first word of ``unit`` and its tag, or two empty strings."""
    cut = tagged(unit)
    return cut[0] if cut else ("", "")


def _noun_unit(unit: str) -> bool:
    """Whether ``unit`` is one bare noun phrase of at most two words (轻工业, 国民党统治区)."""
    cut = tagged(unit)
    return 1 <= len(cut) <= 2 and all(t.startswith(_UNIT_TAGS) for _, t in cut)


def _shared_opening(units: list[str]) -> str:
    """The word every unit but the first opens on, when it is a preposition or a numeral with
    its counter (在…, 一个…) and the first unit holds it as a word of its own (目前在国民党统治区):
    the word the units were written alike with; '' otherwise."""
    word, tag = _opening(units[-1])
    if not word or not (tag == "p" or (tag == "m" and word.startswith("一") and len(word) == 2)):
        return ""
    if any(words(u)[:1] != [word] for u in units[1:]) or word not in words(units[0]):
        return ""
    return word


def _alike(units: list[str], before: str | None) -> list[str] | None:
    """The items of ``units`` when they are written alike — each opening on one preposition or
    numeral (taken off), or each a bare noun — and ``before``, the unit standing before the
    first in the same sentence (None when none does), is not one more of them."""
    shared = _shared_opening(units)
    if shared:
        if before is not None and words(before)[:1] == [shared]:
            return None  # one more unit opening alike: the count is not theirs alone
        first = units[0]
        cut = "".join(words(first)[: words(first).index(shared) + 1])
        items = [first[len(cut) :], *(u[len(shared) :] for u in units[1:])]
        if all(i[:1] in _SAYING for i in items):
            items = [i[1:] for i in items]  # 一种叫A，一种叫B: the things, not the naming
    elif all(_noun_unit(u) for u in units):
        if before is not None and _noun_unit(before):
            return None
        items = list(units)
    else:
        return None
    if len(set(items)) != len(items) or any(not 2 <= len(i) <= 10 for i in items):
        return None
    sizes = sorted(len(i) for i in items)
    return items if sizes[-1] <= 2 * sizes[0] + 2 else None


def _words_on_end(unit: str, number: int) -> list[str] | None:
    """家族神道男女关系 in 农民对家族神道男女关系: ``number`` (three or more) nouns of two
    characters or more written on end closing ``unit``, right after the preposition or verb
    whose object they are (so that no noun before them could be one more)."""
    cut = tagged(unit)
    if number < 3 or len(cut) <= number:
        return None  # two nouns on end are most often one compound (民族资产阶级这两个阶级)
    run, lead = cut[-number:], cut[-number - 1]
    if any(len(w) < 2 or not t.startswith(_NOUN_TAGS) or t == "vn" for w, t in run):
        return None
    if lead[1] not in ("p", "v") or lead[0] in _PAIRING:
        return None  # 工人阶级同民族资产阶级: 同 pairs the noun before with the run
    return [w for w, _ in run]


def parallel_units(lay: Layout, paragraph: int, start: int, number: int) -> Read | None:
    """The ``number`` units written alike that close the sentence right before the pointer of
    the count at ``start`` (parted by commas, or nouns on end glued to the pointer), with
    their spans; None unless exactly that many stand there."""
    text = lay.paragraphs[paragraph].text
    pointer = _POINTER.search(text, max(0, start - 2), start)
    if pointer is None or not 2 <= number <= 9:
        return None
    at = pointer.start()
    own = own_sentence_start(text, at)
    head = text[own:at]
    opens_clause = head.endswith(("，", ","))
    units = [u.strip() for u in re.split(r"[，,]", head.rstrip("，, "))]
    if not units or not units[-1] or any(_MARKS.search(u) for u in units[-number:]):
        return None
    items = None
    if len(units) >= number:
        chosen = units[-number:]
        before = units[-number - 1] if len(units) > number else None
        if all(chosen) and (opens_clause or _noun_unit(chosen[-1])):
            items = _alike(chosen, before)
    if items is None and not opens_clause:
        items = _words_on_end(units[-1], number)
    if items is None:
        return None
    return items, item_spans(text, paragraph, items, own, at)


def units_before_count(lay: Layout, frame: Frame) -> Read | None:
    """:func:`parallel_units` for a count the rules refused (这三种地方, refused as a count of
    places): the second look keeps it with them, without weighing."""
    return parallel_units(lay, frame.span.paragraph, frame.span.start, frame.number)
