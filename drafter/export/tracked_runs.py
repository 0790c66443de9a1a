"""Word tracked changes written into a paragraph of a .docx: new words wrapped in ``w:ins``,
removed words put back as ``w:delText`` runs in ``w:del``, a paragraph mark itself inserted
or deleted, each with an id, an author and a date, and the file opened in 修订 mode. Where
the writer's own file tracked a change, the mark keeps his name and date.

The run surgery of the 修订稿 (:mod:`drafter.export.redline`), apart from what it marks:
offsets are those of the paragraph's printed text, as :func:`drafter.compare.textdiff.char_diff`
counts them.
"""

from __future__ import annotations

import copy

from docx.oxml.ns import qn
from lxml import etree

from drafter.drafts.word_revisions import TrackedChange, TrackedParagraph
from drafter.export.wordml import (
    XML_SPACE,
    paragraph_properties,
    run_length,
    split_at,
    text_runs,
)

DEFAULT_AUTHOR = "审阅人"


class TrackMarks:
    """Unique ids and the author/date attributes of tracked changes. While a paragraph of
    the writer's file with his own tracked changes is marked (``here``), a change that is
    one of his keeps his name and date."""

    def __init__(self, author: str, date: str) -> None:
        self.author = author or DEFAULT_AUTHOR
        self.date = date
        self.next_id = 9000  # clear of the comment ids, which count from 0
        self.here: tuple[TrackedParagraph, int] | None = None  # (his paragraph, our offset)
        self.kept: dict[str, int] = {}  # marks written under a writer's own name, by name

    def element(
        self, tag: str, start: int | None = None, end: int | None = None, text: str = ""
    ) -> etree._Element:
        """A new ``w:ins``/``w:del`` (by ``tag``) with the next id, author and date: the
        writer's own when the change at ``start..end`` (our paragraph's offsets; ``text``
        the words a deletion strikes; no span: the paragraph mark) is one he tracked."""
        el = etree.Element(qn(f"w:{tag}"))
        el.set(qn("w:id"), str(self.next_id))
        theirs = self._theirs(tag, start, end, text)
        el.set(qn("w:author"), theirs.author if theirs and theirs.author else self.author)
        if theirs is not None and theirs.author and theirs.author != self.author:
            self.kept[theirs.author] = self.kept.get(theirs.author, 0) + 1
        date = theirs.date if theirs is not None else self.date
        if date:
            el.set(qn("w:date"), date)
        self.next_id += 1
        return el

    def _theirs(self, tag, start, end, text) -> TrackedChange | None:
        """The writer's tracked change this one is, in the paragraph ``here`` (None: ours)."""
        if self.here is None:
            return None
        para, delta = self.here
        kind = "ins" if tag == "ins" else "del"
        if start is None and kind == "del":  # a paragraph mark: his when he struck it all
            struck = [c for c in para.changes if c.kind == "del"]
            return struck[0] if struck and not para.text.strip() else None
        if start is None:  # the paragraph mark: his when he inserted all its words
            whole = [c for c in para.changes if c.kind == "ins"]
            covered = sum(c.end - c.start for c in whole)
            return whole[0] if kind == "ins" and whole and covered >= len(para.text) else None
        a, b = start + delta, (end if end is not None else start) + delta
        for c in para.changes:
            if c.kind != kind:
                continue
            if kind == "ins" and c.start < b and a < c.end:
                return c
            # his deletion where ours is, or one holding ours: he struck 桥梁和纽带 and typed
            # 桥梁纽带 (as Word users replace a word), the character diff deletes only 和
            near = abs(c.start - a) <= max(len(text), len(c.text))
            if kind == "del" and near and (text in c.text or c.text in text):
                return c
        return None


def live_runs(p: etree._Element) -> list[tuple[int, etree._Element]]:
    """``(start offset, run)`` of the runs that print in the new text (not deleted)."""
    out, pos = [], 0
    for r in text_runs(p):
        if r.getparent().tag == qn("w:del"):
            continue
        n = run_length(r)
        if n:
            out.append((pos, r))
        pos += n
    return out


def wrap_inserted(p: etree._Element, start: int, end: int, marks: TrackMarks) -> None:
    """Mark the new text ``start..end`` of ``p`` as inserted."""
    if end <= start:
        return
    split_at(p, start)
    split_at(p, end)
    for pos, r in live_runs(p):
        n = run_length(r)
        if pos >= start and pos + n <= end and r.getparent().tag != qn("w:ins"):
            ins = marks.element("ins", pos, pos + n)
            r.addprevious(ins)
            ins.append(r)


def deleted_run(rpr: etree._Element | None, text: str) -> etree._Element:
    """A run printing ``text`` as deleted words (``w:delText``), formatted as ``rpr`` (a
    copy of it; None: plain), for a ``w:del`` mark to hold: a deletion inside a paragraph
    and a whole paragraph put back as deleted are written alike."""
    r = etree.Element(qn("w:r"))
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    t = etree.SubElement(r, qn("w:delText"))
    t.text = text
    t.set(XML_SPACE, "preserve")
    return r


def insert_deleted(p: etree._Element, at: int, text: str, marks: TrackMarks) -> None:
    """Put ``text`` as deleted words at offset ``at`` of the new text of ``p``."""
    parent, before = split_at(p, at)
    live = live_runs(p)
    model = before if before is not None and before.tag == qn("w:r") else None
    if model is None and live:
        model = live[-1][1] if at > 0 else live[0][1]
    d = marks.element("del", at, at, text)
    d.append(deleted_run(model.find(qn("w:rPr")) if model is not None else None, text))
    if before is None:
        parent.append(d)
    else:
        # a run already wrapped in w:ins: the deletion goes before its wrapper
        anchor = before.getparent() if before.getparent().tag == qn("w:ins") else before
        anchor.addprevious(d)


def apply_diff(p: etree._Element, offset: int, diff: list[tuple[str, str]], marks: TrackMarks):
    """Apply a character diff whose new text starts at ``offset`` of ``p``, right to
    left so the offsets still to apply stay valid."""
    pieces = []
    pos = offset
    for op, text in diff:
        if op == "delete":
            pieces.append(("delete", pos, text))
        else:
            if op == "insert":
                pieces.append(("insert", pos, pos + len(text)))
            pos += len(text)
    for piece in reversed(pieces):
        if piece[0] == "insert":
            wrap_inserted(p, piece[1], piece[2], marks)
        else:
            insert_deleted(p, piece[1], piece[2], marks)


def mark_paragraph(p: etree._Element, tag: str, marks: TrackMarks) -> None:
    """Mark the paragraph mark itself inserted or deleted (``w:pPr/w:rPr/w:ins``)."""
    ppr = paragraph_properties(p)
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = etree.SubElement(ppr, qn("w:rPr"))
    rpr.append(marks.element(tag))


def track_revisions(document) -> None:
    """Open the 修订稿 in 修订 mode (``w:trackRevisions``), so the writer's answers to the
    changes are tracked too, as an office expects of a file sent back for revision."""
    settings = document.settings.element
    if settings.find(qn("w:trackRevisions")) is not None:
        return
    track = etree.Element(qn("w:trackRevisions"))
    zoom = settings.find(qn("w:zoom"))
    if zoom is not None:
        zoom.addnext(track)  # the schema puts it after w:zoom, before w:defaultTabStop
    else:
        settings.insert(0, track)
