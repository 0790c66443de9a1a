"""Review comments whose problem the writer has fixed: the office head's check of a reply.

The head turns the findings of 审稿 into comments (drafter.review.into_comments) and sends
the draft back; the writer fixes some and returns the file, the comments still open (Word
keeps them until someone resolves them). Reading the reply, the head checked each comment
against the text by eye. :func:`settled_comments` does it the way the head would: a comment
that says a review finding (【必错·编号】…) whose problem the review no longer finds is
settled, and may be resolved. It stays open while the review still finds that message
anywhere, or a problem of its kind on its place — a comment is never called settled
because the problem moved.
"""

from __future__ import annotations

import re

from drafter.drafts.model import Draft
from drafter.review.into_comments import finding_text
from drafter.review.model import CATEGORIES

# 【必错·编号】 and its message up to the suggestion or the group's other places
_SAID = re.compile(r"^【(?:必错|疑似|提示)·([^】]+)】(.*?)(?:（建议：|。?同样的问题|。?另见：|$)")


def _said(text: str) -> tuple[str, str] | None:
    """(category, message) a review comment says, spaces taken out (Word's round trip may
    wrap them); None for a comment someone typed."""
    m = _SAID.match("".join(text.split()))
    return (m.group(1), m.group(2).rstrip("。")) if m else None


def said_problem(text: str) -> str:
    """The problem a review comment's ``text`` names (its message, without the level, the
    suggestion or the group's places), to name the comment in a line; ``text`` itself for
    a comment someone typed."""
    said = _said(text)
    return said[1] if said is not None else text


def settled_comments(draft: Draft, findings) -> list:
    """The open comments of ``draft`` made from review findings that ``findings`` (a fresh
    review of the draft, dismissed findings included) no longer bear out: no finding says
    the comment's message, and none of its category stands on the comment's place."""
    standing: set[tuple[str, str]] = set()
    placed: set[tuple[str, str | None]] = set()
    for f in findings:
        category = CATEGORIES.get(f.category, f.category)
        said = _said(finding_text(f))
        if said is not None:
            standing.add(said)
        placed.add((category, f.ref))
    out = []
    for comment in draft.comments:
        said = None if comment.resolved else _said(comment.text)
        if said is None or said in standing or (said[0], comment.target) in placed:
            continue
        out.append(comment)
    return out


__all__ = ["said_problem", "settled_comments"]
