"""The writer's tracked changes (修订) in a comparison: which file they say is the newer, and
whose edit each change of the comparison is.

A writer who edits the head's draft in Word with 修订 on sends back a file whose changes
are pending, each stamped with his name and date. Read as if accepted, the file is his new
version; read with the deletions and without the insertions, it is the text he started
from. So a file whose struck words the draft still holds (and whose inserted words it
lacks) was edited from that draft and is the newer of the two, comments or none; and each
change the comparison finds that is one of his tracked ones is his, by name and date, while
a change he made with 修订 off (or the head's own) is told apart from them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from drafter.compare.changes import Comparison, OutlineChange, ParagraphChange
from drafter.compare.textdiff import char_diff
from drafter.drafts.model import Draft
from drafter.drafts.numbering import heading_text, markers
from drafter.drafts.word_revisions import (
    RevisionCount,
    TrackedChange,
    TrackedParagraph,
    read_tracked_changes,
)

# Characters of the words around a change that place it in the other draft: enough that
# a phrase of a speech is found once, few enough that a neighbouring edit rarely falls in.
_CONTEXT = 6
_MIN_WINDOW = 4  # a shorter window (a 的 inserted in an empty paragraph) proves nothing


def _flat(text: str) -> str:
    return "".join(text.split())


def _draft_text(draft: Draft) -> str:
    """Every printed line of ``draft`` (title block, headings with their markers, paragraphs),
    white space dropped, one per line: what a window of the writer's file is looked up in."""
    marks = markers(draft)
    lines = [draft.meta.title, draft.meta.subtitle]
    lines += [p.text for p in draft.opening]
    for node in draft.walk():
        lines += [heading_text(draft, node, marks), node.heading]
        lines += [p.text for p in node.paragraphs]
    lines += [p.text for p in draft.closing]
    return "\n".join(_flat(line) for line in lines if line)


def _windows(para: TrackedParagraph):
    """``(change, before, after)`` for each of the writer's changes in ``para``: the words
    around it as he found them (``before``: struck words kept, inserted ones left out) and
    as he left them (``after``), white space dropped."""
    pieces = [(op, _flat(words), change) for op, words, change in para.pieces()]
    for i, (op, words, change) in enumerate(pieces):
        if op == "equal" or change is None:
            continue
        head_before = "".join(w for o, w, _ in pieces[:i] if o != "insert")[-_CONTEXT:]
        head_after = "".join(w for o, w, _ in pieces[:i] if o != "delete")[-_CONTEXT:]
        tail_before = "".join(w for o, w, _ in pieces[i + 1 :] if o != "insert")[:_CONTEXT]
        tail_after = "".join(w for o, w, _ in pieces[i + 1 :] if o != "delete")[:_CONTEXT]
        before = head_before + (words if op == "delete" else "") + tail_before
        after = head_after + (words if op == "insert" else "") + tail_after
        yield change, before, after


def tracked_on(draft: Draft, other: Draft) -> int:
    """How many of the pending tracked changes of ``other`` (a Word file, ``other.source``)
    were made on the text of ``draft``: ``draft`` holds the words around each as they were
    before it (the struck words there, the inserted ones not), and not as after. 0 when
    ``other`` is no such file, or when its changes are already in ``draft`` (the writer's
    earlier file, whose edits the head's draft accepted). Counted per author: a 修订稿 the
    head sent back holds his own changes, which ``draft`` already has, beside the writer's
    new ones, which it lacks; one author whose changes are mostly new to ``draft`` is enough."""
    paras = read_tracked_changes(other.source or "")
    if not paras:
        return 0
    text = _draft_text(draft)
    newer: dict[str, int] = defaultdict(int)
    older: dict[str, int] = defaultdict(int)
    for para in paras:
        for change, before, after in _windows(para):
            had_before = len(before) >= _MIN_WINDOW and before in text
            had_after = len(after) >= _MIN_WINDOW and after in text
            if had_before and not had_after:
                newer[change.author] += 1
            elif had_after and not had_before:
                older[change.author] += 1
    return sum(n for author, n in newer.items() if n > older[author])


# A run-in heading (（一）抓好信息报送。) prints with its first paragraph as one line of the
# writer's file; a paragraph or heading this long found at either end of such a line is that
# line's, however much longer the line is.
_RUN_IN_MIN = 8


def _find(paras: list[TrackedParagraph], printed: str) -> tuple[TrackedParagraph, int] | None:
    """The writer's tracked paragraph printing ``printed`` (a paragraph, or a heading with its
    marker) and where ``printed`` starts in its text (negative when a Word list number, not
    in his text, starts ``printed``). A run-in heading and its paragraph are one line there:
    the heading starts it, the paragraph ends it."""
    words = printed.strip()
    if not words:
        return None
    for para in paras:
        mine = para.text.strip()
        if not mine:
            continue
        if abs(len(mine) - len(words)) > 8:
            if len(words) < _RUN_IN_MIN:
                continue
            if mine.startswith(words):
                return para, para.text.index(words) - printed.index(words)
            if mine.endswith(words):
                return para, para.text.rindex(words) - printed.index(words)
            continue
        if words in para.text:
            return para, para.text.index(words) - printed.index(words)
        if mine in printed:
            return para, para.text.index(mine) - printed.index(mine)
    return None


def _struck(paras: list[TrackedParagraph], words: str) -> list[TrackedChange]:
    """The writer's deletions of a whole paragraph reading ``words`` (nothing of it left)."""
    flat = _flat(words)
    for para in paras:
        dels = [c for c in para.changes if c.kind == "del"]
        if flat and not para.text.strip() and _flat("".join(c.text for c in dels)) == flat:
            return dels
    return []


def _theirs(para: TrackedParagraph, offset: int, diff) -> list[TrackedChange]:
    """The writer's changes of ``para`` that the character ``diff`` (of the text starting at
    ``offset`` of his paragraph) makes: an insertion over his inserted words, a deletion
    within the words he struck (his 桥梁和纽带 struck and 桥梁纽带 typed is our 和 deleted)."""
    out: list[TrackedChange] = []
    pos = offset
    for op, words in diff:
        if op == "equal":
            pos += len(words)
            continue
        for c in para.changes:
            inserted = (
                op == "insert" and c.kind == "ins" and c.start < pos + len(words) and pos < c.end
            )
            struck = (
                op == "delete"
                and c.kind == "del"
                and abs(c.start - pos) <= max(len(words), len(c.text))
                and (words in c.text or c.text in words)
            )
            if (inserted or struck) and c not in out:
                out.append(c)
        if op == "insert":
            pos += len(words)
    return out


def _editors(changes: list[TrackedChange]) -> list[tuple[str, str]]:
    """``(author, date)`` of each writer who made ``changes``, in order, his latest date."""
    latest: dict[str, str] = {}
    for c in changes:
        latest[c.author] = max(latest.get(c.author, ""), c.date)
    return list(latest.items())


def _paragraph_diff(p: ParagraphChange) -> list:
    """What changed in a paragraph, as inserted and deleted runs: its diff, or all of it
    inserted where it was added here (or moved here unchanged)."""
    diff = p.diff if p.op == "change" or (p.op == "move" and p.diff) else []
    return diff or [("insert", p.new or "")]


def _heading_diff(o: OutlineChange) -> list | None:
    """What changed in a heading: all of it where added, its characters where renamed or
    renumbered; None where moved or re-levelled (its words unchanged)."""
    if o.op == "add":
        return [("insert", o.new or "")]
    if o.op in ("rename", "marker"):
        return char_diff(o.old or "", o.new or "")
    return None


def mark_editors(comparison: Comparison) -> int:
    """Fill ``by`` of each change of ``comparison`` that is one of the writer's tracked
    changes in the new side's Word file (``comparison.new.source``) with his name and date,
    so the compare view, the report and the JSON say whose edit each is. Returns how many
    tracked changes the new side holds (0: no file, or none pending; every ``by`` stays
    empty)."""
    paras = read_tracked_changes(comparison.new.source or "")
    if not paras:
        return 0
    # his changes behind the changes found, each once, to count them as Word does: all of
    # his in the paragraph, so 桥梁和纽带 struck and 桥梁纽带 typed, which the character
    # diff finds as 和 deleted, still counts as the deletion and insertion Word shows
    theirs: dict[int, TrackedChange] = {}

    def editors(changes: list[TrackedChange], para=None) -> list[tuple[str, str]]:
        who = {c.author for c in changes}
        mine = [c for c in para.changes if c.author in who] if para is not None else []
        theirs.update((id(c), c) for c in [*changes, *mine])
        return _editors(changes)

    def mark(item: ParagraphChange | OutlineChange, diff_of: Callable) -> None:
        # a removed paragraph or heading is found struck; any other by its new text, his
        # changes in it those behind its diff (``diff_of``: None, nothing of his to show)
        if item.op == "remove":
            item.by = editors(_struck(paras, item.old or ""))
            return
        hit = _find(paras, item.new or "")
        if hit is None:
            return
        diff = diff_of(item)
        if diff is not None:
            item.by = editors(_theirs(hit[0], hit[1], diff), hit[0])

    for p in comparison.paragraphs:
        mark(p, _paragraph_diff)
    for o in comparison.outline:
        mark(o, _heading_diff)
    counts: dict[str, RevisionCount] = defaultdict(RevisionCount)
    for c in theirs.values():
        counts[c.author or "（未署名）"] += RevisionCount(
            int(c.kind == "del"), int(c.kind == "ins")
        )
    comparison.revisions = dict(counts)
    return sum(len(para.changes) for para in paras)


def editors_words(by: list[tuple[str, str]]) -> str:
    """Whose tracked edit a change is, as the compare view and report print it:
    ``李科员修订 2025-11-26 10:05`` (several writers joined by 、)."""
    out = []
    for author, date in by:
        when = date.replace("T", " ")[:16].rstrip("Z") if date else ""
        out.append(f"{author or '（未署名）'}修订{(' ' + when) if when else ''}")
    return "、".join(out)


def tracks_words(change) -> bool:
    """Whether ``change`` is one 修订 could have marked: not a heading moved or re-levelled,
    whose words did not change (a Word file shows no tracked change for it)."""
    return not (isinstance(change, OutlineChange) and change.op in ("move", "level"))


def tracked_summary(comparison: Comparison) -> str:
    """Whose tracked changes the changes are, by name, counted as Word and the note on the
    file's pending 修订 count them (a word replaced: 删 1 处、增 1 处), and how many changes
    are not tracked ones (``李科员修订 2 处（删 1 处、增 1 处），未留修订痕迹的改动 1 处。``);
    "" when the new side tracked nothing."""
    if not comparison.tracked:
        return ""
    plain = sum(
        1
        for change in [*comparison.outline, *comparison.paragraphs]
        if not change.by and tracks_words(change)
    )
    words = [f"{author}修订 {n.total} 处{n.parts()}" for author, n in comparison.revisions.items()]
    if plain:
        words.append(f"未留修订痕迹的改动 {plain} 处")
    return "，".join(words) + "。" if words else ""


__all__ = ["editors_words", "mark_editors", "tracked_on", "tracked_summary", "tracks_words"]
