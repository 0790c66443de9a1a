"""The tracked changes (修订) a Word file holds, each placed where the draft read from it
has its words.

``drafter comment list`` of the writer's (or the head's own) Word file listed its
comments and said "没有批注" even when it held a dozen 修订 nobody had accepted or
rejected: the head read the list as "nothing to answer" while Word's 审阅窗格 showed
changes waiting. The changes are listed with the comments, placed as a comment is
placed (``一、提高认识 · “中枢”``), with who made them and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.drafts.anchors import describe_place, target_index, text_of
from drafter.drafts.comments import Comment
from drafter.drafts.model import Draft
from drafter.drafts.word_revisions import TrackedParagraph, read_tracked_changes

# a heading's Word paragraph starts with its marker (一、, （二）, 3.), the draft's words
# without it: at most this many characters may stand before them
MARKER_CHARS = 8


@dataclass(frozen=True)
class PlacedChange:
    """One pending tracked change: ``kind`` 删 or 增, the words struck or inserted, who
    made it and when (Word's stamp, ``date`` as ``YYYY-MM-DD HH:MM`` or ""), and where it
    is in the draft as the comment list says a place."""

    kind: str
    words: str
    author: str
    date: str
    place: str


def placed_changes(path: str | Path, draft: Draft) -> list[PlacedChange]:
    """The tracked changes of the .docx ``path`` not yet accepted or rejected, in reading
    order, each placed in ``draft`` (the file read as if they were accepted): [] for any
    other file or one without them."""
    tracked = read_tracked_changes(path)
    if not tracked:
        return []
    index = target_index(draft)
    texts = {tid: text_of(draft, tid, index) or "" for tid in index}
    out = []
    for para in tracked:
        tid = _target_of(para, texts)
        out += [_placed(draft, index, para, change, tid) for change in para.changes]
    return out


def _target_of(para: TrackedParagraph, texts: dict[str, str]) -> str | None:
    """The draft target (paragraph, heading, title-block field) holding the Word
    paragraph's text, or None."""
    whole = para.text.strip()
    if not whole:
        return None
    for tid, text in texts.items():
        if text.strip() == whole:
            return tid
    for tid, text in texts.items():  # a heading: 一、 before its words
        words = text.strip()
        if words and whole.endswith(words) and len(whole) - len(words) <= MARKER_CHARS:
            return tid
    return None


def _placed(draft, index, para, change, tid) -> PlacedChange:
    """One change of ``para`` placed on its paragraph (the words themselves are printed
    beside it; struck ones are not in the draft's text)."""
    kind = "删" if change.kind == "del" else "增"
    date = change.date[:16].replace("T", " ")
    if tid is None:
        start = para.text.strip()[:14]
        place = f"段落“{start}…”" if start else "（空段落）"
    else:
        place = describe_place(draft, Comment(tid, ""), index)
    return PlacedChange(kind, change.text, change.author, date, place)


__all__ = ["PlacedChange", "placed_changes"]
