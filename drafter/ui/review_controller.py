"""Wires the 审稿 panel to the window: what to review, when, and where a finding points.

* the draft is reviewed again 800 ms after the writer stops typing, on a worker with its
  own copy of the draft, so typing never waits (a result that arrives after newer edits
  is dropped and the review runs again);
* the reader's document is reviewed when it opens (source 阅读器中的文稿);
* what is reviewed follows what the writer works on: a draft created, opened or edited
  (with words in it) and a click into the draft editor make it the draft, a click into
  the reader (with a text open) makes it the reader's document; the panel names the text
  (审阅的是：草稿《…》) above the counts;
* the library's reuse index is brought up to date on a worker when the library opens,
  after this window's imports and removals, and when another writer (a ``drafter
  library`` command, a colleague on the team library) changed the library: the update
  is incremental, shows its progress with a 取消 button, and reviews go on meanwhile with
  the index as it was (without the reuse check only before its first update finished);
* a click on a finding shows its node in the editor (or its paragraph in the reader) and
  selects and highlights the exact span;
* dismissing pushes an undoable command on the draft's undo stack: the key is kept in the
  draft (``review_dismissed``) and saved with it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCursor, QTextFormat, QUndoCommand
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from drafter.corpus.display import book_title
from drafter.drafts.model import Draft
from drafter.drafts.ops import OpError, find_paragraph
from drafter.review import ReviewConfig, review_document, review_draft
from drafter.review.anchor import token, tokens_for
from drafter.review.lists import signature
from drafter.review.office import OfficeLists, load_lists
from drafter.ui.docks import add_tabbed_dock, add_to_main_toolbar, menu_titled
from drafter.ui.panels.review_panel import ReviewPanel
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)

DEBOUNCE_MS = 800
_MARK_PROPERTY = QTextFormat.Property.UserProperty + 91  # our span tint among the editor's
SPAN_BG = QColor("#ffe08a")
OTHER_PLACE_BG = QColor("#fff3c4")  # the same problem's other places, around the one shown


class DismissCommand(QUndoCommand):
    """Dismiss (or restore) one finding, or a group's findings at once; undo puts them back.

    Dismissing keeps each finding's anchor token (``drafter.review.anchor.token``);
    restoring removes every kept token that names one of them, also one stored before
    the writer edited next to the words."""

    def __init__(self, draft: Draft, finding, dismiss: bool, found=()) -> None:
        super().__init__("忽略审稿意见" if dismiss else "恢复审稿意见")
        self.draft, self.dismiss = draft, dismiss
        findings = list(finding) if isinstance(finding, (tuple, list)) else [finding]
        self.tokens: list[str] = []
        for f in findings:
            more = [token(f)] if dismiss else tokens_for(f, draft.review_dismissed, list(found))
            self.tokens += [t for t in more if t not in self.tokens]

    def _set(self, present: bool) -> None:
        keys = self.draft.review_dismissed
        for t in self.tokens:
            if present and t not in keys:
                keys.append(t)
            elif not present and t in keys:
                keys.remove(t)

    def redo(self) -> None:
        """Apply (Qt calls it on push and on redo)."""
        self._set(self.dismiss)

    def undo(self) -> None:
        """Take it back."""
        self._set(not self.dismiss)


class ReviewController(QObject):
    """Runs reviews for the panel and carries its clicks to the editor and the reader."""

    def __init__(self, panel: ReviewPanel, editor: Any, reader: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.panel, self.editor, self.reader = panel, editor, reader
        self.library: Any = None
        self.lists: OfficeLists = OfficeLists.defaults()
        self.config = ReviewConfig()
        self.reuse: Any = None
        self._sig: tuple | None = None
        self._reuse_ready = False  # up to date as far as we know (no update running)
        self._reuse_built = False  # an update finished once: the index answers meanwhile
        self._reuse_worker: Worker | None = None
        self._reuse_again = False  # the library changed during the update: once more
        self._reuse_note = ""  # said under the counts until the next update (cancelled …)
        self._to_close: list[Any] = []  # indexes of libraries let go of, closed when free
        self._worker: Worker | None = None
        self._pending = False
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_now)
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
        self._open_reuse(library)
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
            self._close_reuse()
            self.library = None

    def _close_reuse(self) -> None:
        """Stop listening to the reuse update and close the index; a review reading it
        right now keeps it until it ends."""
        self.cancel_reuse_update()
        self._reuse_worker = None  # the old library's update ends on its own
        self._reuse_ready = self._reuse_built = False
        old, self.reuse = self.reuse, None
        self.panel.hide_reuse_progress()
        if old is not None:
            self._to_close.append(old)
            if self._worker is None:
                self._close_old_indexes()

    def _close_old_indexes(self) -> None:
        while self._to_close:
            index = self._to_close.pop()
            try:
                index.close()
            except Exception as exc:  # noqa: BLE001 - letting go of it anyway
                log.warning("closing the reuse index failed: %s", exc)

    def _open_reuse(self, library: Any) -> None:
        self._close_reuse()
        if library is None or getattr(library, "root", None) is None:
            return
        from drafter.review.reuse import ReuseIndex

        try:
            index = ReuseIndex.open(library)
            self._reuse_built = index.built
        except Exception as exc:  # no room, read-only folder: review without reuse
            log.warning("reuse index unavailable: %s", exc)
            return
        self.reuse = index
        self.refresh_reuse()

    def refresh_reuse(self) -> None:
        """Bring the reuse index up to date with the library on a worker: only documents
        added, changed or removed since its last update are touched (none: one light
        query). While one runs, a second call runs it once more after it."""
        index = self.reuse
        if index is None:
            return
        if self._reuse_worker is not None:
            self._reuse_again = True
            return
        self._reuse_again = False
        self._reuse_ready = False
        self._reuse_note = ""
        worker = Worker(lambda cancel: index.update(cancel), self, stop_on_cancel=False)
        # an update of a library since replaced (set_library) is heard no more
        current = lambda w=worker: w is self._reuse_worker  # noqa: E731
        worker.progressed.connect(lambda p: current() and self._on_reuse_progress(p))
        worker.finished.connect(lambda last: current() and self._on_reuse_done(last))
        worker.cancelled.connect(lambda: current() and self._on_reuse_cancelled())
        worker.failed.connect(lambda m, e: current() and self._on_reuse_failed(m, e))
        worker.ended.connect(lambda: current() and self._on_reuse_ended())
        self._reuse_worker = worker
        worker.start()

    def cancel_reuse_update(self) -> None:
        """Stop the running update (the panel's 取消); what it indexed stays."""
        if self._reuse_worker is not None:
            self._reuse_worker.cancel()
            self.panel.reuse_cancel.setEnabled(False)

    def library_changed(self) -> None:
        """Documents were added, changed or removed (here or by another writer): bring
        the reuse index up to date again."""
        if self.library is not None:
            self.refresh_reuse()

    def _on_reuse_progress(self, p) -> None:
        if p.total and p.phase in ("scan", "index"):
            self.panel.show_reuse_progress(p.done, p.total)

    def _on_reuse_done(self, last) -> None:
        self._reuse_ready = True
        self._reuse_built = self._reuse_built or (last is not None and last.phase == "done")
        self.panel.hide_reuse_progress()
        if last is None or last.total:  # documents came or changed: findings may too
            self.schedule()

    def _on_reuse_cancelled(self) -> None:
        self.panel.hide_reuse_progress()
        self._reuse_note = "查重索引未更新完：只查已收录的文稿。点“重新检查”继续更新。"
        self.panel.set_state(self._reuse_note)

    def _on_reuse_failed(self, message: str, exc) -> None:
        from drafter.review.reuse import ReuseIndexError

        self.panel.hide_reuse_progress()
        # the index's own errors say what happened in Chinese (busy elsewhere, not writable)
        said = isinstance(exc, ReuseIndexError)
        self._reuse_note = message if said else f"查重索引无法更新：{message}"
        self.panel.set_state(self._reuse_note)

    def _on_reuse_ended(self) -> None:
        self._reuse_worker = None
        if self._reuse_again:
            self.refresh_reuse()

    def usable_reuse(self) -> Any:
        """The reuse index a review may read now: once an update finished, also while the
        next one runs (it answers for the documents it holds); None before."""
        return self.reuse if self._reuse_ready or self._reuse_built else None

    def _on_recheck(self) -> None:
        """重新检查: also goes on with an update that was cancelled or failed."""
        if self.reuse is not None and not self._reuse_ready and self._reuse_worker is None:
            self.refresh_reuse()
        self.run_now()

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

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A click (or Tab) into the draft editor or the reader: review that text."""
        if new is None or self.panel.isAncestorOf(new):
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
            return f"审阅的是：草稿{book_title(title) if title else '（未命名）'}"
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
        self.panel.set_state(self._reuse_note)

    def _on_ended(self) -> None:
        self._worker = None
        self._close_old_indexes()  # a library's index let go of while this review read it
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
        if self.panel.current_source() == "reader":
            self._show_in_reader(finding)
        else:
            self._show_in_editor(finding)

    def _show_in_reader(self, f) -> None:
        if self.reader.document is None:
            return
        if f.paragraph is None:  # the title block: shown in the header, not in the text
            field = f.section[0] if f.section else "标题区"
            shown = self.reader.mark_header(f.text)
            self.reader.view.verticalScrollBar().setValue(0)
            self.panel.set_state(
                f"「{f.text}」在标题区（{field}），已在阅读器顶部标出"
                if shown
                else f"「{f.text}」在标题区（{field}），阅读器正文中没有这一行"
            )
            return
        self.reader.mark_header("")
        self.reader.jump_to_paragraph(f.paragraph)
        view = self.reader.view
        marks = []
        for g in self.panel.places_of(f):  # the same problem's other places, tinted too
            cursor = _reader_span(view.document(), g)
            if cursor is not None:
                marks.append(_mark(cursor, SPAN_BG if g is f else OTHER_PLACE_BG))
        kept = [x for x in view.extraSelections() if not x.format.property(_MARK_PROPERTY)]
        view.setExtraSelections([*kept, *marks])
        cursor = _reader_span(view.document(), f)
        if cursor is not None:
            view.setTextCursor(cursor)

    def _show_in_editor(self, f) -> None:
        draft = self.editor.draft
        ref = f.ref
        if ref is None:
            return
        if ref.startswith("meta:"):  # the title block: select the span in its field
            self._show_in_meta(f, ref[len("meta:") :])
            return
        if draft.find(ref) is not None:  # a heading: show its node
            self.editor.select_key(ref)
            self.editor.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            key, _index = find_paragraph(draft, ref)
        except OpError:
            self.panel.set_state("原文已改动，请重新检查。")
            return
        self.editor.select_key(key)
        edit = self.editor.editor
        cursor = self._editor_span(f, key)
        if cursor is None:
            if f.start is not None:
                self.panel.set_state("原文已改动，请重新检查。")
            return
        # the other places of the same problem in the part now shown are tinted too,
        # lighter: the office head sees all of them at once, and 上一处/下一处 goes on
        others = [self._editor_span(g, key) for g in self.panel.places_of(f) if g is not f]
        marks = [_mark(c, OTHER_PLACE_BG) for c in others if c is not None]
        # keep other tints (comments) and replace only the previous finding's marks
        kept = [x for x in edit.extraSelections() if not x.format.property(_MARK_PROPERTY)]
        edit.setExtraSelections([*kept, *marks, _mark(cursor, SPAN_BG)])
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _editor_span(self, f, key: str) -> QTextCursor | None:
        """A cursor over ``f``'s words in the editor showing node ``key`` (found again
        nearby when the writer edited since the review), or None when they are not there
        (another part, a heading, the title block, or gone)."""
        if f.ref is None or f.start is None or f.ref.startswith("meta:"):
            return None
        try:
            where, index = find_paragraph(self.editor.draft, f.ref)
        except OpError:
            return None
        if where != key:
            return None
        block = _nth_text_block(self.editor.editor.document(), index)
        if block is None:
            return None
        text = block.text()
        start, end = f.start, f.end or f.start
        if text[start:end] != f.text:  # edited since the review: find the text nearby
            found = text.find(f.text)
            if found < 0:
                return None
            start, end = found, found + len(f.text)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _show_in_meta(self, f, name: str) -> None:
        """Focus the draft's title-block field ``name`` and select the flagged span (a
        field the editor does not show, such as 副标题, is left alone)."""
        meta = getattr(self.editor, "meta", None)
        edit = getattr(meta, "edits", {}).get(name)
        if edit is None:
            return
        text = edit.text()
        start = f.start or 0
        if text[start : f.end or start] != f.text:  # edited since the review
            start = text.find(f.text)
            if start < 0:
                self.panel.set_state("原文已改动，请重新检查。")
                return
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.setSelection(start, len(f.text))

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
            for f in finding if isinstance(finding, (tuple, list)) else [finding]:
                if dismiss and f in result.findings:
                    result.findings.remove(f)
                    result.dismissed.append(f)
                elif not dismiss and f in result.dismissed:
                    result.dismissed.remove(f)
                    result.findings.append(f)
            if not dismiss:
                result.findings.sort(key=lambda x: (x.paragraph or 0, x.start or 0))
            self.panel.show_result(result)


def _mark(cursor: QTextCursor, colour: QColor) -> QTextEdit.ExtraSelection:
    """A tint of ``cursor``'s span, known as ours among the view's other tints."""
    mark = QTextEdit.ExtraSelection()
    mark.cursor = QTextCursor(cursor)
    mark.format.setBackground(colour)
    mark.format.setProperty(_MARK_PROPERTY, True)
    return mark


def _reader_span(document, f) -> QTextCursor | None:
    """A cursor over ``f``'s words in the reader's text (its paragraphs are its blocks)."""
    if f.paragraph is None or f.start is None:
        return None
    block = document.findBlockByNumber(f.paragraph)
    if not block.isValid():
        return None
    last = block.length() - 1  # a finding of an older reading may run past the block
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + min(f.start, last))
    end = min(f.end or f.start, last)
    cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _inside(widget: Any, child: QWidget) -> bool:
    """``child`` is ``widget`` or lies within it (a stand-in without Qt widgets: False)."""
    return isinstance(widget, QWidget) and (widget is child or widget.isAncestorOf(child))


def _nth_text_block(document, index: int):
    """The ``index``-th non-empty block (the editor's paragraphs skip blank lines)."""
    block = document.firstBlock()
    k = 0
    while block.isValid():
        if block.text().strip():
            if k == index:
                return block
            k += 1
        block = block.next()
    return None


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


def install_review(window: Any) -> ReviewController:
    """Add the 审稿 dock, its menu entry (审阅 › 审稿, F7; shown/hidden from 视图) and
    toolbar button to ``window``."""
    panel = ReviewPanel()
    dock = add_tabbed_dock(window, "审稿", "reviewDock", panel, window.library_dock)
    controller = ReviewController(panel, window.editor, window.reader_panel, window)
    controller.dock = dock
    action = QAction("审稿", window)
    action.setObjectName("reviewAction")
    action.setShortcut(QKeySequence("F7"))
    action.setStatusTip("检查草稿或阅读中的文稿：编号、对仗、数目、占位符、日期、用语……")

    def show() -> None:
        dock.show()
        dock.raise_()
        # nothing written and a text open in the reader: that text is what the user means
        # (an office head opening a speech to check it, not the empty draft beside it)
        reader = window.reader_panel
        if (
            panel.current_source() == "draft"
            and reader.document is not None
            and draft_is_blank(window.editor.draft)
        ):
            panel.set_source("reader")  # reviews it (the source change runs the check)
            return
        controller.run_now()

    action.triggered.connect(lambda _c=False: show())
    if getattr(window.editor, "office", None) is not None:  # the editor holds comments
        from drafter.ui.review_comments import ReviewCommenter

        commenter = controller.commenter = ReviewCommenter(controller)
        panel.enable_comments(True)
        panel.comments_requested.connect(commenter.all)
        panel.finding_comment_requested.connect(commenter.one)
        commenter.status.connect(panel.set_state)
        if hasattr(window.editor, "status_message"):
            commenter.status.connect(window.editor.status_message)
        menu_action = getattr(window.editor.office, "review_comments_action", None)
        if menu_action is not None:  # 审阅 › 审稿意见转为批注: the same worker, lists, reuse
            menu_action.triggered.disconnect()
            menu_action.triggered.connect(lambda _c=False: commenter.all())
    window.review_action = action
    # F9 / Shift+F9 from anywhere (the text included, where a finding puts the focus): the
    # office head went back to the list with the mouse for each of 21 findings
    steps = []
    for text, key, delta in (("下一条审稿意见", "F9", 1), ("上一条审稿意见", "Shift+F9", -1)):
        step = QAction(text, window)
        step.setObjectName("reviewNext" if delta > 0 else "reviewPrevious")
        step.setShortcut(QKeySequence(key))
        step.setStatusTip("转到审稿列表中的下一条（上一条）意见，同一问题的各处逐一经过")

        def go(_c=False, delta=delta) -> None:
            dock.show()
            dock.raise_()
            if not panel.step_finding(delta):
                panel.set_state("没有审稿意见可转到；按 F7 审稿。")

        step.triggered.connect(go)
        window.addAction(step)  # works from any dock, the menu shown or not
        steps.append(step)
    window.review_step_actions = steps
    office_menu = menu_titled(window, "审阅")  # the office head's menu (comments, versions …)
    if office_menu is not None:
        first = office_menu.actions()[0] if office_menu.actions() else None
        office_menu.insertAction(first, action)
        office_menu.insertActions(first, steps)
        if first is not None:
            office_menu.insertSeparator(first)
    view_menu = menu_titled(window, "视图")
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(dock.toggleViewAction())
    add_to_main_toolbar(window, action)
    window.library_ready.connect(controller.set_library)
    window.library_released.connect(controller.release_library)
    library_panel = getattr(window, "library_panel", None)
    if library_panel is not None and hasattr(library_panel, "library_changed"):
        library_panel.library_changed.connect(controller.library_changed)
    watch = getattr(window, "library_watch", None)  # another writer's change
    if watch is not None:
        watch.changed.connect(controller.library_changed)
    if getattr(window, "library", None) is not None:
        controller.set_library(window.library)
    return controller
