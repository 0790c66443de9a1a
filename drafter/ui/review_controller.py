"""Wires the 审稿 panel to the window: what to review, when, and where a finding points.

* the draft is reviewed again 800 ms after the writer stops typing, on a worker with its
  own copy of the draft, so typing never waits (a result that arrives after newer edits
  is dropped and the review runs again);
* the reader's document is reviewed when it opens (source 阅读器中的文稿);
* the library's reuse index is brought up to date on a worker when the library opens;
  until then reviews run without the reuse check and the panel says so;
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
from PySide6.QtWidgets import QTextEdit

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


class DismissCommand(QUndoCommand):
    """Dismiss (or restore) one finding; undo puts it back.

    Dismissing keeps the finding's anchor token (``drafter.review.anchor.token``);
    restoring removes every kept token that names the finding, also one stored before
    the writer edited next to the words."""

    def __init__(self, draft: Draft, finding, dismiss: bool, found=()) -> None:
        super().__init__("忽略审稿意见" if dismiss else "恢复审稿意见")
        self.draft, self.dismiss = draft, dismiss
        if dismiss:
            self.tokens = [token(finding)]
        else:
            self.tokens = tokens_for(finding, draft.review_dismissed, list(found))

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
        self._reuse_ready = False
        self._worker: Worker | None = None
        self._pending = False
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_now)
        editor.draft_changed.connect(self._on_draft_changed)
        reader.document_opened.connect(self._on_document_opened)
        panel.recheck_requested.connect(self.run_now)
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

    def _open_reuse(self, library: Any) -> None:
        self._reuse_ready = False
        self.reuse = None
        if library is None or getattr(library, "root", None) is None:
            return
        from drafter.review.reuse import ReuseIndex

        try:
            index = ReuseIndex.open(library)
        except Exception as exc:  # no room, read-only folder: review without reuse
            log.warning("reuse index unavailable: %s", exc)
            return
        self.reuse = index
        self.panel.set_state("正在更新查重索引…")
        worker = Worker(lambda cancel: index.update(cancel), self)
        worker.progressed.connect(
            lambda p: self.panel.set_state(f"正在更新查重索引… {p.done}/{p.total}")
        )
        worker.finished.connect(lambda _r: self._reuse_done())
        worker.failed.connect(lambda msg, _e: self.panel.set_state(f"查重索引无法更新：{msg}"))
        worker.start()

    def library_changed(self) -> None:
        """Documents were added or removed: bring the reuse index up to date again."""
        if self.library is not None and self._reuse_ready:
            self._open_reuse(self.library)

    def _reuse_done(self) -> None:
        self._reuse_ready = True
        self.panel.set_state("")
        self.schedule()

    def _on_draft_changed(self) -> None:
        if self.panel.current_source() == "draft":
            self.schedule()

    def _on_document_opened(self, _key: str) -> None:
        if self.panel.current_source() == "reader" and self.panel.isVisible():
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
        config, lists = self.config, self.lists
        reuse = self.reuse if self._reuse_ready else None
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
        self.panel.set_state("" if self._reuse_ready or self.reuse is None else "查重索引更新中…")

    def _on_ended(self) -> None:
        self._worker = None
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
        if f.paragraph is None or self.reader.document is None:
            return
        self.reader.jump_to_paragraph(f.paragraph)
        block = self.reader.view.document().findBlockByNumber(f.paragraph)
        if block.isValid() and f.start is not None:
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + f.start)
            cursor.setPosition(
                block.position() + (f.end or f.start), QTextCursor.MoveMode.KeepAnchor
            )
            self.reader.view.setTextCursor(cursor)

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
            key, index = find_paragraph(draft, ref)
        except OpError:
            self.panel.set_state("原文已改动，请重新检查。")
            return
        self.editor.select_key(key)
        edit = self.editor.editor
        block = _nth_text_block(edit.document(), index)
        if block is None or f.start is None:
            return
        text = block.text()
        start, end = f.start, f.end or f.start
        if text[start:end] != f.text:  # edited since the review: find the text nearby
            found = text.find(f.text)
            if found < 0:
                self.panel.set_state("原文已改动，请重新检查。")
                return
            start, end = found, found + len(f.text)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(cursor)
        mark.format.setBackground(SPAN_BG)
        mark.format.setProperty(_MARK_PROPERTY, True)
        # keep other tints (comments) and replace only the previous finding's mark
        kept = [x for x in edit.extraSelections() if not x.format.property(_MARK_PROPERTY)]
        edit.setExtraSelections([*kept, mark])
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

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
        """Dismiss (or restore) ``finding`` in the draft, as one undoable edit."""
        if self.panel.current_source() != "draft":
            return
        result = self.panel.result
        found = [*result.findings, *result.dismissed] if result is not None else []
        command = DismissCommand(self.editor.draft, finding, dismiss, found)
        self.editor.session.undo_stack.push(command)
        if result is not None:  # show it at once; the next review agrees
            if dismiss and finding in result.findings:
                result.findings.remove(finding)
                result.dismissed.append(finding)
            elif not dismiss and finding in result.dismissed:
                result.dismissed.remove(finding)
                result.findings.append(finding)
                result.findings.sort(key=lambda x: (x.paragraph or 0, x.start or 0))
            self.panel.show_result(result)


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
    office_menu = menu_titled(window, "审阅")  # the office head's menu (comments, versions …)
    if office_menu is not None:
        first = office_menu.actions()[0] if office_menu.actions() else None
        office_menu.insertAction(first, action)
        if first is not None:
            office_menu.insertSeparator(first)
    view_menu = menu_titled(window, "视图")
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(dock.toggleViewAction())
    add_to_main_toolbar(window, action)
    window.library_ready.connect(controller.set_library)
    library_panel = getattr(window, "library_panel", None)
    if library_panel is not None and hasattr(library_panel, "library_changed"):
        library_panel.library_changed.connect(controller.library_changed)
    if getattr(window, "library", None) is not None:
        controller.set_library(window.library)
    return controller
