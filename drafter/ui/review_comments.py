"""Review findings turned into comments (批注) from the 审稿 panel.

One finding (转为批注 on the finding: button, context menu) becomes one comment on its
words at once; all findings (全部转为批注) are found by a fresh review on a worker, with
the office lists and the reuse index the panel uses, so the GUI never waits on a long
draft, then added as one undoable step. Both go through i10's comment model
(``drafter.review.into_comments``), so the comments are the same as 审阅 › 审稿意见转为批注
and ``drafter review --comment`` make, and a finding already commented is not added twice.

The review may have run before the writer's latest edits: each finding is re-found in
the text as it is now (``drafter.review.anchor.relocate``); when its words are gone the
comment goes on the whole heading or paragraph rather than on the wrong words.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from drafter.drafts.anchors import meta_field, target_index, text_of
from drafter.drafts.comments import Comment
from drafter.drafts.model import Draft
from drafter.drafts.numbering import heading_text, markers
from drafter.review import review_draft
from drafter.review.anchor import relocate
from drafter.ui.workers import Worker


def current_text(draft: Draft, ref: str | None) -> str | None:
    """The text a finding on ``ref`` is measured in (a heading as printed, marker and
    words; a paragraph's text), as the draft stands now; None when ``ref`` is gone."""
    if ref is None:
        return None
    if meta_field(ref) is not None:  # a title-block field, measured as stored
        return text_of(draft, ref)
    hit = target_index(draft).get(ref)
    if hit is None:
        return None
    _pos, _part, node, para = hit
    if para is not None:
        return para.text
    return heading_text(draft, node, markers(draft)) or node.heading


def refit(draft: Draft, findings) -> list:
    """``findings`` with offsets that fit the draft as it is now (see the module doc)."""
    out = []
    for f in findings:
        text = current_text(draft, f.ref)
        moved = relocate(f, text) if text is not None else None
        out.append(moved if moved is not None else replace(f, start=None, end=None))
    return out


class ReviewCommenter(QObject):
    """Adds comments for findings to the editor's draft, undoably (see the module doc).

    Signals: status(str) for the status bar; done(int) with how many comments were added
    after 全部转为批注."""

    status = Signal(str)
    done = Signal(int)

    def __init__(self, controller: Any) -> None:
        super().__init__(controller)
        self.controller = controller
        self._worker: Worker | None = None

    @property
    def editor(self) -> Any:
        """The draft editor, read through the review controller each time, so a commenter never
        holds on to an editor the window replaced.
        """
        return self.controller.editor

    def _author(self) -> str | None:
        office = getattr(self.editor, "office", None)
        return office.author() if office is not None and hasattr(office, "author") else ""

    def _add(self, findings, label: str) -> int:
        from drafter.review.into_comments import comments_from_findings

        session = self.editor.session
        added = comments_from_findings(session.draft, refit(session.draft, findings))
        if not added:  # all in the comments already: no name asked for nothing
            return 0
        author = self._author()
        if author is None:  # the head gave no name: no comments
            return 0
        for comment in added:
            comment.author = author or comment.author
        snapshot = [c.to_json() for c in added]

        def add(draft) -> None:
            draft.comments.extend(Comment.from_json(c) for c in snapshot)

        if not session.apply(label, add, session.current_key):
            return 0
        return len(added)

    def one(self, finding) -> bool:
        """One finding as a comment on its words, or a group's findings (a tuple) as one
        comment on the first naming the others (one undoable step)."""
        findings = list(finding) if isinstance(finding, (tuple, list)) else [finding]
        if current_text(self.editor.session.draft, findings[0].ref) is None:
            self.status.emit("原文已改动，找不到这条意见的位置，请重新检查。")
            return False
        n = self._add(findings, "审稿意见转为批注")
        self.status.emit("已把这条审稿意见加为批注（可撤销）" if n else "这条意见已在批注中")
        return bool(n)

    def all(self) -> None:
        """Review the draft again on a worker and add every finding as a comment."""
        if self.busy:
            return
        ctrl = self.controller
        ctrl._reload_lists()
        draft = Draft.from_json(self.editor.draft.to_json())  # the worker's own copy
        config, lists = ctrl.config, ctrl.lists
        reuse = ctrl.usable_reuse()

        def job(_cancel):
            return review_draft(draft, config, lists, reuse)

        self.status.emit("正在检查并转为批注…")
        worker = Worker(job, self)
        worker.finished.connect(self._all_done)
        worker.failed.connect(lambda msg, _e: self.status.emit(f"审稿出错：{msg}"))
        worker.ended.connect(self._ended)
        self._worker = worker
        worker.start()

    def _all_done(self, result) -> None:
        n = self._add(result.findings, "审稿意见转为批注")
        if n:
            self.status.emit(f"已把 {n} 条审稿意见加为批注（可撤销）")
        else:
            self.status.emit("审稿未发现问题" if not result.findings else "审稿意见都已在批注中")
        self.done.emit(n)

    def _ended(self) -> None:
        self._worker = None

    @property
    def busy(self) -> bool:
        """True while 全部转为批注's review runs on a worker (a second click is ignored)."""
        return self._worker is not None

    def wait(self, timeout_s: float = 10) -> bool:
        """Block until a running 全部转为批注 review has returned (tests, shutdown)."""
        worker = self._worker
        return worker.wait(timeout_s) if worker is not None else True
