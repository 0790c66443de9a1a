"""The Word comments a 修订稿 adds of its own, for what tracked changes cannot show: a
title-block field written differently, a heading moved (its words are the same) or
re-levelled, a paragraph moved (tracked changes show it deleted and inserted, as if
rewritten). Each says what changed and where it stood, in the printed headings' words.
"""

from __future__ import annotations

from drafter.compare.changes import Comparison, OutlineChange
from drafter.compare.report import sibling_move
from drafter.drafts.comments import Comment
from drafter.drafts.model import Draft


def heading_move_notes(comparison: Comparison, author: str, time: str) -> list[Comment]:
    """Comments for what tracked changes cannot show: a heading moved (its words are
    the same) or moved to another level, one a change (the heading counterpart of
    :func:`paragraph_move_notes`; named ``outline_notes`` before, as was the study's
    unrelated 〔开头〕/〔结尾〕 lines of a model text's 提纲)."""
    notes = []
    for o in comparison.outline:
        if o.op == "move":
            text = move_note(comparison, o)
        elif o.op == "level":
            text = f"层级调整：由第 {o.old_level} 级改为第 {o.new_level} 级。"
        else:
            continue
        notes.append(
            Comment(target=o.new_id or "", text=text, author=author, time=time, origin="compare")
        )
    return notes


def paragraph_move_notes(comparison: Comparison, author: str, time: str) -> list[Comment]:
    """A comment on each paragraph that moved: tracked changes show it deleted in one place
    and inserted in another, as if rewritten; the note says it is the same paragraph and
    where it came from (:func:`drafter.compare.report.move_words`)."""
    from drafter.compare.report import move_words

    return [
        Comment(
            target=p.new_id or "",
            text=f"本段已移动：{move_words(comparison, p)}。",
            author=author,
            time=time,
            origin="compare",
        )
        for p in comparison.paragraphs
        if p.op == "move" and p.new_id
    ]


def move_note(comparison: Comparison, change: OutlineChange) -> str:
    """What a moved heading's comment says, in the words of the printed headings: under the
    same heading (renamed or not), that the order changed (原为“（二）深化专项整治”，现为
    “（一）深化专项整治”); under another, where it stood and where it went. The note said
    现在 突出工作重点，… 下 before: the parent's words without its number, between spaces,
    even when the part had only changed places with a sibling under that very heading."""
    old_id, old_parent = _parent(comparison.old, change.old_id)
    new_id, new_parent = _parent(comparison.new, change.new_id)
    # a heading the writer closed with a stop is quoted without it (“（二）强化隐患排查。”。)
    was, now = (h.rstrip("。") if h else "" for h in (change.old, change.new))
    if comparison.node_map.get(old_id or "") == new_id:  # both None at the first level too
        if was == now:  # moved, not renumbered: 原为“三、…”，现为“三、…” said nothing
            return f"本节顺序已调整：{sibling_move(comparison, change)}（编号未改）。"
        return f"本节顺序已调整：原为“{was}”，现为“{now}”。"
    before = f"“{old_parent}”下" if old_parent else "第一级"
    after = f"“{new_parent}”下" if new_parent else "第一级"
    return f"本节已移动：原在{before}（原为“{was}”），现移到{after}。"


def _parent(draft: Draft, node_id: str | None) -> tuple[str | None, str]:
    """The id and printed heading (number and words) of the heading ``node_id`` stands
    under; ``(None, "")`` at the first level."""
    from drafter.drafts.numbering import heading_text, markers

    parent = next((n for n in draft.walk() if any(c.id == node_id for c in n.children)), None)
    if parent is None:
        return None, ""
    printed = heading_text(draft, parent, markers(draft)).rstrip("。")
    return parent.id, printed or parent.heading.strip()


def header_notes(comparison: Comparison, author: str, time: str) -> list[Comment]:
    """Comments on the title-block fields the new draft writes differently (讲话人, 日期 …):
    the 修订稿 showed a new speaker or date unmarked, as if the head had approved it."""
    from drafter.drafts.anchors import meta_target

    notes = []
    for h in comparison.header:
        if h.new:
            text = f"{h.label}已改动：原为“{h.old or '（空）'}”，现为“{h.new}”。"
        else:  # a field emptied is not printed: the note goes on the title, not on 同志们
            text = f"{h.label}已删去：原为“{h.old}”。"
        where = h.field if h.new or h.field == "title" else "title"
        notes.append(
            Comment(
                target=meta_target(where), text=text, author=author, time=time, origin="compare"
            )
        )
    return notes


def change_notes(comparison: Comparison, author: str, time: str) -> list[Comment]:
    """Every comment the 修订稿 adds of its own: the title block's changed fields, the
    headings moved or re-levelled, the paragraphs moved (Drafter's notes, beside the
    comments of the draft under review)."""
    return [
        *header_notes(comparison, author, time),
        *heading_move_notes(comparison, author, time),
        *paragraph_move_notes(comparison, author, time),
    ]
