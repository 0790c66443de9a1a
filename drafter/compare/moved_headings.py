"""A heading the writer moved without renumbering it, read back as the heading it is.

A writer who cuts 二、突出工作重点… in Word and pastes it after 三、 leaves the number as it
was: 一、 三、 二、. Reading that file alone, the outline reader cannot take 二、 after 三、
for a heading (a number run backwards is how a list inside a paragraph looks), so the line
and everything after it became paragraphs of 三、, and 比较稿件 reported the part deleted
and a new paragraph "二、突出工作重点…" in its place. Read beside the other version,
there is no doubt: the line is that version's heading, marker and words, in the same
numbering style. :func:`restore_moved_headings` makes such a paragraph the heading again
(with the paragraphs and sub-headings that follow it in its part), on either side, in
copies of the drafts; its number stays the one the writer wrote (``written_marker``),
and every other heading keeps the number it printed before.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.drafts.numbering import markers, parse_marker

# A marker as written before a heading's words is short (（十二） 第十二、 十二是).
_MAX_MARKER = 8
# What may close an own-line heading written as a paragraph.
_LINE_END = "。；;：:，,"
# What ends the heading sentence of a run-in heading (一是加强学习。要…).
_SENTENCE_END = "。；;！!？?：:"


def _norm(text: str) -> str:
    return "".join(text.split())


def _words(node: DraftNode) -> str:
    return _norm(node.heading).rstrip(_LINE_END)


def _style(mark: str) -> str | None:
    parsed = parse_marker(mark)
    return parsed[0] if parsed else None


class _Heading:
    """A heading of the other draft that this draft lacks: its words and numbering style."""

    def __init__(self, node: DraftNode, style: str) -> None:
        self.node = node
        self.words = _words(node)
        self.style = style


def _split(text: str, heading: _Heading) -> tuple[str, str] | None:
    """``(marker, rest)`` when ``text`` is ``heading``'s line (a marker of its style, its
    words, nothing after but a stop; or, for a run-in heading, its sentence and then the
    paragraph), None otherwise."""
    t = _norm(text)
    at = t.find(heading.words)
    if at <= 0 or at > _MAX_MARKER or not heading.words:
        return None
    mark = t[:at]
    parsed = parse_marker(mark)
    if parsed is None or parsed[0] != heading.style:
        return None
    rest = t[at + len(heading.words) :]
    if not rest.strip(_LINE_END):
        return mark, ""
    if heading.node.run_in and rest[0] in _SENTENCE_END:
        return mark, rest[1:].strip()
    return None


def _containers(draft: Draft) -> Iterator[tuple[list[DraftNode], DraftNode | None]]:
    """``(ancestors from the top, node)`` for every place paragraphs stand: the opening
    (node None, no ancestors) and each heading."""
    yield [], None

    def visit(nodes: list[DraftNode], chain: list[DraftNode]):
        for n in nodes:
            yield chain, n
            yield from visit(n.children, [*chain, n])

    yield from visit(draft.sections, [])


def _missing(draft: Draft, other: Draft) -> list[_Heading]:
    """The other draft's numbered headings whose words no heading of ``draft`` has."""
    have = {_words(n) for n in draft.walk()}
    marks = markers(other)
    out = []
    for n in other.walk():
        style = _style(marks.get(n.id, ""))
        words = _words(n)
        if style and words and words not in have:
            out.append(_Heading(n, style))
    return out


def _restore_one(
    draft: Draft, other_ids: set[str], missing: list[_Heading], paragraph_words: set[str]
) -> bool:
    """Make the first paragraph of ``draft`` that is one of ``missing`` a heading; False
    when there is none. A paragraph ``other`` also holds (the same id: two versions of one
    draft) is the writer's paragraph by choice, and stays one."""
    for chain, holder in _containers(draft):
        paras = draft.opening if holder is None else holder.paragraphs
        for k, p in enumerate(paras):
            if p.id in other_ids:
                continue
            for h in missing:
                split = _split(p.text, h)
                if split is None:
                    continue
                mark, rest = split
                _promote(draft, chain, holder, k, p, mark, rest, h, paragraph_words)
                missing.remove(h)
                return True
    return False


def _promote(
    draft: Draft,
    chain: list[DraftNode],
    holder: DraftNode | None,
    k: int,
    para: DraftParagraph,
    mark: str,
    rest: str,
    heading: _Heading,
    paragraph_words: set[str],
) -> None:
    """Replace paragraph ``k`` of ``holder`` (the opening when None) by a heading with the
    words of ``heading``: a sibling of the nearest part numbered in the same style (it
    takes what follows it in that part), else the first sub-heading of ``holder`` (or the
    first part of the body), leading what follows it there."""
    paras = draft.opening if holder is None else holder.paragraphs
    tail = paras[k + 1 :]
    del paras[k:]
    node = DraftNode(
        heading=heading.node.heading.strip(),
        run_in=heading.node.run_in and bool(rest),
        id=para.id,  # a comment on the paragraph stays on its words
        written_marker=mark,
    )
    if rest:
        node.paragraphs.append(DraftParagraph(rest, provenance=para.provenance))
    node.paragraphs.extend(tail)
    marks = markers(draft)
    path = [*chain, holder] if holder is not None else []
    same = next(
        (
            i
            for i in range(len(path) - 1, -1, -1)
            if _style(marks.get(path[i].id, "")) == heading.style
        ),
        None,
    )
    if same is None:  # below the heading it stands in (or first in the body)
        kids = holder.children if holder is not None else draft.sections
        styles = [_style(marks.get(n.id, "")) for n in kids]
        if heading.style in styles:  # its numbered siblings follow: it leads them
            first = styles.index(heading.style)
            for lead in kids[:first]:
                _absorb(node, lead, paragraph_words)
            del kids[:first]
        elif kids:  # the parts below, numbered otherwise, were its own
            node.children, kids[:] = list(kids), []
        kids.insert(0, node)
        return
    anchor = path[same]
    # what follows the line inside ``anchor`` is the moved part's: the sub-headings of the
    # heading it stood in, then the later siblings of each heading between it and ``anchor``
    below: list[DraftNode] = []
    if holder is not anchor and holder is not None:
        below.extend(holder.children)
        holder.children = []
        for i in range(len(path) - 1, same, -1):
            parent = path[i - 1]
            at = parent.children.index(path[i])
            below.extend(parent.children[at + 1 :])
            del parent.children[at + 1 :]
    else:
        below.extend(anchor.children)
        anchor.children = []
    node.children.extend(below)
    siblings = path[same - 1].children if same > 0 else draft.sections
    siblings.insert(siblings.index(anchor) + 1, node)


def _absorb(node: DraftNode, lead: DraftNode, paragraph_words: set[str]) -> None:
    """Put ``lead``, a heading before the restored one's numbered siblings, under it: as
    the paragraph it is in the other draft when it is an unnumbered line with a
    paragraph's words there (the reader took the moved part's first sentence for a
    heading once its number was gone), else as a sub-heading."""
    if lead.unnumbered and _words(lead) in paragraph_words and not lead.run_in:
        node.paragraphs.append(DraftParagraph(lead.heading.strip(), id=lead.id))
        node.paragraphs.extend(lead.paragraphs)
        node.children.extend(lead.children)
    else:
        node.children.append(lead)


def _keep_printed(draft: Draft, before: dict[str, str]) -> None:
    """Every heading prints the number it printed before the change (a written marker
    where its new position would derive another); a restored heading its own."""
    after = markers(draft)
    for n in draft.walk():
        was = before.get(n.id)
        if was is not None and after.get(n.id) != was:
            n.written_marker = was
    derived = markers(draft, written=False)
    for n in draft.walk():
        if n.id not in before and n.written_marker == derived.get(n.id):
            n.written_marker = ""


def restore_moved_headings(old: Draft, new: Draft) -> tuple[Draft, Draft]:
    """``(old, new)`` with every paragraph that is, marker and words, a heading of the
    other side (one this side lacks, numbered in the same style) read as that heading.
    The drafts given are not changed: copies are returned when anything was restored."""
    result = []
    for mine, other in ((new, old), (old, new)):
        missing = _missing(mine, other)
        other_ids = {p.id for p in _all_paragraphs(other)}
        if not missing:
            result.append(mine)
            continue
        copied = copy.deepcopy(mine)
        before = markers(copied)
        changed = False
        words = {_norm(p.text).rstrip(_LINE_END) for p in _all_paragraphs(other)}
        while missing and _restore_one(copied, other_ids, missing, words):
            changed = True
        if changed:
            _keep_printed(copied, before)
        result.append(copied if changed else mine)
        if mine is new:
            new = result[0]  # the old side is looked at against the restored new side
    return result[1], result[0]


def _all_paragraphs(draft: Draft) -> Iterator[DraftParagraph]:
    yield from draft.opening
    for n in draft.walk():
        yield from n.paragraphs
    yield from draft.closing


__all__ = ["restore_moved_headings"]
