"""Small WordprocessingML tools shared by the exporters that mark places in the text.

Word comments (``drafter.export.comments``) and tracked changes
(``drafter.export.redline``) both need a run boundary at a given character of a
paragraph, and a way to find the paragraph a draft heading or paragraph was printed in.
"""

from __future__ import annotations

import copy

from docx.oxml.ns import qn
from lxml import etree

from drafter.drafts.convert import BodyItem

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def run_length(r: etree._Element) -> int:
    """Characters a run prints: its ``w:t`` text, one per ``w:br``, ``w:tab`` and ``w:cr``.
    The one count of a run's length: a run boundary (:func:`split_at`) and the tracked
    changes' offsets (:mod:`drafter.export.tracked_runs`) must agree on it."""
    n = 0
    for child in r:
        if child.tag in (qn("w:t"), qn("w:delText")):
            n += len(child.text or "")
        elif child.tag in (qn("w:br"), qn("w:tab"), qn("w:cr")):
            n += 1
    return n


def paragraph_properties(p: etree._Element) -> etree._Element:
    """The ``w:pPr`` of paragraph ``p``, made as its first child when it has none (the
    place the schema gives it, so Word accepts the file)."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = etree.Element(qn("w:pPr"))
        p.insert(0, ppr)
    return ppr


def _atoms(r: etree._Element) -> list[etree._Element | str]:
    out: list[etree._Element | str] = []
    for child in r:
        if child.tag == qn("w:rPr"):
            continue
        if child.tag in (qn("w:t"), qn("w:delText")):
            out.extend(child.text or "")
        else:
            out.append(child)
    return out


def _fill(r: etree._Element, atoms: list, text_tag: str) -> None:
    for child in list(r):
        if child.tag != qn("w:rPr"):
            r.remove(child)
    buf: list[str] = []

    def flush() -> None:
        if buf:
            t = etree.SubElement(r, text_tag)
            t.text = "".join(buf)
            t.set(XML_SPACE, "preserve")
            buf.clear()

    for atom in atoms:
        if isinstance(atom, str):
            buf.append(atom)
        else:
            flush()
            r.append(atom)
    flush()


def text_runs(p: etree._Element) -> list[etree._Element]:
    """The runs of a paragraph in order, including those inside ``w:ins``/``w:del``."""
    return [r for r in p.iter(qn("w:r"))]


def split_at(p: etree._Element, offset: int) -> tuple[etree._Element, etree._Element | None]:
    """Make a run boundary at character ``offset`` of paragraph ``p``.

    Returns ``(parent, before)``: insert a marker into ``parent`` before ``before``
    (``None``: append at the end of ``parent``). A run is split in two, both halves
    keeping its properties, when the offset falls inside it.
    """
    pos = 0
    for r in text_runs(p):
        n = run_length(r)
        if n == 0:
            continue
        if offset <= pos:
            return r.getparent(), r
        if offset < pos + n:
            k = offset - pos
            atoms = _atoms(r)
            tail = copy.deepcopy(r)
            text_tag = qn("w:delText") if r.find(qn("w:delText")) is not None else qn("w:t")
            _fill(r, atoms[:k], text_tag)
            _fill(
                tail,
                [copy.deepcopy(a) if not isinstance(a, str) else a for a in atoms[k:]],
                text_tag,
            )
            r.addnext(tail)
            return tail.getparent(), tail
        pos += n
    return p, None


def insert_at(p: etree._Element, offset: int, element: etree._Element) -> None:
    """Insert ``element`` (a range marker) at character ``offset`` of paragraph ``p``."""
    parent, before = split_at(p, offset)
    if before is None:
        parent.append(element)
    else:
        before.addprevious(element)


def paragraph_length(p: etree._Element) -> int:
    """Characters a paragraph prints, over all its runs."""
    return sum(run_length(r) for r in text_runs(p))


def locate(placed: list[tuple[etree._Element, BodyItem]], target: str):
    """``(w:p, start, end)`` of where a heading or paragraph ``target`` was printed,
    start/end being the characters of its own text within the Word paragraph (a
    heading's words after the marker; a run-in paragraph's text after the heading
    sentence), or None when it was not printed (an empty paragraph or heading)."""
    for p, item in placed:
        if item.paragraph is not None and item.paragraph.id == target:
            start = len(item.heading)
            return p, start, start + len(item.text), item.lead
        if item.node is not None and item.node.id == target and item.heading:
            words = item.node.heading.strip()
            at = item.heading.find(words) if words else -1
            if at < 0:
                return p, 0, len(item.heading), 0
            lead = len(item.node.heading) - len(item.node.heading.lstrip())
            return p, at, at + len(words), lead
    return None


__all__ = [
    "XML_SPACE",
    "insert_at",
    "locate",
    "paragraph_length",
    "paragraph_properties",
    "run_length",
    "split_at",
    "text_runs",
]
