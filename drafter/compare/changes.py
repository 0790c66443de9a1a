"""What a comparison of two drafts found: the changes of the outline, of the text and of
the title block, and the figures and JSON made of them.

Apart from the matching that finds them (:mod:`drafter.compare.diff`) because everything
after it only reads them: the report, the compare view, the 修订稿 and its notes, and the
writer's tracked changes laid over them (:mod:`drafter.compare.tracked`, which the
matching itself calls, so it could not name these types while they lived there).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.compare.textdiff import char_diff, counts
from drafter.drafts.model import Draft
from drafter.drafts.word_revisions import RevisionCount

# The path of a paragraph outside the outline, where a heading's words would stand.
OPENING = "（开头）"
CLOSING = "（结尾）"


@dataclass
class OutlineChange:
    """A heading added, removed, moved, renamed, re-levelled or numbered in another form
    (``marker``: 第一、 now 第一，, 一、 now 一是). ``old``/``new`` are the
    heading as printed (marker and words) on each side, None on the side it is absent;
    ``path`` the words of its headings from level 1 down to itself (new side, old side
    for a removal)."""

    op: str
    old: str | None
    new: str | None
    path: list[str]
    old_id: str | None = None
    new_id: str | None = None
    old_level: int = 0
    new_level: int = 0
    old_marker: str = ""  # the markers as printed, for a ``marker`` change
    new_marker: str = ""
    # (author, date) of each writer whose tracked change (修订) in the new side's Word file
    # this is (drafter.compare.tracked.mark_editors); empty: not one he tracked
    by: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict:
        """The ``drafter compare --json`` entry (the issue's keys; ``by``, the writers
        whose tracked change it is, when it is one)."""
        out = {"op": self.op, "old": self.old, "new": self.new, "path": list(self.path)}
        return out | _by_json(self.by)


@dataclass
class ParagraphChange:
    """A paragraph added, removed, changed or moved under the heading at ``path``
    (``["（开头）"]`` / ``["（结尾）"]`` outside the outline). ``diff`` is the
    character diff of a change, or of a paragraph reworded as it moved (see
    :func:`~drafter.compare.textdiff.char_diff`). A ``"move"`` is a paragraph that left one
    place and stands at another (another heading, or another place under the same one):
    ``path`` is where it is now, ``old_path`` where it was, ``old_node_id`` the old-side
    heading it stood under (None in the opening or closing)."""

    op: str
    path: list[str]
    old: str | None
    new: str | None
    diff: list[tuple[str, str]] = field(default_factory=list)
    old_id: str | None = None
    new_id: str | None = None
    node_id: str | None = None  # the new-side heading (None: opening/closing or removed)
    old_path: list[str] = field(default_factory=list)
    old_node_id: str | None = None
    by: list[tuple[str, str]] = field(default_factory=list)  # as OutlineChange.by

    def to_json(self) -> dict:
        """The ``drafter compare --json`` entry: the issue's keys, for a move
        ``old_path``, the headings it stood under before, and ``by`` when it is a writer's
        tracked change."""
        out = {"op": self.op, "path": list(self.path), "old": self.old, "new": self.new}
        if self.op == "move":
            out["old_path"] = list(self.old_path)
        return out | _by_json(self.by)


def _by_json(by: list[tuple[str, str]]) -> dict:
    """``{"by": [{"author", "date"}]}`` of a change the writer tracked, else nothing."""
    return {"by": [{"author": a, "date": d} for a, d in by]} if by else {}


@dataclass
class HeaderChange:
    """A title-block field (title, speaker, post, date …) written differently in the new
    draft: ``label`` is its Chinese name (讲话人), ``old``/``new`` the values ("" when empty)."""

    field: str
    label: str
    old: str
    new: str

    def to_json(self) -> dict:
        """The ``drafter compare --json`` entry: the field's key and Chinese name, both values."""
        return {"field": self.field, "label": self.label, "old": self.old, "new": self.new}


@dataclass
class Comparison:
    """The result of :func:`compare_drafts`. ``node_map`` pairs old heading ids with
    new ones; ``paragraph_map`` old paragraph ids with new ones (unchanged or changed)."""

    old: Draft
    new: Draft
    outline: list[OutlineChange]
    paragraphs: list[ParagraphChange]
    node_map: dict[str, str]
    paragraph_map: dict[str, str]
    # the title block: a new speaker or date must not read as 两稿内容相同
    header: list[HeaderChange] = field(default_factory=list)
    # tracked changes (修订) pending in the new side's Word file: when there are some, a
    # change without ``by`` is one the writer made with 修订 off (or the head's own)
    tracked: int = 0
    # the writer's tracked changes the changes above are made of, by author, counted as Word
    # counts them (drafter.compare.tracked.mark_editors)
    revisions: dict[str, RevisionCount] = field(default_factory=dict)

    @property
    def stats(self) -> dict[str, int]:
        """Characters added and removed: in changed paragraphs by the character diff, in
        added and removed paragraphs whole, and in headings added, removed or renamed."""
        added = removed = 0
        for p in self.paragraphs:
            if p.op in ("change", "move"):  # a move adds and removes only what it reworded
                a, r = counts(p.diff)
            else:
                a, r = len(p.new or ""), len(p.old or "")
            added, removed = added + a, removed + r
        for o in self.outline:
            if o.op == "add":
                added += len(_words(self.new, o.new_id))
            elif o.op == "remove":
                removed += len(_words(self.old, o.old_id))
            elif o.op == "rename":
                a, r = counts(char_diff(_words(self.old, o.old_id), _words(self.new, o.new_id)))
                added, removed = added + a, removed + r
            elif o.op == "marker":
                a, r = counts(char_diff(o.old_marker, o.new_marker))
                added, removed = added + a, removed + r
        return {"chars_added": added, "chars_removed": removed}

    def to_json(self) -> dict:
        """The shape ``drafter compare --json`` prints; ``revisions``, the writer's tracked
        changes by author counted as the report and Word count them, when there are some."""
        # the title block too: a new date or speaker printed [] [] as if nothing changed
        out = {
            "header": [h.to_json() for h in self.header],
            "outline": [o.to_json() for o in self.outline],
            "paragraphs": [p.to_json() for p in self.paragraphs],
            "stats": self.stats,
        }
        if self.revisions:
            out["revisions"] = [
                {"author": a, "total": n.total, "deleted": n.deleted, "inserted": n.inserted}
                for a, n in self.revisions.items()
            ]
        return out

    @property
    def unchanged(self) -> bool:
        """True when nothing at all changed."""
        return not self.outline and not self.paragraphs and not self.header


def _words(draft: Draft, node_id: str | None) -> str:
    """The words of heading ``node_id`` of ``draft`` ("" when it has none there)."""
    node = draft.find(node_id) if node_id else None
    return node.heading.strip() if node else ""


__all__ = [
    "CLOSING",
    "OPENING",
    "Comparison",
    "HeaderChange",
    "OutlineChange",
    "ParagraphChange",
]
