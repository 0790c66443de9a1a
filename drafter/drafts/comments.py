"""Comments (批注) on a draft: on a heading, a paragraph, or a span of either.

An office head comments where a reviewer points: "this heading is not parallel to its
siblings", "this figure needs a source". A comment is kept in the draft file beside the
text it is about (``Draft.comments``), not inside the text, so editing, moving and
exporting the text never has to step around it. It names its target by id (a
:class:`~drafter.drafts.model.DraftNode` or :class:`~drafter.drafts.model.DraftParagraph`)
and, for a span, by character offsets plus the quoted words: when the writer edits the
paragraph afterwards the quote finds the span again (``drafter.drafts.anchors``).

This module holds the data only, so the draft model can import it; finding, adding and
ordering comments in a draft is ``drafter.drafts.anchors``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone


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
        """The JSON form stored in the draft file."""
        return {"id": self.id, "author": self.author, "time": self.time, "text": self.text}

    @classmethod
    def from_json(cls, d: dict) -> Reply:
        """Read the JSON form; missing keys take their defaults."""
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
        """True when the comment is on some words rather than the whole target."""
        return self.start is not None and self.end is not None

    def to_json(self) -> dict:
        """The JSON form stored in the draft file."""
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
        """Read the JSON form; missing keys take their defaults."""
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


def comment_tally(comments: list[Comment]) -> str:
    """How many comments a version holds, and how many are still open: ``23（未解决 21）``,
    ``23`` when none is resolved, ``0`` without any. Versions of a draft under review differ
    in their comments more than in their words (审稿意见转为批注, the writer's replies, the
    head resolving them), and a list of versions of equal 字数 did not tell them apart."""
    total = len(comments)
    open_ = sum(1 for c in comments if not c.resolved)
    return f"{total}（未解决 {open_}）" if open_ != total else str(total)


__all__ = ["Comment", "Reply", "comment_tally", "now_iso"]
