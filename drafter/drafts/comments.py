"""Comments (批注) on a draft: on a heading, a paragraph, or a span of either.

An office head comments where a reviewer points: "this heading is not parallel to its
siblings", "this figure needs a source". A comment is kept in the draft file beside the
text it is about (``Draft.comments``), not inside the text, so editing, moving and
exporting the text never has to step around it. It names its target by id (a
:class:`~drafter.drafts.model.DraftNode` or :class:`~drafter.drafts.model.DraftParagraph`)
and, for a span, by character offsets plus the quoted words: when the writer edits the
paragraph afterwards the quote finds the span again (:func:`resolve`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model imports this module; only type hints go the other way
    from drafter.drafts.model import Draft, DraftNode, DraftParagraph


def now_iso() -> str:
    """The current time as stored in comments: local time with its UTC offset, to the
    second (``2025-11-24T09:30:00+08:00``), so Word shows the time the head saw."""
    return datetime.now(timezone.utc).astimezone().replace(microsecond=0).isoformat()


def _new_id() -> str:
    import uuid

    return uuid.uuid4().hex[:12]


@dataclass
class Reply:
    """An answer in a comment's thread (the writer's "已改" or the head's follow-up)."""

    text: str
    author: str = ""
    time: str = ""
    id: str = field(default_factory=_new_id)

    def to_json(self) -> dict:
        return {"id": self.id, "author": self.author, "time": self.time, "text": self.text}

    @classmethod
    def from_json(cls, d: dict) -> Reply:
        return cls(
            text=str(d.get("text") or ""),
            author=str(d.get("author") or ""),
            time=str(d.get("time") or ""),
            id=str(d.get("id") or _new_id()),
        )


@dataclass
class Comment:
    """One comment and its replies.

    ``target`` is the id of a heading node or a paragraph. ``start``/``end`` mark a span
    of that paragraph's text (of the heading's words, without its marker, for a node);
    both ``None`` means the whole heading or paragraph. ``quote`` is the text of the span
    when it was made, used to find it again after edits. ``origin`` says where the
    comment came from: ``""`` typed in Drafter, ``"word"`` read from a .docx, or
    ``"review:RULE"`` turned from a review finding.
    """

    target: str
    text: str
    author: str = ""
    time: str = ""
    start: int | None = None
    end: int | None = None
    quote: str = ""
    resolved: bool = False
    replies: list[Reply] = field(default_factory=list)
    origin: str = ""
    id: str = field(default_factory=_new_id)

    @property
    def is_span(self) -> bool:
        return self.start is not None and self.end is not None

    def to_json(self) -> dict:
        d: dict = {
            "id": self.id,
            "target": self.target,
            "author": self.author,
            "time": self.time,
            "text": self.text,
            "resolved": self.resolved,
            "replies": [r.to_json() for r in self.replies],
        }
        if self.is_span:
            d.update(start=self.start, end=self.end, quote=self.quote)
        if self.origin:
            d["origin"] = self.origin
        return d

    @classmethod
    def from_json(cls, d: dict) -> Comment:
        start, end = d.get("start"), d.get("end")
        span = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end
        return cls(
            target=str(d.get("target") or ""),
            text=str(d.get("text") or ""),
            author=str(d.get("author") or ""),
            time=str(d.get("time") or ""),
            start=start if span else None,
            end=end if span else None,
            quote=str(d.get("quote") or "") if span else "",
            resolved=bool(d.get("resolved", False)),
            replies=[Reply.from_json(r) for r in d.get("replies") or []],
            origin=str(d.get("origin") or ""),
            id=str(d.get("id") or _new_id()),
        )


@dataclass
class Anchor:
    """Where a comment sits now: the node (always: the paragraph's heading, or None for
    the opening and closing), the paragraph when it is on one, and the span in the
    target's current text (``None`` for the whole of it)."""

    node: DraftNode | None
    paragraph: DraftParagraph | None
    start: int | None
    end: int | None
    moved: bool = False  # the span was found again by its quote after an edit
    lost: bool = False  # the quoted words are gone: the comment applies to the whole target
    part: str = "paragraph"  # "heading", "paragraph", "opening" or "closing"

    @property
    def text(self) -> str:
        """The text the span lies in: the paragraph's, or the heading's words."""
        if self.paragraph is not None:
            return self.paragraph.text
        return self.node.heading if self.node is not None else ""


def iter_targets(draft: Draft) -> Iterator[tuple[str, DraftNode | None, DraftParagraph | None]]:
    """Every commentable thing in reading order as ``(part, node, paragraph)``: the
    opening's paragraphs, each heading followed by its paragraphs and children, the
    closing's paragraphs. ``part`` is ``opening``, ``heading``, ``paragraph`` or
    ``closing``. The margin list and the exporters sort comments in this order."""
    for p in draft.opening:
        yield "opening", None, p

    def visit(nodes):
        for node in nodes:
            yield "heading", node, None
            for p in node.paragraphs:
                yield "paragraph", node, p
            yield from visit(node.children)

    yield from visit(draft.sections)
    for p in draft.closing:
        yield "closing", None, p


def target_index(
    draft: Draft,
) -> dict[str, tuple[int, str, DraftNode | None, DraftParagraph | None]]:
    """``id -> (reading position, part, node, paragraph)`` for every heading and paragraph."""
    out = {}
    for i, (part, node, para) in enumerate(iter_targets(draft)):
        key = para.id if para is not None else node.id  # type: ignore[union-attr]
        out[key] = (i, part, node, para)
    return out


def _find_span(text: str, comment: Comment) -> tuple[int | None, int | None, bool, bool]:
    """``(start, end, moved, lost)`` of a comment's span in ``text`` as it is now."""
    if not comment.is_span:
        return None, None, False, False
    start, end = comment.start, comment.end
    assert start is not None and end is not None
    if not comment.quote:
        if end <= len(text):
            return start, end, False, False
        return None, None, False, True
    if text[start:end] == comment.quote:
        return start, end, False, False
    hits = []
    at = text.find(comment.quote)
    while at >= 0:
        hits.append(at)
        at = text.find(comment.quote, at + 1)
    if not hits:
        return None, None, False, True
    best = min(hits, key=lambda h: abs(h - start))  # the occurrence nearest the old place
    return best, best + len(comment.quote), True, False


def resolve(draft: Draft, comment: Comment, index: dict | None = None) -> Anchor | None:
    """Where ``comment`` sits in ``draft`` now, or None when its heading or paragraph
    was deleted. ``index`` is :func:`target_index` of the draft, to share among many."""
    index = target_index(draft) if index is None else index
    hit = index.get(comment.target)
    if hit is None:
        return None
    _pos, part, node, para = hit
    text = para.text if para is not None else node.heading  # type: ignore[union-attr]
    start, end, moved, lost = _find_span(text, comment)
    return Anchor(node, para, start, end, moved, lost, part)


def in_reading_order(draft: Draft, comments: list[Comment] | None = None) -> list[Comment]:
    """The comments sorted by where they sit (then by span start and time); comments
    whose target is gone come last, so nothing is silently dropped from a list."""
    comments = draft.comments if comments is None else comments
    index = target_index(draft)
    far = len(index) + 1

    def key(c: Comment):
        hit = index.get(c.target)
        return (hit[0] if hit else far, c.start if c.start is not None else -1, c.time)

    return sorted(comments, key=key)


def comments_on(draft: Draft, target_id: str) -> list[Comment]:
    """The comments on one heading or paragraph, in span order."""
    return sorted(
        (c for c in draft.comments if c.target == target_id),
        key=lambda c: (c.start if c.start is not None else -1, c.time),
    )


def add_comment(
    draft: Draft,
    target: str,
    text: str,
    *,
    author: str = "",
    start: int | None = None,
    end: int | None = None,
    time: str | None = None,
    origin: str = "",
) -> Comment:
    """Add a comment to ``draft`` on the heading or paragraph ``target`` (a span of it
    when ``start``/``end`` are given) and return it.

    Raises ``ValueError`` for an unknown target or a span outside its text, so a bad
    call fails at once instead of leaving a comment that points nowhere.
    """
    hit = target_index(draft).get(target)
    if hit is None:
        raise ValueError(f"no heading or paragraph with id {target!r} in the draft")
    _pos, _part, node, para = hit
    words = para.text if para is not None else node.heading  # type: ignore[union-attr]
    quote = ""
    if start is not None or end is not None:
        if start is None or end is None or not 0 <= start < end <= len(words):
            raise ValueError(f"span {start}..{end} is outside the text ({len(words)} characters)")
        quote = words[start:end]
    comment = Comment(
        target=target,
        text=text,
        author=author,
        time=time or now_iso(),
        start=start,
        end=end,
        quote=quote,
        origin=origin,
    )
    draft.comments.append(comment)
    return comment


def open_count(draft: Draft) -> int:
    """How many comments are not resolved yet (shown on the margin list's title)."""
    return sum(1 for c in draft.comments if not c.resolved)


__all__ = [
    "Anchor",
    "Comment",
    "Reply",
    "add_comment",
    "comments_on",
    "in_reading_order",
    "iter_targets",
    "now_iso",
    "open_count",
    "resolve",
    "target_index",
]
