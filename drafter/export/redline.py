"""The 修订稿 (花脸稿): the new version in the official layout, its changes as Word
tracked changes.

A head sends the writer back a Word file in which every change since the writer's
version can be accepted or rejected: inserted words in ``w:ins``, deleted words as
``w:delText`` runs in ``w:del`` (both with author and date), added paragraphs with an
inserted paragraph mark and removed ones as deleted paragraphs where they stood. Moved
and re-levelled headings cannot be tracked as text (their words did not change), so
they get a Word comment saying where they came from. Built as a decorator of
:class:`~drafter.export.docx.DocxExporter`, so the layout is the house layout.

The marks themselves are written by :mod:`~drafter.export.tracked_runs`; the comments the
修订稿 adds of its own are :mod:`~drafter.export.redline_notes`'s.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from docx.oxml.ns import qn
from lxml import etree

from drafter.compare.changes import Comparison, OutlineChange
from drafter.compare.textdiff import char_diff
from drafter.drafts.comments import Comment
from drafter.drafts.convert import TITLE_KINDS, BodyItem, iter_body_items, title_block
from drafter.drafts.model import Draft
from drafter.drafts.word_revisions import TrackedParagraph, read_tracked_changes
from drafter.export.base import ExportError, refuse_overwriting_sources
from drafter.export.redline_notes import (  # the notes are part of this module's API
    change_notes,
    header_notes,
    heading_move_notes,
    move_note,
    paragraph_move_notes,
)
from drafter.export.tracked_runs import (
    DEFAULT_AUTHOR,
    TrackMarks,
    apply_diff,
    deleted_run,
    mark_paragraph,
    track_revisions,
    wrap_inserted,
)
from drafter.export.wordml import text_runs


class RedlineDecorator:
    """Marks the differences of ``comparison`` in the Word export of its new draft."""

    def __init__(
        self, comparison: Comparison, author: str = "", date: str = "", date_style: str = ""
    ) -> None:
        self.comparison = comparison
        self.marks = TrackMarks(author, date)
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
        track_revisions(document)

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
                wrap_inserted(p, 0, len(printed), self.marks)
                mark_paragraph(p, "ins", self.marks)
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
            apply_diff(p, 0, diff, self.marks)
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
                wrap_inserted(p, off, off + len(item.text), marks)
            else:
                apply_diff(p, off, change.diff, marks)
                whole_new = False
        if item.heading and item.node is not None:
            if item.node.id in added_nodes:
                wrap_inserted(p, 0, len(item.heading), marks)
            else:
                whole_new = False
                change = renamed.get(item.node.id)
                if change is not None:
                    self._rename(p, item, change)
                change = self.remarked.get(item.node.id)
                if change is not None:  # after the words: right to left keeps offsets
                    self._remark(p, item, change)
        if whole_new:
            mark_paragraph(p, "ins", marks)

    def _rename(self, p, item: BodyItem, change: OutlineChange) -> None:
        old_node = self.comparison.old.find(change.old_id or "")
        new_words = item.node.heading.strip() if item.node else ""
        at = item.heading.find(new_words) if new_words else -1
        if old_node is None or at < 0:
            return
        apply_diff(p, at, char_diff(old_node.heading.strip(), new_words), self.marks)

    def _remark(self, p, item: BodyItem, change: OutlineChange) -> None:
        """A heading numbered in another form (第一、 now 第一，): its marker tracked, so the
        writer's answer to the head's 序次语 finding shows in the 修订稿."""
        new_words = item.node.heading.strip() if item.node else ""
        at = item.heading.find(new_words) if new_words else -1
        if at < 0 or item.heading[:at] != change.new_marker:
            return
        apply_diff(p, 0, char_diff(change.old_marker, change.new_marker), self.marks)

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
        self.marks.here = self._writer_deleted(text)
        d = self.marks.element("del", 0, 0, text)
        d.append(deleted_run(rpr, text))
        p.append(d)
        mark_paragraph(p, "del", self.marks)
        self.marks.here = None
        return p


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
        """The count as a message says it: 批注 7 条，其中改动说明 3 条 ("" when none). The
        replies are counted in it too, under 其中 (批注 4 条，回复 1 条 of 3 comments and a
        reply read as five)."""
        if not self.comments:
            return ""
        parts = [f"批注 {self.comments} 条"]
        if self.notes:
            parts.append(f"其中改动说明 {self.notes} 条")
        if self.replies:
            parts.append(f"{'' if self.notes else '其中'}回复 {self.replies} 条")
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
