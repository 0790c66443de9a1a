"""Wires the 审稿 panel to the window: what to review, and when.

* the draft is reviewed again 800 ms after the writer stops typing, on a worker with its
  own copy of the draft, so typing never waits (a result that arrives after newer edits
  is dropped and the review runs again);
* the reader's document is reviewed when it opens (source 阅读器中的文稿);
* what is reviewed follows what the writer works on: a draft created, opened or edited
  (with words in it) and a click into the draft editor make it the draft, a click into
  the reader (with a text open) makes it the reader's document; the panel names the text
  (审阅的是：草稿《…》) above the counts.

The rest of the 审稿 panel's work lives beside it, each part in a module of its own: the
library's reuse index kept up to date (:mod:`drafter.ui.review_reuse`), a finding's span
shown in the editor or the reader (:mod:`drafter.ui.review_spans`), dismissing as an
undoable edit (:mod:`drafter.ui.review_dismiss`) and the dock, menus and shortcuts put into
the window (:mod:`drafter.ui.review_install`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from drafter.corpus.display import book_title, quote_cut
from drafter.drafts.model import Draft
from drafter.review import ReviewConfig, review_document, review_draft
from drafter.review.lists import signature
from drafter.review.office import OfficeLists, load_lists
from drafter.review.settled import said_problem, settled_comments
from drafter.ui.panels.review_panel import ReviewPanel
from drafter.ui.review_dismiss import DismissCommand, move_in_result
from drafter.ui.review_reuse import ReuseKeeper
from drafter.ui.review_spans import (  # noqa: F401 - the tints' names, importable here too
    _MARK_PROPERTY,
    OTHER_PLACE_BG,
    SPAN_BG,
    FindingSpans,
)
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)

DEBOUNCE_MS = 800


class ReviewController(QObject):
    """Runs reviews for the panel and carries its clicks to the editor and the reader.

    Decides what to review and when (see the module doc); the reuse index is its
    ``reuse_keeper``'s, a finding's span is shown by its ``spans``."""

    def __init__(self, panel: ReviewPanel, editor: Any, reader: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.panel, self.editor, self.reader = panel, editor, reader
        self.library: Any = None
        self.lists: OfficeLists = OfficeLists.defaults()
        self.config = ReviewConfig()
        self._sig: tuple | None = None
        self._worker: Worker | None = None
        self._pending = False
        self._generation = 0
        self._settled: list[str] = []  # review comments the last review found fixed (ids)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_now)
        self.reuse_keeper = ReuseKeeper(panel, lambda: self._worker is not None, self)
        self.reuse_keeper.updated.connect(self.schedule)
        self.spans = FindingSpans(panel, editor, reader)
        editor.draft_changed.connect(self._on_draft_changed)
        session = getattr(editor, "session", None)
        if session is not None:  # a draft created (from a template), opened, recovered
            session.draft_replaced.connect(self._on_draft_replaced)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        reader.document_opened.connect(self._on_document_opened)
        panel.recheck_requested.connect(self._on_recheck)
        panel.reuse_cancel_requested.connect(self.cancel_reuse_update)
        panel.source_changed.connect(lambda _s: self.run_now())
        panel.finding_activated.connect(self.show_finding)
        panel.dismiss_requested.connect(self.dismiss)

    # -- what to review ----------------------------------------------------------------------

    def set_library(self, library: Any) -> None:
        """Office lists from the library folder; the reuse index updated on a worker."""
        self.library = library
        self._sig = None
        self._reload_lists()
        self.reuse_keeper.open(library)
        self.schedule()

    def _reload_lists(self) -> None:
        """Office lists from the library folder, read again when a file there changed
        (an edit in Preferences › 审稿 applies to the next review)."""
        root = getattr(self.library, "root", None)
        sig = signature(root)
        if sig == self._sig:
            return
        self._sig = sig
        self.lists = load_lists(root) if root else OfficeLists.defaults()
        self.editor.review_lists = self.lists  # the export dialog's pre-export check reads it
        for err in self.lists.errors:
            log.warning("review list: %s", err)
            self.panel.set_state(f"词表有误，已用默认词表：{err}")

    def set_config(self, config: ReviewConfig) -> None:
        """Use ``config`` (rules switched off, levels, categories) from the next review."""
        self.config = config
        self.schedule()

    def release_library(self, library: Any) -> None:
        """The window lets go of ``library`` (a switch): close its reuse index now, not when
        the garbage collector gets to it (its database file stayed open, locked on Windows,
        for as long as the new library was used)."""
        if library is self.library:
            self.reuse_keeper.close()
            self.library = None

    # -- the reuse index, kept by reuse_keeper (these names are the panel's and the tests')

    @property
    def reuse(self) -> Any:
        """The library's reuse index, open (None without a library or when it failed)."""
        return self.reuse_keeper.index

    @property
    def reuse_ready(self) -> bool:
        """The reuse index is up to date as far as we know (no update running): a finding
        of reused text can be trusted to know the library's latest texts."""
        return self.reuse_keeper.ready

    @property
    def reuse_worker(self) -> Worker | None:
        """The reuse index's update running now, if any (to wait on it at shutdown, or
        in a test)."""
        return self.reuse_keeper.worker

    @property
    def checking(self) -> bool:
        """True while a review runs on a worker: a request meanwhile runs once after it,
        and the findings shown are those of the last review finished."""
        return self._worker is not None

    def refresh_reuse(self) -> None:
        """Bring the reuse index up to date with the library on a worker (incremental;
        a call while one runs runs it once more after it)."""
        self.reuse_keeper.refresh()

    def cancel_reuse_update(self) -> None:
        """Stop the running update (the panel's 取消); what it indexed stays."""
        self.reuse_keeper.cancel()

    def library_changed(self) -> None:
        """Documents were added, changed or removed (here or by another writer): bring
        the reuse index up to date again."""
        if self.library is not None:
            self.refresh_reuse()

    def usable_reuse(self) -> Any:
        """The reuse index a review may read now: once an update finished, also while the
        next one runs (it answers for the documents it holds); None before."""
        return self.reuse_keeper.usable()

    def _on_recheck(self) -> None:
        """重新检查: also goes on with an update that was cancelled or failed."""
        self.reuse_keeper.resume()
        self.run_now()

    # -- which text -----------------------------------------------------------------------------

    def follow(self, source: str) -> None:
        """Review ``source`` ("draft" or "reader") from now on, because the writer works on
        it; the panel's choice changes (and the check runs) only when it is another one."""
        if self.panel.current_source() != source:
            self.panel.set_source(source)  # the source change runs the check

    def _draft_has_words(self) -> bool:
        return not draft_is_blank(self.editor.draft)

    def _on_draft_changed(self) -> None:
        if self.panel.current_source() == "draft":
            self.schedule()
        elif self._draft_has_words():  # the writer writes (or inserts) into the draft
            self.follow("draft")

    def _on_draft_replaced(self) -> None:
        # a draft made from a template, opened or recovered is what the writer works on now;
        # the findings about the speech in the reader were shown as if they were the draft's
        if self._draft_has_words():
            self.follow("draft")

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """A click (or Tab) into the draft editor or the reader: review that text.

        Focus handed back when a dialog closes (打开稿件's file chooser) or the window is
        activated again is no such move: the reader that had the focus before 打开稿件 took
        it back, and 审稿 then checked the reader's copy of the file just opened as a draft,
        its 转为批注 greyed out."""
        if new is None or self.panel.isAncestorOf(new):
            return
        if old is None or isinstance(old.window(), QDialog):
            return
        if _inside(self.editor, new):
            if self._draft_has_words():
                self.follow("draft")
        elif _inside(self.reader, new) and self.reader.document is not None:
            self.follow("reader")

    def target_text(self, source: str) -> str:
        """What the panel says is being reviewed: the draft or the reader's text, by title."""
        if source == "draft":
            title = (self.editor.draft.meta.title or "").strip()
            if title:
                return f"审阅的是：草稿{book_title(title)}"
            # a writer's file without a title, opened as a draft: named by that file, as
            # the editor's status line does (it was 草稿（未命名）, whichever file it was)
            path = self.editor.session.path or (self.editor.draft.source or "")
            name = Path(path).name if path else ""
            return f"审阅的是：草稿（{name}，无标题）" if name else "审阅的是：草稿（未命名）"
        document = self.reader.document
        if document is None:
            return "审阅的是：阅读器中的文稿（阅读器中没有打开文稿）"
        title = (getattr(document.metadata, "title", "") or "").strip()
        return f"审阅的是：阅读器中的{book_title(title) if title else '文稿'}"

    def _on_document_opened(self, _key: str) -> None:
        if not self.panel.isVisible():
            return
        if self.panel.current_source() == "draft" and draft_is_blank(self.editor.draft):
            # the dock already showing (kept open from last time) said 草稿还是空的 over a
            # speech just opened: that speech is what to check, as 审稿 (F7) takes it
            self.panel.set_source("reader")  # reviews it (the source change runs the check)
        elif self.panel.current_source() == "reader":
            self.schedule()

    def schedule(self) -> None:
        """Review again once the writer pauses."""
        self.timer.start()

    def run_now(self) -> None:
        """Review the chosen source now, on a worker (or after the running one)."""
        self.timer.stop()
        if self._worker is not None:
            self._pending = True
            return
        self._reload_lists()
        source = self.panel.current_source()
        self.panel.set_target(self.target_text(source))
        config, lists = self.config, self.lists
        reuse = self.usable_reuse()
        if source == "draft":
            if draft_is_blank(self.editor.draft):
                self.panel.show_result(None)
                self.panel.summary.setText(BLANK_DRAFT)
                return
            draft = Draft.from_json(self.editor.draft.to_json())  # the worker's own copy
            path = str(self.editor.path) if self.editor.path else "<草稿>"

            def job(_cancel):
                return review_draft(draft, config, lists, reuse, path=path)

        else:
            document = self.reader.document
            if document is None:
                self.panel.show_result(None)
                return

            def job(_cancel):
                return review_document(document, config, lists, reuse)

        self._generation += 1
        generation = self._generation
        if self.panel.summary.text() == BLANK_DRAFT:
            # a draft filled since (a template's, an opened file): 草稿还是空的 stood over
            # 正在检查… for the seconds the first check takes
            self.panel.summary.setText("")
        self.panel.set_state("正在检查…")
        worker = Worker(job, self)
        worker.finished.connect(lambda result: self._on_done(result, generation, source))
        worker.failed.connect(lambda msg, _e: self.panel.set_state(f"审稿出错：{msg}"))
        worker.ended.connect(self._on_ended)
        self._worker = worker
        worker.start()

    def _on_done(self, result, generation: int, source: str) -> None:
        if generation == self._generation and source == self.panel.current_source():
            self.panel.show_result(result)
            commented = getattr(self.editor, "office", None) is not None  # holds comments
            self._settled = self._settled_ids(result) if source == "draft" and commented else []
            said = [said_problem(c.text) for c in self._settled_comments()]
            self.panel.show_settled([quote_cut(t, 24) for t in said])
        self.panel.set_state(self.reuse_keeper.note)

    def _settled_ids(self, result) -> list[str]:
        """The ids of the draft's review comments whose problem ``result`` no longer finds
        (drafter.review.settled)."""
        found = [*result.findings, *result.dismissed]
        return [c.id for c in settled_comments(self.editor.draft, found)]

    def _settled_comments(self) -> list:
        """The comments :meth:`_settled_ids` named, still in the draft and still open."""
        ids = set(self._settled)
        return [c for c in self.editor.draft.comments if c.id in ids and not c.resolved]

    def settle(self) -> None:
        """Resolve the review comments whose problem is fixed, as one undoable step."""
        ids = [c.id for c in self._settled_comments()]
        if not ids:
            self.panel.show_settled([])
            return
        session = self.editor.session

        def resolve(draft) -> None:
            for comment in draft.comments:
                if comment.id in ids:
                    comment.resolved = True

        if session.apply("解决已改好的批注", resolve, session.current_key):
            self._settled = []
            self.panel.show_settled([])
            self.panel.set_state(f"已把 {len(ids)} 条已改好的审稿批注标为已解决（可撤销）")

    def _on_ended(self) -> None:
        self._worker = None
        self.reuse_keeper.close_released()  # an index let go of while this review read it
        if self._pending:
            self._pending = False
            self.schedule()

    def wait(self, timeout_s: float = 10) -> bool:
        """Block until the running review has returned (tests, shutdown)."""
        worker = self._worker
        return worker.wait(timeout_s) if worker is not None else True

    # -- where a finding points ----------------------------------------------------------------

    def show_finding(self, finding) -> None:
        """Show the span of ``finding`` in the editor or the reader, selected and tinted."""
        self.spans.show(finding, self.panel.current_source())

    # -- dismissing -----------------------------------------------------------------------------

    def dismiss(self, finding, dismiss: bool) -> None:
        """Dismiss (or restore) ``finding`` in the draft, or a tuple of them (a group's row),
        as one undoable edit."""
        if self.panel.current_source() != "draft":
            return
        result = self.panel.result
        found = [*result.findings, *result.dismissed] if result is not None else []
        command = DismissCommand(self.editor.draft, finding, dismiss, found)
        self.editor.session.undo_stack.push(command)
        if result is not None:  # show it at once; the next review agrees
            move_in_result(result, finding, dismiss)
            self.panel.show_result(result)


def _inside(widget: Any, child: QWidget) -> bool:
    """``child`` is ``widget`` or lies within it (a stand-in without Qt widgets: False)."""
    return isinstance(widget, QWidget) and (widget is child or widget.isAncestorOf(child))


BLANK_DRAFT = "草稿还是空的，没有可审阅的内容。要审阅阅读器中的文稿，请在上方选“阅读器中的文稿”。"


def draft_is_blank(draft: Draft) -> bool:
    """Nothing written yet: no title, no heading, no paragraph with words. Reviewing it
    answered 未发现问题, as if a text had been checked and passed."""
    if (draft.meta.title or "").strip() or any(n.heading.strip() for n in draft.walk()):
        return False
    paragraphs = [*draft.opening, *draft.closing]
    for node in draft.walk():
        paragraphs.extend(node.paragraphs)
    return not any(p.text.strip() for p in paragraphs)
