"""Sibling frames: the shared frame of a group of parallel headings (对仗).

"坚持忠诚可靠 / 坚持服务大局 / 坚持高度负责" share 坚持…; "X是办公室的Y，务必Z" shares
…是办公室的…，务必…. The frame is found by aligning the headings on their longest common
substring and recursing on both sides, the way a reader's eye does: fixed text stays,
what varies becomes a slot (…).
"""

from __future__ import annotations

from drafter.study.layout import Layout, Node
from drafter.study.model import SiblingFrame
from drafter.study.text import first_clause

SLOT = "…"
_PUNCT = set("，,、；;：:。“”‘’《》（）()")


def find_siblings(lay: Layout) -> list[SiblingFrame]:
    """One frame per group of two or more sibling headings that share fixed text."""
    out: list[SiblingFrame] = []
    groups: list[tuple[Node | None, list[Node]]] = [(None, lay.roots)]
    groups += [(n, n.children) for n in lay.nodes() if n.children]
    for parent, nodes in groups:
        if len(nodes) < 2:
            continue
        headings = [n.section.heading for n in nodes]
        frame = heading_pattern(headings)
        if frame is None:
            continue
        pattern, slots = frame
        out.append(
            SiblingFrame(
                pattern=pattern,
                headings=[n.heading for n in nodes],
                labels=[n.label for n in nodes],
                slots=slots,
                level=nodes[0].section.level,
                parent=parent.label if parent else None,
            )
        )
    return out


def heading_pattern(headings: list[str]) -> tuple[str, list[list[str]]] | None:
    """The shared frame of ``headings`` and, per heading, the text of each slot; ``None``
    when they share no real words (one common character that is not punctuation is chance)."""
    if len(headings) < 2 or any(not h for h in headings):
        return None
    pieces = _align(list(headings))
    fixed = "".join(p for p in pieces if p is not None)
    words = [
        p
        for p in pieces
        if p is not None and len(p.strip("".join(_PUNCT))) >= 2 and not _numeric(p)
    ]
    # A shared first clause shape only (…，…) is no frame; a shared verb of one character
    # at the start (要…) is one when every heading starts with it. Shared digits are no
    # words: 2011年工作回顾 / 2012年主要任务 share 201, the start of two years, and the
    # 结构 panel offered "201××" as a frame of the library's reports
    leads = (bool(pieces) and pieces[0] is not None and pieces[0] not in _PUNCT) and not _numeric(
        pieces[0]
    )
    if not words and not leads:
        return None
    if fixed == headings[0]:
        return None  # all the same
    pattern = "".join(SLOT if p is None else p for p in pieces)
    slots = [_fill(pieces, h) for h in headings]
    return pattern, slots


def _numeric(piece: str) -> bool:
    """A fixed piece made of digits only (and punctuation): part of a number, such as the
    201 two years share, which no writer reuses as the frame of a heading."""
    core = piece.strip("".join(_PUNCT)).strip()
    return bool(core) and all(c.isdigit() for c in core)


def _align(strings: list[str]) -> list[str | None]:
    """Pieces of fixed text and ``None`` for slots, from recursive common-substring anchors."""
    if all(not s for s in strings):
        return []
    if any(not s for s in strings):
        return [None]
    anchor = _longest_common(strings)
    if not anchor or (
        len(anchor) == 1 and anchor not in _PUNCT and not _all_start(strings, anchor)
    ):
        return [None]
    lefts, rights = [], []
    for s in strings:
        i = s.find(anchor)
        lefts.append(s[:i])
        rights.append(s[i + len(anchor) :])
    return _merge([*_align(lefts), anchor, *_align(rights)])


def _all_start(strings: list[str], anchor: str) -> bool:
    return all(s.startswith(anchor) for s in strings)


def _merge(pieces: list[str | None]) -> list[str | None]:
    out: list[str | None] = []
    for p in pieces:
        if p is None and out and out[-1] is None:
            continue
        if p is not None and out and out[-1] is not None:
            out[-1] = out[-1] + p
            continue
        out.append(p)
    return out


def _longest_common(strings: list[str]) -> str:
    """The longest text every string holds whole: not one that starts or ends inside a
    number of one of them (201 of 2018 and 2019 is no shared text of two years)."""
    shortest = min(strings, key=len)
    for size in range(len(shortest), 0, -1):
        for i in range(len(shortest) - size + 1):
            sub = shortest[i : i + size]
            if all(sub in s and not _cuts_number(s, sub) for s in strings):
                return sub
    return ""


def _cuts_number(s: str, sub: str) -> bool:
    """``sub`` where it first stands in ``s`` begins or ends between two digits."""
    i = s.find(sub)
    end = i + len(sub)
    before = i > 0 and sub[0].isdigit() and s[i - 1].isdigit()
    after = end < len(s) and sub[-1].isdigit() and s[end].isdigit()
    return before or after


def _fill(pieces: list[str | None], heading: str) -> list[str]:
    """What fills each slot of ``pieces`` in ``heading`` (greedy left-to-right match)."""
    slots: list[str] = []
    pos = 0
    pending = False
    for p in pieces:
        if p is None:
            pending = True
            continue
        i = heading.find(p, pos)
        if i < 0:
            i = pos
        if pending:
            slots.append(heading[pos:i])
            pending = False
        pos = i + len(p)
    if pending:
        slots.append(heading[pos:])
    return slots


def clause_pattern(headings: list[str]) -> tuple[str, list[list[str]]] | None:
    """The frame of the headings' first clauses (mining compares these across documents)."""
    return heading_pattern([first_clause(h) or h for h in headings])
