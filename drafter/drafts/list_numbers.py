"""A list item taken from a source text is numbered in its new place.

A writer copies "9.“数商兴农”…" from a report into a draft whose paragraphs list "（1）…" and
"（2）…": kept as it was, the draft read （1）（2）9. and the writer had to find and retype
the number. :func:`fit_numbers` gives the item the number after the draft's item before it,
in the style of the draft's list, and moves the draft's items after it on by as many; with no
list around it a lone item loses its stale number, and a run of items copied together is
numbered from one in its own style. What a number is comes from
:func:`drafter.corpus.markers.match_marker`, the reader's one rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.corpus import markers as mk

# the families a paragraph list is numbered in; a chapter, an article, a part, a minutes'
# 问题一 and ① (which renumber cannot spell) are no list a writer continues
_LIST_FAMILIES = frozenset(
    (mk.ARABIC, mk.ARABIC_PAREN, mk.ARABIC_RPAREN, mk.CN_DUN, mk.CN_PAREN, mk.DI, mk.YISHI)
)


@dataclass
class Fitted:
    """What :func:`fit_numbers` did: ``inserted`` the texts to insert, ``following`` the new
    texts of the draft's paragraphs after the insertion point (by their index in the old
    list), ``markers`` the numbers the inserted items now carry ("" where one was dropped),
    for the status line."""

    inserted: list[str]
    following: dict[int, str] = field(default_factory=dict)
    markers: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether any number was given, dropped or moved on."""
        return bool(self.markers or self.following)


def _item(text: str) -> mk.Marker | None:
    """The list number ``text`` opens with, or ``None`` (首先/最后 are words, not numbers)."""
    m = mk.match_marker(text)
    if m is None or m.family not in _LIST_FAMILIES or m.word or not m.rest.strip():
        return None
    if mk.approximate_number(text, 0, m):
        return None  # 三、四月份…: two numbers of prose, no item
    return m


def _prefix(text: str, m: mk.Marker) -> str:
    """The number as ``text`` writes it, with the space after it ("1. " of "1. 加强…")."""
    return text[: len(text) - len(m.rest)]


def fit_numbers(existing: list[str], at: int, inserted: list[str]) -> Fitted:
    """Number the list items among ``inserted`` for their place at index ``at`` of a node's
    paragraphs ``existing``: after the draft's item before them (or in the place of the one
    after them), in that item's style, moving the draft's run of that list after them on.
    With no numbered paragraph beside the insertion point, one item drops its number and
    several are numbered from one in the style of the first. Texts without a number are
    left as they are."""
    found = [_item(t) for t in inserted]
    if not any(found):
        return Fitted(list(inserted))
    at = max(0, min(at, len(existing)))
    before = _item(existing[at - 1]) if at > 0 else None
    after = _item(existing[at]) if at < len(existing) else None
    if before is not None:
        style, start = _prefix(existing[at - 1], before), before.ordinal + 1
    elif after is not None:
        style, start = _prefix(existing[at], after), after.ordinal
    elif sum(1 for m in found if m) > 1:
        k = next(i for i, m in enumerate(found) if m)
        style, start = _prefix(inserted[k], found[k]), 1
    else:  # one item alone: its number is the source's, not this draft's
        return Fitted(
            [m.rest.lstrip() if m else t for t, m in zip(inserted, found)],
            markers=["" for m in found if m],
        )
    out, given = [], []
    n = start
    for text, m in zip(inserted, found):
        if m is None:
            out.append(text)
            continue
        number = mk.renumber(style, n)
        out.append(number + m.rest)
        given.append(number.strip())
        n += 1
    fitted = Fitted(out, markers=given)
    if before is not None or after is not None:
        family = (before or after).family
        fitted.following = _moved_on(existing, at, family, start, n - start)
    return fitted


def _moved_on(existing: list[str], at: int, family: str, start: int, by: int) -> dict[int, str]:
    """The draft's items of the ``family`` list after ``at`` that run on from ``start`` (1, 2, 3
    …, a paragraph without a number between them a part of the item before), numbered ``by``
    more."""
    moved: dict[int, str] = {}
    expected = start
    for i in range(at, len(existing)):
        m = _item(existing[i])
        if m is None or m.family != family:
            continue
        if m.ordinal != expected:
            break
        moved[i] = mk.renumber(_prefix(existing[i], m), expected + by) + m.rest
        expected += 1
    return moved
