"""The 修订稿 (花脸稿): the new version in the official layout, its changes as Word
tracked changes.

A head sends the writer back a Word file in which every change since the writer's
version can be accepted or rejected: inserted words in ``w:ins``, deleted words as
``w:delText`` runs in ``w:del`` (both with author and date), added paragraphs with an
inserted paragraph mark and removed ones as deleted paragraphs where they stood. Moved
and re-levelled headings cannot be tracked as text (their words did not change), so
they get a Word comment saying where they came from. Built as a decorator of
:class:`~drafter.export.docx.DocxExporter`, so the layout is the house layout.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from docx.oxml.ns import qn
from lxml import etree

from drafter.compare.diff import Comparison, OutlineChange
from drafter.compare.report import sibling_move
from drafter.compare.textdiff import char_diff
from drafter.drafts.comments import Comment
from drafter.drafts.convert import TITLE_KINDS, BodyItem, iter_body_items, title_block
from drafter.drafts.model import Draft
from drafter.drafts.word_comments import TrackedChange, TrackedParagraph, read_tracked_changes
from drafter.export.base import ExportError, refuse_overwriting_sources
from drafter.export.wordml import split_at, text_runs

DEFAULT_AUTHOR = "审阅人"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class _Marks:
    """Unique ids and the author/date attributes of tracked changes. While a paragraph of
    the writer's file with his own tracked changes is marked (``here``), a change that is
    one of his keeps his name and date."""

    def __init__(self, author: str, date: str) -> None:
        self.author = author or DEFAULT_AUTHOR
        self.date = date
        self.next_id = 9000  # clear of the comment ids, which count from 0
        self.here: tuple[TrackedParagraph, int] | None = None  # (his paragraph, our offset)
        self.kept: dict[str, int] = {}  # marks written under a writer's own name, by name

    def element(
        self, tag: str, start: int | None = None, end: int | None = None, text: str = ""
    ) -> etree._Element:
        """A new ``w:ins``/``w:del`` (by ``tag``) with the next id, author and date: the
        writer's own when the change at ``start..end`` (our paragraph's offsets; ``text``
        the words a deletion strikes; no span: the paragraph mark) is one he tracked."""
        el = etree.Element(qn(f"w:{tag}"))
        el.set(qn("w:id"), str(self.next_id))
        theirs = self._theirs(tag, start, end, text)
        el.set(qn("w:author"), theirs.author if theirs and theirs.author else self.author)
        if theirs is not None and theirs.author and theirs.author != self.author:
            self.kept[theirs.author] = self.kept.get(theirs.author, 0) + 1
        date = theirs.date if theirs is not None else self.date
        if date:
            el.set(qn("w:date"), date)
        self.next_id += 1
        return el

    def _theirs(self, tag, start, end, text) -> TrackedChange | None:
        """The writer's tracked change this one is, in the paragraph ``here`` (None: ours)."""
        if self.here is None:
            return None
        para, delta = self.here
        kind = "ins" if tag == "ins" else "del"
        if start is None and kind == "del":  # a paragraph mark: his when he struck it all
            struck = [c for c in para.changes if c.kind == "del"]
            return struck[0] if struck and not para.text.strip() else None
        if start is None:  # the paragraph mark: his when he inserted all its words
            whole = [c for c in para.changes if c.kind == "ins"]
            covered = sum(c.end - c.start for c in whole)
            return whole[0] if kind == "ins" and whole and covered >= len(para.text) else None
        a, b = start + delta, (end if end is not None else start) + delta
        for c in para.changes:
            if c.kind != kind:
                continue
            if kind == "ins" and c.start < b and a < c.end:
                return c
            # his deletion where ours is, or one holding ours: he struck 桥梁和纽带 and typed
            # 桥梁纽带 (as Word users replace a word), the character diff deletes only 和
            near = abs(c.start - a) <= max(len(text), len(c.text))
            if kind == "del" and near and (text in c.text or c.text in text):
                return c
        return None


def _length(r: etree._Element) -> int:
    n = 0
    for child in r:
        if child.tag in (qn("w:t"), qn("w:delText")):
            n += len(child.text or "")
        elif child.tag in (qn("w:br"), qn("w:tab")):
            n += 1
    return n


def _live_runs(p: etree._Element) -> list[tuple[int, etree._Element]]:
    """``(start offset, run)`` of the runs that print in the new text (not deleted)."""
    out, pos = [], 0
    for r in text_runs(p):
        if r.getparent().tag == qn("w:del"):
            continue
        n = _length(r)
        if n:
            out.append((pos, r))
        pos += n
    return out


def _wrap_inserted(p: etree._Element, start: int, end: int, marks: _Marks) -> None:
    """Mark the new text ``start..end`` of ``p`` as inserted."""
    if end <= start:
        return
    split_at(p, start)
    split_at(p, end)
    for pos, r in _live_runs(p):
        n = _length(r)
        if pos >= start and pos + n <= end and r.getparent().tag != qn("w:ins"):
            ins = marks.element("ins", pos, pos + n)
            r.addprevious(ins)
            ins.append(r)


def _insert_deleted(p: etree._Element, at: int, text: str, marks: _Marks) -> None:
    """Put ``text`` as deleted words at offset ``at`` of the new text of ``p``."""
    parent, before = split_at(p, at)
    live = _live_runs(p)
    model = before if before is not None and before.tag == qn("w:r") else None
    if model is None and live:
        model = live[-1][1] if at > 0 else live[0][1]
    r = etree.Element(qn("w:r"))
    rpr = model.find(qn("w:rPr")) if model is not None else None
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    t = etree.SubElement(r, qn("w:delText"))
    t.text = text
    t.set(_SPACE, "preserve")
    d = marks.element("del", at, at, text)
    d.append(r)
    if before is None:
        parent.append(d)
    else:
        # a run already wrapped in w:ins: the deletion goes before its wrapper
        anchor = before.getparent() if before.getparent().tag == qn("w:ins") else before
        anchor.addprevious(d)


def _apply_diff(p: etree._Element, offset: int, diff: list[tuple[str, str]], marks: _Marks):
    """Apply a character diff whose new text starts at ``offset`` of ``p``, right to
    left so the offsets still to apply stay valid."""
    pieces = []
    pos = offset
    for op, text in diff:
        if op == "delete":
            pieces.append(("delete", pos, text))
        else:
            if op == "insert":
                pieces.append(("insert", pos, pos + len(text)))
            pos += len(text)
    for piece in reversed(pieces):
        if piece[0] == "insert":
            _wrap_inserted(p, piece[1], piece[2], marks)
        else:
            _insert_deleted(p, piece[1], piece[2], marks)


def _mark_paragraph(p: etree._Element, tag: str, marks: _Marks) -> None:
    """Mark the paragraph mark itself inserted or deleted (``w:pPr/w:rPr/w:ins``)."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = etree.Element(qn("w:pPr"))
        p.insert(0, ppr)
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = etree.SubElement(ppr, qn("w:rPr"))
    rpr.append(marks.element(tag))


def _track_revisions(document) -> None:
    """Open the 修订稿 in 修订 mode (``w:trackRevisions``), so the writer's answers to the
    changes are tracked too, as an office expects of a file sent back for revision."""
    settings = document.settings.element
    if settings.find(qn("w:trackRevisions")) is not None:
        return
    track = etree.Element(qn("w:trackRevisions"))
    zoom = settings.find(qn("w:zoom"))
    if zoom is not None:
        zoom.addnext(track)  # the schema puts it after w:zoom, before w:defaultTabStop
    else:
        settings.insert(0, track)


class RedlineDecorator:
    """Marks the differences of ``comparison`` in the Word export of its new draft."""

    def __init__(
        self, comparison: Comparison, author: str = "", date: str = "", date_style: str = ""
    ) -> None:
        self.comparison = comparison
        self.marks = _Marks(author, date)
        self.remarked: dict[str | None, OutlineChange] = {}
        self.date_style = date_style or "paren_cn"
        source = comparison.new.source or ""  # the writer's Word file, his 修订 in it
        self.theirs = read_tracked_changes(source) if source else []

    def _writer_paragraph(self, printed: str) -> tuple[TrackedParagraph, int] | None:
        """The paragraph of the writer's file printing ``printed`` with his tracked changes
        in it, and where ``printed`` starts in its text (a Word list number, not in its
        text, moves it back); None when he tracked nothing there."""
        words = printed.strip()
        if not words:
            return None
        for para in self.theirs:
            mine = para.text.strip()
            if not mine or abs(len(mine) - len(words)) > 8:
                continue
            if printed in para.text:
                return para, para.text.index(printed)
            if mine in printed:
                return para, para.text.index(mine) - printed.index(mine)
        return None

    def _writer_deleted(self, words: str) -> tuple[TrackedParagraph, int] | None:
        """The paragraph of the writer's file whose words he struck whole, ``words``."""
        words = words.strip()
        for para in self.theirs:
            struck = "".join(c.text for c in para.changes if c.kind == "del").strip()
            if words and not para.text.strip() and struck == words:
                return para, 0
        return None

    def __call__(self, document, draft: Draft, placed) -> None:
        self._mark_title_block([(p, item) for p, item in placed if item.kind in TITLE_KINDS])
        placed = [(p, item) for p, item in placed if item.kind not in TITLE_KINDS]  # body only
        c = self.comparison
        para_changes = {p.new_id: p for p in c.paragraphs if p.new_id and p.op != "remove"}
        added_nodes = {o.new_id for o in c.outline if o.op == "add"}
        renamed = {o.new_id: o for o in c.outline if o.op == "rename"}
        self.remarked = {o.new_id: o for o in c.outline if o.op == "marker"}
        for p, item in placed:
            self._mark_item(p, item, para_changes, added_nodes, renamed)
        self._insert_removed(placed)
        _track_revisions(document)

    def _mark_title_block(self, lines) -> None:
        """Track the title block's lines as the body's: a title or subtitle written
        differently shows its words deleted and inserted, a line the old draft lacked is
        inserted whole (a changed 副标题 was printed as if approved, noted only in a
        comment). A line the new draft dropped is left to its comment (字段已删去)."""
        if not self.comparison.header:
            return
        old = dict(title_block(self.comparison.old.meta, self.date_style))
        for p, item in lines:
            printed = item.text  # a long title carries the line breaks of its layout
            self.marks.here = self._writer_paragraph(printed)
            before = old.get(item.kind)
            if before is None:
                _wrap_inserted(p, 0, len(printed), self.marks)
                _mark_paragraph(p, "ins", self.marks)
                continue
            if before == printed.replace("\n", ""):
                continue
            diff = []  # a line break of the layout is no change: passed over as equal
            for op, text in char_diff(before, printed):
                if op != "insert" or "\n" not in text:
                    diff.append((op, text))
                    continue
                for k, piece in enumerate(text.split("\n")):
                    if k:
                        diff.append(("equal", "\n"))
                    if piece:
                        diff.append(("insert", piece))
            _apply_diff(p, 0, diff, self.marks)
        self.marks.here = None

    def _mark_item(self, p, item: BodyItem, para_changes, added_nodes, renamed) -> None:
        try:
            self.marks.here = self._writer_paragraph(item.heading + item.text)
            self._mark_changes(p, item, para_changes, added_nodes, renamed)
        finally:
            self.marks.here = None

    def _mark_changes(self, p, item: BodyItem, para_changes, added_nodes, renamed) -> None:
        marks = self.marks
        whole_new = True
        off = len(item.heading)
        if item.paragraph is not None and item.text:
            change = para_changes.get(item.paragraph.id)
            if change is None:
                whole_new = False
            elif change.op in ("add", "move"):  # a move: inserted here, deleted where it was
                _wrap_inserted(p, off, off + len(item.text), marks)
            else:
                _apply_diff(p, off, change.diff, marks)
                whole_new = False
        if item.heading and item.node is not None:
            if item.node.id in added_nodes:
                _wrap_inserted(p, 0, len(item.heading), marks)
            else:
                whole_new = False
                change = renamed.get(item.node.id)
                if change is not None:
                    self._rename(p, item, change)
                change = self.remarked.get(item.node.id)
                if change is not None:  # after the words: right to left keeps offsets
                    self._remark(p, item, change)
        if whole_new:
            _mark_paragraph(p, "ins", marks)

    def _rename(self, p, item: BodyItem, change: OutlineChange) -> None:
        old_node = self.comparison.old.find(change.old_id or "")
        new_words = item.node.heading.strip() if item.node else ""
        at = item.heading.find(new_words) if new_words else -1
        if old_node is None or at < 0:
            return
        _apply_diff(p, at, char_diff(old_node.heading.strip(), new_words), self.marks)

    def _remark(self, p, item: BodyItem, change: OutlineChange) -> None:
        """A heading numbered in another form (第一、 now 第一，): its marker tracked, so the
        writer's answer to the head's 序次语 finding shows in the 修订稿."""
        new_words = item.node.heading.strip() if item.node else ""
        at = item.heading.find(new_words) if new_words else -1
        if at < 0 or item.heading[:at] != change.new_marker:
            return
        _apply_diff(p, 0, char_diff(change.old_marker, change.new_marker), self.marks)

    def _insert_removed(self, placed) -> None:
        """Deleted paragraphs for what the old draft had and the new one lost, each
        after the paragraph that now precedes it."""
        c = self.comparison
        by_para = {item.paragraph.id: p for p, item in placed if item.paragraph is not None}
        by_node = {item.node.id: p for p, item in placed if item.node is not None and item.heading}
        if not placed:
            return
        cursor = None
        for item in iter_body_items(c.old):
            kept = None
            if item.paragraph is not None and item.paragraph.id in c.paragraph_map:
                kept = by_para.get(c.paragraph_map[item.paragraph.id])
            if kept is None and item.heading and item.node is not None:
                new_id = c.node_map.get(item.node.id)
                kept = by_node.get(new_id) if new_id else None
            if kept is not None:
                cursor = kept
                continue
            deleted = self._deleted_paragraph(item, placed)
            if cursor is None:
                placed[0][0].addprevious(deleted)
            else:
                cursor.addnext(deleted)
            cursor = deleted

    def _deleted_paragraph(self, item: BodyItem, placed) -> etree._Element:
        """A paragraph shaped like the new draft's paragraphs of the same kind and
        level, all of its text deleted, its paragraph mark too."""
        model = next(
            (p for p, it in placed if it.kind == item.kind and it.level == item.level), None
        )
        if model is None:
            model = next((p for p, it in placed if it.kind == "paragraph"), placed[0][0])
        p = etree.Element(qn("w:p"))
        ppr = model.find(qn("w:pPr"))
        if ppr is not None:
            p.append(copy.deepcopy(ppr))
            for rpr in p.findall(f"{qn('w:pPr')}/{qn('w:rPr')}"):
                rpr.getparent().remove(rpr)
        runs = text_runs(model)
        rpr = runs[-1].find(qn("w:rPr")) if runs else None
        text = item.heading + item.text
        r = etree.Element(qn("w:r"))
        if rpr is not None:
            r.append(copy.deepcopy(rpr))
        t = etree.SubElement(r, qn("w:delText"))
        t.text = text
        t.set(_SPACE, "preserve")
        self.marks.here = self._writer_deleted(text)
        d = self.marks.element("del", 0, 0, text)
        d.append(r)
        p.append(d)
        _mark_paragraph(p, "del", self.marks)
        self.marks.here = None
        return p


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


@dataclass(frozen=True)
class RedlineFile:
    """A 修订稿 written: where, and what its comments are. ``comments`` is every Word
    comment in the file (what Word and WPS list, replies included), ``notes`` how many of
    them are the change notes (:func:`change_notes`), ``replies`` how many are replies.
    The message said 带批注 4 条 of a file holding 7: the notes on moved headings and
    paragraphs went uncounted."""

    path: Path
    comments: int
    notes: int
    replies: int
    # (writer, marks) of the tracked changes kept under the writer's own name: the head
    # reads in the message that his 修订稿 tells the writer's edits from his own
    kept: tuple[tuple[str, int], ...] = ()

    def words(self) -> str:
        """The count as a message says it: 批注 7 条，其中改动说明 3 条 ("" when none)."""
        if not self.comments:
            return ""
        parts = [f"批注 {self.comments} 条"]
        if self.notes:
            parts.append(f"其中改动说明 {self.notes} 条")
        if self.replies:
            parts.append(f"回复 {self.replies} 条")
        return "，".join(parts)

    def kept_words(self) -> str:
        """The writer's own tracked changes kept under his name, as a message says it:
        保留李写手的修订 4 处 ("" when the 修订稿 marks only the head's changes)."""
        return "，".join(f"保留{name}的修订 {n} 处" for name, n in self.kept)

    def summary(self) -> str:
        """Comments and kept 修订 together, for the line after an export ("" when none)."""
        return "；".join(x for x in (self.words(), self.kept_words()) if x)


def _render(comparison, style, author, now, comments):
    """``(docx bytes, Word comments written, change notes, replies, kept)``: ``kept`` the
    (writer, marks) of the changes kept under the writer's own name."""
    from drafter.export.comments import WordCommentsDecorator, word_date
    from drafter.export.docx import DocxExporter
    from drafter.export.style import Style, load_style

    when = (now or datetime.now()).astimezone()
    author = author or DEFAULT_AUTHOR
    new = comparison.new
    stamp = when.replace(microsecond=0).isoformat()
    notes = change_notes(comparison, author, stamp)
    kept = new.comments if comments is None else comments
    shown = replace(new, comments=[*kept, *notes])
    if not isinstance(style, Style):
        style = load_style(style)
    word_comments = WordCommentsDecorator()  # before the marks: spans are new-text offsets
    marker = RedlineDecorator(comparison, author, word_date(when.isoformat()), style.date_format)
    exporter = DocxExporter(now=now, decorators=(word_comments, marker))
    data = exporter.render(shown, style)
    replies = sum(len(c.replies) for c in kept)
    return data, word_comments.written, len(notes), replies, tuple(marker.marks.kept.items())


def redline_document(
    comparison: Comparison,
    style=None,
    author: str = "",
    now: datetime | None = None,
    comments: list[Comment] | None = None,
) -> bytes:
    """The 修订稿 as .docx bytes, carrying ``comments`` (on the new draft's text: see
    :func:`drafter.compare.comments.redline_comments`; the new draft's own when None) and
    the change notes."""
    return _render(comparison, style, author, now, comments)[0]


def write_redline(
    comparison: Comparison,
    path: str | Path,
    style=None,
    author: str = "",
    now: datetime | None = None,
    comments: list[Comment] | None = None,
) -> RedlineFile:
    """Write the 修订稿 of ``comparison`` to ``path`` (atomically), with ``comments`` as
    :func:`redline_document` takes them, and say what it holds (:class:`RedlineFile`)."""
    from drafter.atomic import atomic_write_bytes

    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise ExportError(f"{path}: a 修订稿 is a Word file; name it .docx")
    # neither side's file is replaced by the 修订稿 (the 比较稿件 window's save dialog
    # proposed a fresh name, but any name could be typed)
    refuse_overwriting_sources(path, [comparison.old.source, comparison.new.source], option=None)
    data, written, notes, replies, theirs = _render(comparison, style, author, now, comments)
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return RedlineFile(path, written, notes, replies, theirs)


def export_redline(
    comparison: Comparison,
    path: str | Path,
    style=None,
    author: str = "",
    now: datetime | None = None,
    comments: list[Comment] | None = None,
) -> Path:
    """Write the 修订稿 of ``comparison`` to ``path`` (atomically) and return it
    (:func:`write_redline` says what it holds too)."""
    return write_redline(comparison, path, style, author, now, comments).path


__all__ = [
    "RedlineDecorator",
    "RedlineFile",
    "change_notes",
    "export_redline",
    "header_notes",
    "move_note",
    "heading_move_notes",
    "paragraph_move_notes",
    "redline_document",
    "write_redline",
]
