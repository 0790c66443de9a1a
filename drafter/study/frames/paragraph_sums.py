"""Counts that sum up numbered paragraphs or sections before them: 以上十条, 右列四条, 上述三点.

A document of rules or a list of points closes with a count pointing back (以上十条，望认真执行):
its items are the paragraphs numbered 1 to N right before it (:func:`paragraph_items`), or
the N sibling sections it closes. The second look (:mod:`drafter.study.frames.refused_counts`)
keeps such a count exactly when the run is there (:func:`paragraph_counts`).
"""

from __future__ import annotations

import re

from drafter.numerals import parse_cn_number
from drafter.study.frames.item_places import Read, counted_before, take_items
from drafter.study.layout import Layout
from drafter.study.model import Frame, Span
from drafter.study.ordinals import ordinal_at
from drafter.study.text import item_clause

# 以上十条, 右列四条, 上述三项: a pointer opening a paragraph that sums up the ones before
_SUMS_UP = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十]{1,2}[）)])?(?:由于|从|如能实行)?(?:以上|上述|右列|上列|上面|前面)(?:的|所说的|所讲的)?$"
)


# 总之，我们要大力将上面四点抓起来: the pointer inside the paragraph's first clause-run
# (我们这三点得到更多的利润干什么: 这 too, the paragraphs before being numbered 1 to N)
_POINTER_END = re.compile(r"(?:以上|上述|右列|上列|上面|前面|这)(?:的|所说的|所讲的)?$")


def _sums_up_within(text: str, start: int) -> bool:
    """Whether a count at ``start`` is pointed back at (上面, 以上 …) inside the first sentence
    of its paragraph (总之，我们要大力将上面四点抓起来): the paragraph sums up as one that opens
    with the pointer does."""
    return bool(_POINTER_END.search(text[:start])) and not re.search(r"[。！？!?；;]", text[:start])


def paragraph_items(lay: Layout, paragraph: int, start: int, number: int) -> Read | None:
    """以上十条 / 右列四条 opening a paragraph (its first sentence) right after ``number``
    paragraphs that open with the ordinals 1 to N, in order (（一）…, 第一，…, 1．…): those
    paragraphs' first clauses. The run may also close each paragraph on its place (…这是第一种。)
    or leave one unnumbered paragraph after a point (:func:`_numbered_run`), and the pointer may
    stand in a later sentence of a short paragraph (还可以举出一些。主要的有这十一种。). None when
    a count of the same number leads them in (有四条：then （一）…（四）…，以上四条 names that
    frame again)."""
    text = lay.paragraphs[paragraph].text
    opens = _SUMS_UP.fullmatch(text[:start]) or _sums_up_within(text, start)
    # 还可以举出一些。主要的有这十一种。: a pointer in a short paragraph's later sentence
    late = len(text[:start]) <= 30 and _POINTER_END.search(text[:start])
    if paragraph < number or not (opens or late):
        return None
    chosen = (
        _closed_sections(lay, paragraph, number) or lay.paragraphs[paragraph - number : paragraph]
    )
    opened = [ordinal_at(p.text, len(p.text) - len(p.text.lstrip())) for p in chosen]
    if any(o is None for o in opened) or [o[0] for o in opened] != list(range(1, number + 1)):
        run = _numbered_run(lay, paragraph, number)
        if run is None:
            return None
        chosen, opened = run
    items = [item_clause(p.text[o[1] :]) for p, o in zip(chosen, opened, strict=True)]
    if any(not 1 <= len(i) <= 80 for i in items):
        return None
    first = Span(chosen[0].index, opened[0][1], opened[0][1] + len(items[0]))
    if counted_before(lay, first, paragraph, start, number):
        return None
    spans = [
        Span(p.index, o[1], o[1] + len(i)) for p, o, i in zip(chosen, opened, items, strict=True)
    ]
    return items, spans


# …，这是第一种。 / …这是第十一种。: a paragraph that names its own place in a run at its end
_OWN_PLACE = re.compile(
    r"(?:这|此|以上|上面)(?:是|为)第([一二三四五六七八九十]{1,3})(?:个|种|类|条|项|点)?[。.]?\s*$"
)


def _numbered_run(lay: Layout, paragraph: int, number: int):
    """The ``number`` paragraphs before ``paragraph`` that carry the ordinals 1 to N in order,
    each opening with its ordinal (一、…二、…三、…) or closing on its place (…这是第一种。 …
    这是第十一种。), with at most one unnumbered paragraph after each (the rest of its point,
    which the reader may have split off), the last of them right before ``paragraph``: (the
    numbered paragraphs, (number, item start) of each), or None. Wider than the last N
    paragraphs :func:`paragraph_items` reads first; its count's sentence must still point back."""
    chosen: list = []
    opened: list[tuple[int, int]] = []
    expected, loose, index = number, 0, paragraph - 1
    while expected >= 1 and index >= 0:
        para = lay.paragraphs[index]
        text = para.text
        lead = len(text) - len(text.lstrip())
        got = ordinal_at(text, lead)
        own = _OWN_PLACE.search(text)
        if got is not None and got[0] == expected:
            chosen.append(para)
            opened.append(got)
        elif own is not None and parse_cn_number(own.group(1)) == expected and got is None:
            chosen.append(para)
            opened.append((expected, lead))
        elif got is None and own is None and loose == 0:
            loose = 1  # the rest of point N (or of the point after it), split off by the reader
            index -= 1
            continue
        else:
            return None
        loose = 0
        expected -= 1
        index -= 1
    if expected:
        return None
    chosen.reverse()
    opened.reverse()
    return chosen, opened


def _closed_sections(lay: Layout, paragraph: int, number: int) -> list | None:
    """The headings of the ``number`` sibling sections that ``paragraph`` sums up — it stands
    in the text of the last of them (第一，…第二，…第三，… then 由于以上三条, in the third
    section's text), or the last ``number`` top-level sections when ``paragraph`` is in the
    text's closing (总之，…上面四点…) — or None."""
    node = lay.by_paragraph.get(paragraph)
    if node is None and paragraph in lay.closing and len(lay.roots) >= number:
        # 总之，…上面四点…: the closing after the text's last top-level sections sums them up
        return [lay.paragraphs[s.heading] for s in lay.roots[-number:]]
    if node is not None and paragraph in node.after and len(node.children) >= number:
        # 以上十条，… after a part's points (Section.after): they are the part's last children
        return [lay.paragraphs[s.heading] for s in node.children[-number:]]
    if node is None or node.children or paragraph not in node.own:
        return None
    siblings = lay.siblings_of(node.parent)
    k = next((i for i, s in enumerate(siblings) if s is node), -1)
    if k + 1 < number:
        return None
    return [lay.paragraphs[s.heading] for s in siblings[k + 1 - number : k + 1]]


def paragraph_counts(lay: Layout, refused: list[tuple[Frame, str]]) -> list[Frame]:
    """The refused counts that sum up the numbered paragraphs before them (以上十条, 右列四条):
    frames, their items those paragraphs' first clauses (:func:`paragraph_items`)."""
    read = (
        take_items(f, paragraph_items(lay, f.span.paragraph, f.span.start, f.number), "ordinals")
        for f, _why in refused
    )
    return [f for f in read if f]
