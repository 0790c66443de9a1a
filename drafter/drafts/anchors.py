"""Where comments sit in a draft: finding their heading or paragraph, adding, ordering.

Kept apart from the comment data (``drafter.drafts.comments``) because it needs the
draft model, which itself holds the comments.

Besides headings and paragraphs a comment can sit on a field of the title block (an
office head's first remark is often on the title, or on the speaker's post): its target
is ``meta:FIELD`` (``meta:title``, ``meta:subtitle``, ``meta:speaker``, ``meta:post``,
``meta:date``, ``meta:occasion``), the same names the review gives title-block findings, and
its span is in the field's text as stored. 场合 is not printed: a Word file carries a comment
on it with its name in front of the text (:func:`unprinted_label`), which reads it back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from drafter.drafts.comments import Comment, now_iso
from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.drafts.numbering import heading_text, markers
from drafter.drafts.title_fields import TITLE_FIELDS

FIELD_NAMES = dict(TITLE_FIELDS)
META_PREFIX = "meta:"
# Fields a printed file does not show: the occasion is kept for the library and the file's
# properties, and a head's remark on it ("场合写全称") must still reach Word and come back.
UNPRINTED_FIELDS = ("occasion",)


def unprinted_label(field: str) -> str:
    """What a Word comment on a field that is not printed starts with (``【场合】``): the
    reviewer in Word sees what it is about, and reading the file back puts it on the field
    again instead of on the words it is anchored to."""
    return f"【{FIELD_NAMES[field]}】"


def unprinted_field(text: str) -> tuple[str | None, str]:
    """``(field, text without its label)`` of a Word comment's text that starts with the label
    of a field not printed; ``(None, text)`` for any other comment."""
    for field in UNPRINTED_FIELDS:
        label = unprinted_label(field)
        if text.startswith(label):
            return field, text[len(label) :].lstrip()
    return None, text


def meta_target(field: str) -> str:
    """The comment target of a title-block field (``title`` -> ``meta:title``)."""
    if field not in FIELD_NAMES:
        raise ValueError(f"not a title-block field: {field!r}")
    return META_PREFIX + field


def meta_field(target: str | None) -> str | None:
    """The title-block field a target names (``meta:title`` -> ``title``), else None."""
    if target and target.startswith(META_PREFIX) and target[len(META_PREFIX) :] in FIELD_NAMES:
        return target[len(META_PREFIX) :]
    return None


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
    part: str = "paragraph"  # "heading", "paragraph", "opening", "closing" or "meta"
    field: str = ""  # the title-block field (part "meta")
    words: str = ""  # the field's text (part "meta")

    @property
    def text(self) -> str:
        """The text the span lies in: the paragraph's, the heading's words, or the field's."""
        if self.field:
            return self.words
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
    """``id -> (reading position, part, node, paragraph)`` for every heading and paragraph,
    and the title block's fields first (part ``meta``, node and paragraph None, negative
    positions: they are read before the body). :func:`text_of` gives any target's text."""
    out: dict[str, tuple[int, str, DraftNode | None, DraftParagraph | None]] = {
        meta_target(key): (i - len(TITLE_FIELDS), "meta", None, None)
        for i, (key, _name) in enumerate(TITLE_FIELDS)
    }
    for i, (part, node, para) in enumerate(iter_targets(draft)):
        key = para.id if para is not None else node.id  # type: ignore[union-attr]
        out[key] = (i, part, node, para)
    return out


def text_of(draft: Draft, target: str, index: dict | None = None) -> str | None:
    """The text a comment on ``target`` lies in: a paragraph's text, a heading's words or
    a title-block field as stored; None when the target is gone."""
    field = meta_field(target)
    if field is not None:
        return getattr(draft.meta, field)
    index = target_index(draft) if index is None else index
    hit = index.get(target)
    if hit is None:
        return None
    _pos, _part, node, para = hit
    return para.text if para is not None else node.heading  # type: ignore[union-attr]


def nearest_occurrence(text: str, words: str, near: int) -> int | None:
    """Where ``words`` stand in ``text`` closest to offset ``near`` (the first of two as
    close), or None when they are not there (or empty). The rule by which a comment's span
    and a dismissed review finding follow their words after an edit moved them: one rule,
    so both land on the same occurrence."""
    if not words:
        return None
    hits = []
    at = text.find(words)
    while at >= 0:
        hits.append(at)
        at = text.find(words, at + 1)
    return min(hits, key=lambda h: abs(h - near)) if hits else None


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
    best = nearest_occurrence(text, comment.quote, start)  # nearest the old place
    if best is None:
        return None, None, False, True
    return best, best + len(comment.quote), True, False


def resolve(draft: Draft, comment: Comment, index: dict | None = None) -> Anchor | None:
    """Where ``comment`` sits in ``draft`` now, or None when its heading or paragraph
    was deleted. ``index`` is :func:`target_index` of the draft, to share among many."""
    field = meta_field(comment.target)
    if field is not None:
        text = getattr(draft.meta, field)
        start, end, moved, lost = _find_span(text, comment)
        return Anchor(None, None, start, end, moved, lost, "meta", field, text)
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
    """Add a comment to ``draft`` on the heading, paragraph or title-block field
    ``target`` (``meta:title``…; a span of it when ``start``/``end`` are given) and
    return it.

    Raises ``ValueError`` for an unknown target or a span outside its text, so a bad
    call fails at once instead of leaving a comment that points nowhere.
    """
    words = text_of(draft, target)
    if words is None:
        raise ValueError(f"no heading or paragraph with id {target!r} in the draft")
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


def describe_place(draft: Draft, comment: Comment, index: dict | None = None) -> str:
    """Where a comment sits, as the margin list says it: ``一、提高认识`` for a heading,
    ``开头 · “同志们”`` for a paragraph span, ``标题`` for the title block's title,
    ``（原文已删除）`` when its target is gone."""
    index = target_index(draft) if index is None else index
    anchor = resolve(draft, comment, index)
    if anchor is None:
        return "（原文已删除）"
    if anchor.field:
        where = FIELD_NAMES[anchor.field]
    elif anchor.node is not None:
        where = heading_text(draft, anchor.node, markers(draft)) or anchor.node.heading
    else:
        where = "开头" if anchor.part == "opening" else "结尾"
    if anchor.start is not None and anchor.end is not None:
        words = anchor.text[anchor.start : anchor.end]
        if len(words) > 18:
            words = words[:17] + "…"
        return f"{where} · “{words}”"
    if anchor.paragraph is not None:
        first = anchor.paragraph.text.strip()[:14]
        return f"{where} · 段落“{first}…”" if first else where
    return where


__all__ = [
    "FIELD_NAMES",
    "TITLE_FIELDS",
    "Anchor",
    "describe_place",
    "add_comment",
    "comments_on",
    "in_reading_order",
    "iter_targets",
    "meta_field",
    "meta_target",
    "open_count",
    "resolve",
    "target_index",
    "text_of",
    "unprinted_field",
    "unprinted_label",
]
