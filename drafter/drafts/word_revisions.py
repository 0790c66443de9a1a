"""Tracked changes (修订) of a .docx: how many are pending, and who made which.

A writer's file may come back with his own edits made with 修订 on, or a head's 修订稿
unprocessed: the text is read as if all were accepted, so opening or comparing such a
file says how many are pending, and a 修订稿 made of it keeps each change under the name
and date of whoever made it, not the head's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.drafts.docx_parts import NOT_TEXT, docx_part, wtag


@dataclass(frozen=True)
class RevisionCount:
    """Tracked changes counted as Word counts them in its 审阅窗格: a word replaced is one
    deletion and one insertion, two 修订. Every place that gives a count (opening the
    file, ``drafter compare``/``review``/``new --from``, the compare view) says it the same
    way, with the two kinds apart, so one replaced word never reads as 2 here and 1 there.
    A move counts as the deletion and insertion it is made of."""

    deleted: int = 0
    inserted: int = 0

    @property
    def total(self) -> int:
        """Deletions and insertions together: the number Word shows."""
        return self.deleted + self.inserted

    def parts(self) -> str:
        """The two kinds as a message gives them after the total: ``（删 1 处、增 1 处）``."""
        kinds = [(self.deleted, "删"), (self.inserted, "增")]
        return "（" + "、".join(f"{word} {n} 处" for n, word in kinds if n) + "）"

    def __add__(self, other: RevisionCount) -> RevisionCount:
        return RevisionCount(self.deleted + other.deleted, self.inserted + other.inserted)


def pending_count(path: str | Path) -> RevisionCount:
    """The tracked changes (修订) of a .docx neither accepted nor rejected, by kind: the
    writer's own edits made with 修订 on, or a 修订稿 sent back unprocessed. The text is
    read as if all were accepted (inserted words kept, deleted ones left out), so opening or
    comparing such a file says so; a paragraph mark's change is not counted apart from its
    words. Zero for any other file, or one that cannot be read (its text was read already)."""
    root = docx_part(path, "word/document.xml")
    if root is None:
        return RevisionCount()
    struck = {wtag("del"), wtag("moveFrom")}
    marks = {wtag(t) for t in ("ins", "del", "moveFrom", "moveTo")}
    deleted = inserted = 0
    for el in root.iter(*marks):
        if el.getparent() is None or el.getparent().tag == wtag("rPr"):
            continue
        if el.tag in struck:
            deleted += 1
        else:
            inserted += 1
    return RevisionCount(deleted, inserted)


def pending_revisions(path: str | Path) -> int:
    """How many tracked changes (修订) of a .docx are pending, as Word counts them (see
    :func:`pending_count`); 0 for any other file."""
    return pending_count(path).total


def pending_words(path: str | Path) -> str:
    """``2 处修订（删 1 处、增 1 处）`` for a .docx with tracked changes pending, the words
    every note about them starts with; "" when there are none."""
    count = pending_count(path)
    return f"{count.total} 处修订{count.parts()}" if count.total else ""


@dataclass(frozen=True)
class TrackedChange:
    """One tracked change (修订) of a Word paragraph as its writer made it: ``kind`` "ins"
    (the words ``start..end`` of the paragraph's accepted text) or "del" (``text`` struck
    at ``start``, ``end == start``), with the author and date Word stamped on it."""

    kind: str
    start: int
    end: int
    text: str
    author: str
    date: str


@dataclass
class TrackedParagraph:
    """A Word paragraph holding tracked changes: its text as if all were accepted (what
    the draft read) and the changes in it, so a 修订稿 of it can keep whose edit is whose."""

    text: str
    changes: list[TrackedChange]

    def pieces(self) -> list[tuple[str, str, TrackedChange | None]]:
        """The paragraph in reading order as ``(op, words, change)``: ``op`` "equal" (words
        neither inserted nor struck), "insert" or "delete" (``change`` the writer's). Read
        with the deletions and without the insertions it is the text he started from, so
        whether a draft holds his text before or after his edits can be told."""
        out: list[tuple[str, str, TrackedChange | None]] = []
        pos = 0
        events = sorted(self.changes, key=lambda c: (c.start, c.kind != "del"))
        for c in events:
            if c.start > pos:
                out.append(("equal", self.text[pos : c.start], None))
                pos = c.start
            if c.kind == "del":
                out.append(("delete", c.text, c))
            elif c.end > pos:
                out.append(("insert", self.text[max(pos, c.start) : c.end], c))
                pos = c.end
        if pos < len(self.text):
            out.append(("equal", self.text[pos:], None))
        return out


def read_tracked_changes(path: str | Path) -> list[TrackedParagraph]:
    """The paragraphs of a .docx with pending tracked changes, each with its changes'
    authors and dates (:class:`TrackedParagraph`). The writer's own edits made with 修订 on
    came back in his file; the head's 修订稿 of it keeps them under the writer's name, not
    the head's. [] for any other file or one that cannot be read."""
    root = docx_part(path, "word/document.xml")
    if root is None:
        return []
    out = []
    for p in root.iter(wtag("p")):
        para = _tracked_paragraph(p)
        if para.changes:
            out.append(para)
    return out


def _tracked_paragraph(p) -> TrackedParagraph:
    """``w:p``'s text as if its changes were accepted, and the changes with their stamps."""
    text: list[str] = []
    changes: list[TrackedChange] = []
    pos = 0

    def stamp(el) -> tuple[str, str]:
        return el.get(wtag("author"), ""), el.get(wtag("date"), "")

    def walk(el) -> None:
        nonlocal pos
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag in (wtag("del"), wtag("moveFrom")):
                words = "".join(t.text or "" for t in child.iter(wtag("delText"), wtag("t")))
                if words:
                    changes.append(TrackedChange("del", pos, pos, words, *stamp(child)))
                continue
            if tag in (wtag("ins"), wtag("moveTo")):
                start = pos
                walk(child)
                if pos > start:
                    words = "".join(text)[start:pos]
                    changes.append(TrackedChange("ins", start, pos, words, *stamp(child)))
                continue
            if tag in NOT_TEXT:
                continue
            if tag == wtag("t"):
                text.append(child.text or "")
                pos += len(child.text or "")
            elif tag == wtag("tab"):
                text.append("\t")
                pos += 1
            elif tag in (wtag("br"), wtag("cr")):
                text.append("\n")
                pos += 1
            elif tag != wtag("p"):  # a nested paragraph (text box) is its own
                walk(child)

    walk(p)
    return TrackedParagraph("".join(text), changes)
