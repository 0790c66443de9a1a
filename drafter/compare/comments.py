"""Comments (批注) carried from the old side of a comparison onto the new one.

The office head comments on the draft he reviews. In 比较稿件 that draft is the new side,
until he finds he picked the two the other way round and presses 对调新旧: his draft is now
the old side, and the 修订稿 (the new side's text with the changes tracked) came out
without a single one of his comments. A comment follows the text it is about: a heading
or paragraph the comparison pairs with one of the new draft goes there (a span found again
by its quoted words), one whose text the new draft dropped goes on the heading it stood
under, saying which words it was on, one on words the writer has since changed stays on
its paragraph saying which words they were, and the title block's comments stay on their
fields.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import datetime

from drafter.compare.changes import Comparison
from drafter.drafts.anchors import meta_field, meta_target, target_index
from drafter.drafts.comments import Comment
from drafter.drafts.model import Draft

_GONE_QUOTE = 30  # characters of the dropped words a moved comment quotes


def carry_comments(comparison: Comparison) -> list[Comment]:
    """The old draft's comments, each on its place in the new draft (ids kept, so a comment
    both drafts hold, as two versions of one draft do, is told apart by its id)."""
    old = comparison.old
    index = target_index(old)
    paragraphs = dict(comparison.paragraph_map)
    for change in comparison.paragraphs:  # a paragraph moved to another heading goes along
        if change.op == "move" and change.old_id and change.new_id:
            paragraphs[change.old_id] = change.new_id
    new_index = target_index(comparison.new)
    out = []
    for comment in old.comments:
        if meta_field(comment.target) is not None:
            out.append(replace(comment))
            continue
        hit = index.get(comment.target)
        text = ""
        if hit is not None:
            _pos, _part, node, para = hit
            text = para.text if para is not None else node.heading  # type: ignore[union-attr]
        quote = comment.quote
        if comment.is_span and not quote:  # offsets alone do not survive an edit: the words
            quote = text[comment.start : comment.end]
        target = comparison.node_map.get(comment.target) or paragraphs.get(comment.target)
        if target is not None:
            if comment.is_span and quote and quote not in _text_at(new_index, target):
                out.append(_on_changed_words(comment, target, quote))
                continue
            out.append(replace(comment, target=target, quote=quote))
            continue
        out.append(_on_what_is_left(comparison, comment, hit, quote or text))
    return out


def _text_at(index: dict, target: str) -> str:
    """The words of the heading or paragraph ``target`` names in the draft ``index`` reads."""
    hit = index.get(target)
    if hit is None:
        return ""
    _pos, _part, node, para = hit
    return para.text if para is not None else node.heading


def _on_changed_words(comment: Comment, target: str, quote: str) -> Comment:
    """``comment`` on words the writer has since changed (截止 -> 截至 after the head's
    comment “截止”应为“截至”): on the whole paragraph or heading, saying which words it
    was on, so the writer does not read it as a complaint about the words now there."""
    shown = quote if len(quote) <= _GONE_QUOTE else quote[: _GONE_QUOTE - 1] + "…"
    return replace(
        comment,
        target=target,
        start=None,
        end=None,
        quote="",
        text=f"{comment.text}（原批注所在文字新稿已改：“{shown}”）",
    )


def _on_what_is_left(comparison: Comparison, comment: Comment, hit, words: str) -> Comment:
    """``comment`` whose heading or paragraph the new draft no longer has: on the heading it
    stood under (the title when that is gone too), its text saying which words it was on."""
    part, node = (hit[1], hit[2]) if hit is not None else ("", None)
    where = None
    if node is not None and part == "paragraph":
        where = comparison.node_map.get(node.id)
    what = "标题" if part == "heading" else "段落"
    shown = words.strip()
    if len(shown) > _GONE_QUOTE:
        shown = shown[: _GONE_QUOTE - 1] + "…"
    note = (
        f"（原批注所在{what}新稿已删去：“{shown}”）" if shown else f"（原批注所在{what}新稿已删去）"
    )
    return replace(
        comment,
        target=where or meta_target("title"),
        start=None,
        end=None,
        quote="",
        text=f"{comment.text}{note}",
    )


def redline_comments(comparison: Comparison, annotated: str = "new") -> list[Comment]:
    """The comments a 修订稿 of ``comparison`` carries: the new draft's, and, when the
    annotated draft (the one being reviewed) is the old side (``annotated="old"``, after
    对调新旧), the old draft's carried onto the new text (:func:`carry_comments`), those the
    new draft already holds once: the same id (two versions of one draft), or the same
    author, words and minute (the writer's Word file answering the head's comments holds
    them read back from Word, under new ids, with the writer's replies)."""
    own = list(comparison.new.comments)
    if annotated != "old":
        return own
    have = {c.id for c in own}
    held = Counter(_same_comment(c) for c in own)
    skip = set()
    for c in comparison.old.comments:  # the old side's own words, before carrying notes them
        key = _same_comment(c)
        if c.id not in have and held[key] > 0:
            held[key] -= 1
            skip.add(c.id)
    return own + [c for c in carry_comments(comparison) if c.id not in have | skip]


def _same_comment(comment: Comment) -> tuple[str, str, str]:
    """What a comment keeps through a Word round trip, its id lost: author, words (white
    space aside) and the wall-clock minute (Word writes the local time, its seconds
    sometimes zeroed; a stored time with its offset is compared at that wall-clock time)."""
    try:
        when = datetime.fromisoformat(comment.time.replace("Z", "+00:00"))
        minute = when.replace(tzinfo=None).isoformat()[:16]
    except ValueError:
        minute = comment.time[:16]
    return comment.author.strip(), "".join(comment.text.split()), minute


def answers_comments(draft: Draft, other: Draft) -> bool:
    """Whether ``other`` is the writer's answer to ``draft`` (:func:`why_newer` names a
    reason). Picked in 比较稿件 as the older file, it is the newer one."""
    return bool(why_newer(draft, other))


def why_newer(draft: Draft, other: Draft) -> str:
    """Why ``other`` is the writer's answer to ``draft``, the newer of the two, or "":
    "replies" when it replies to comments of ``draft`` anew (:func:`replies_to_comments`);
    "tracked" when it is a Word file whose pending tracked changes (修订) were made on the
    text of ``draft`` (:func:`~drafter.compare.tracked.tracked_on`: the writer edited it
    with 修订 on and commented nothing, the commonest answer of all); "saved" when, replying
    to none (a third version), it holds the comments of ``draft`` and is a Word file saved
    in a word processor after everything ``draft`` holds was written (:func:`_saved_after`)."""
    from drafter.compare.tracked import tracked_on

    if replies_to_comments(draft, other):
        return "replies"
    if tracked_on(draft, other):
        return "tracked"
    if replies_to_comments(other, draft) or tracked_on(other, draft):
        return ""  # the draft answers ``other``: whenever it was saved, it is the older text
    mine = {_same_comment(c) for c in draft.comments}
    if any(_same_comment(c) in mine for c in other.comments) and _saved_after(other, draft):
        return "saved"
    return ""


def replies_to_comments(draft: Draft, other: Draft) -> bool:
    """Whether ``other`` holds comments of ``draft`` (the same author, words and minute, as
    read back from Word) with more replies than they have in ``draft``: the writer answered
    them, the surest sign that ``other`` is the newer file."""
    mine: dict[tuple[str, str, str], int] = {}
    for c in draft.comments:
        key = _same_comment(c)
        mine[key] = max(mine.get(key, -1), len(c.replies))
    return any(
        len(c.replies) > mine[_same_comment(c)] for c in other.comments if _same_comment(c) in mine
    )


def _when(stamp: str) -> datetime | None:
    """A stored time as an aware datetime (a time without a zone, as comments read from
    Word keep it, is the local wall-clock time)."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.astimezone()


def _saved_after(other: Draft, draft: Draft) -> bool:
    """Whether ``other`` came from a Word file the writer saved (Word, WPS: not Drafter's
    own export, whose date is only when it was written) later than the newest thing
    ``draft`` holds: its comments and replies, and the date of the file it was opened from.
    Anything of ``draft`` without a date makes no difference; nothing dated, no answer."""
    from drafter.drafts.docx_parts import saved_in_word, word_saves

    when, by_writer = saved_in_word(other.source or "")
    if when is None or not by_writer:
        return False
    # A file's save count (Word's cp:revision) goes on from the file it was saved as: an old
    # version opened and saved again today is newly dated but behind in saves.
    theirs, ours = word_saves(other.source or ""), word_saves(draft.source or "")
    if theirs and ours and theirs < ours:
        return False
    stamps = [_when(c.time) for c in draft.comments]
    stamps += [_when(r.time) for c in draft.comments for r in c.replies]
    stamps.append(saved_in_word(draft.source or "")[0])
    known = [s for s in stamps if s is not None]
    return bool(known) and when > max(known)


__all__ = [
    "answers_comments",
    "carry_comments",
    "redline_comments",
    "replies_to_comments",
    "why_newer",
]
