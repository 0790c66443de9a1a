"""Where a finding sits, in terms that survive the writer's edits.

Two needs share this module:

* **Dismissals** (忽略此条) are kept in the draft. A dismissal must stay when the writer
  edits elsewhere in the same paragraph, and also when the edit comes right up to the
  flagged words on one side. So a dismissal is stored as a *token* of four anchors, each
  the rule and the flagged text plus one more thing: the context on both sides, the left
  context, the right context, and the paragraph's id in the draft. A finding is dismissed
  when any anchor of a stored token matches it; the paragraph-id anchor only counts when
  the rule flags those words once in that paragraph (two 某某 in one paragraph are two
  findings, and dismissing one must not hide the other). Offsets are never part of it.
* **Relocating** a finding from a review that ran before the latest edits: its offsets
  may be stale, the words and their context are not (``relocate``).

Old tokens (the bare key of the first version) still match by the whole-context anchor.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from drafter.review.model import Finding

_SIDE = 12  # characters of context on each side (as Context.finding records them)


def _h(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def sides(f: Finding) -> tuple[str, str]:
    """The context left and right of the flagged words (``Finding.context`` holds both:
    up to 12 characters before the words, the words, up to 12 after): the anchors of a
    dismissal, and what tells apart two places of the same words in one paragraph
    (市委秘书长「xx」 and 「xx」主任)."""
    ctx, text = f.context, f.text
    at = min(_SIDE, f.start) if f.start is not None else -1
    if at < 0 or ctx[at : at + len(text)] != text:
        at = ctx.find(text) if text else -1
    if at < 0:
        return ctx, ctx
    return ctx[:at], ctx[at + len(text) :]


def anchors(f: Finding) -> tuple[str, str, str, str]:
    """The four anchors of ``f``: whole context (= ``Finding.key``), left, right, paragraph.

    A side with no context (words at the start or the end of their paragraph) gives no
    anchor (""): it would be the same for every finding of those words at that edge, so
    dismissing one 标题中不应有句号 hid the full stop of every heading. A token stored with
    such an anchor before matches no other finding either, since the other finding's own
    empty side is not looked up."""
    left, right = sides(f)
    return (
        f.key,
        "L" + _h(f.rule, f.text, left) if left else "",
        "R" + _h(f.rule, f.text, right) if right else "",
        "P" + _h(f.rule, f.text, f.ref or "") if f.ref else "",
    )


def token(f: Finding) -> str:
    """What the draft keeps (``Draft.review_dismissed``) when ``f`` is dismissed."""
    return ":".join(anchors(f))


def _stored(tokens: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for t in tokens:
        out.update(a for a in t.split(":") if a)
    return out


def _unique_in_paragraph(found: list[Finding]) -> Counter:
    return Counter((f.rule, f.text, f.ref) for f in found if f.ref)


def is_dismissed(f: Finding, stored: set[str], counts: Counter) -> bool:
    """Whether one of the stored anchors names ``f`` (see the module doc)."""
    whole, left, right, para = anchors(f)
    if whole in stored or (left and left in stored) or (right and right in stored):
        return True
    return bool(para) and para in stored and counts[(f.rule, f.text, f.ref)] == 1


def split_dismissed(
    found: list[Finding], dismissed: Iterable[str]
) -> tuple[list[Finding], list[Finding]]:
    """``found`` split into (kept, dismissed) by the tokens the draft keeps."""
    stored = _stored(dismissed)
    if not stored:
        return list(found), []
    counts = _unique_in_paragraph(found)
    kept, hidden = [], []
    for f in found:
        (hidden if is_dismissed(f, stored, counts) else kept).append(f)
    return kept, hidden


def tokens_for(f: Finding, dismissed: Iterable[str], found: list[Finding] = ()) -> list[str]:
    """The stored tokens that dismiss ``f`` (what restoring it must remove)."""
    counts = _unique_in_paragraph(list(found) or [f])
    return [t for t in dismissed if is_dismissed(f, _stored([t]), counts)]


def relocate(f: Finding, text: str) -> Finding | None:
    """``f`` with offsets that fit ``text``, the paragraph as it stands now: unchanged when
    the words are still at their offsets, else the occurrence with the same context, else
    the one nearest the old place; None when the words are gone."""
    if f.start is not None and f.end is not None and text[f.start : f.end] == f.text:
        return f
    if not f.text:
        return None
    left, right = sides(f)
    at = text.find(left + f.text + right) if left or right else -1
    if at >= 0:
        at += len(left)
    else:
        from drafter.drafts.anchors import nearest_occurrence

        at = nearest_occurrence(text, f.text, f.start or 0)
        if at is None:
            return None
    return replace(f, start=at, end=at + len(f.text))


__all__ = ["anchors", "relocate", "split_dismissed", "token", "tokens_for"]
