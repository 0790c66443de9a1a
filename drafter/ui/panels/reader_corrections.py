"""Correcting the shown document from the reader: the user has the last word.

A right click on a paragraph offers 设为 N 级标题 (splitting the section there) / 不是标题
(与上一节合并) / 改为 N 级, and 编辑信息… opens the metadata form. Each correction is added to the document's
stored ops (drafter.corpus.corrections) and stored through the library on a worker, which
re-indexes that one document. The reader shows a new correction the moment it is made
(replayed on the shown document, about a millisecond) while the worker stores it and
re-indexes (seconds on a big library: the status line says 索引更新中…); once stored, the
document is read again where the reader stands. This controller holds the logic; the panel only forwards its menu and header.
What the header says of the corrections is :mod:`~drafter.ui.panels.reader_correction_marks`;
the menu that offers them is :mod:`~drafter.ui.panels.reader_correction_menu`.
编辑信息… is :mod:`~drafter.ui.panels.reader_info_edit`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from drafter.corpus.correction_labels import (
    step_label,
    step_moves_headings,
)
from drafter.corpus.correction_ops import (
    CHECKED_STEP,
    RedoSteps,
    as_one_step,
    checked_op,
    checked_undone,
    without_last_step,
)
from drafter.corpus.correction_runs import run_ops
from drafter.corpus.corrections import (
    heading_cut,
    heading_whole,
    recut_ops,
    run_in_line,
)
from drafter.library.pending_corrections import PendingCorrections, kept_ops
from drafter.messages import describe
from drafter.ui.dialogs.heading_cut import ask_heading_cut
from drafter.ui.panels.reader_apparatus_menu import ApparatusMenu
from drafter.ui.panels.reader_correction_marks import CorrectionMarks
from drafter.ui.panels.reader_correction_menu import (  # noqa: F401 - LEVEL_KEYS, heading_levels re-exported
    CN,
    LEVEL_KEYS,
    MAX_LEVEL,
    CorrectionMenu,
    heading_levels,
    index_of,
)
from drafter.ui.panels.reader_info_edit import InfoEditing
from drafter.ui.panels.reader_pending import PendingSide, server_away
from drafter.ui.read_only import read_only_reason
from drafter.ui.workers import Worker

UNREAD = object()  # corrections not read with the document: asked where needed


class ReaderCorrections(
    CorrectionMenu, ApparatusMenu, CorrectionMarks, InfoEditing, PendingSide, QObject
):
    """Corrections for the document a :class:`ReaderPanel` shows.

    Signals:
        corrected(str, int, str): a correction was stored; (document id, paragraph to
            show, what the status line says was done).
        status_message(str): a short message for the status bar.
        flushed(str): corrections kept while the server was away were written (what the
            status line says of them); the library's views show them.
        save_ended(): the store of a new correction returned, stored or not (after
            ``corrected`` when it was stored); a Ctrl+Z pressed meanwhile waits for it.
        idle(): no save of any kind runs any more (:attr:`saving` turned False): a window
            whose close waits for the saves closes then.
        save_started(): a store begins (a new correction, an undo, kept ones written): an
            idle merge of the index (:mod:`~drafter.ui.index_tidying`) gives way to it.
    """

    corrected = Signal(str, int, str)
    status_message = Signal(str)
    flushed = Signal(str)
    save_ended = Signal()
    idle = Signal()
    save_started = Signal()

    def __init__(self, panel: QWidget) -> None:
        super().__init__(panel)
        self.panel = panel
        self._worker: Worker | None = None
        # corrections made while the team library's server is away (the window gives it a
        # file beside the user's settings): :mod:`~drafter.ui.panels.reader_pending`
        self.pending = PendingCorrections()
        self._writing: Worker | None = None
        # the new correction whose save is under way: one made meanwhile waits behind it
        self._saving: Any = None
        # the new correction being saved that the reader shows already (made at once)
        self.shown_early: Any = None
        self.redo_steps = RedoSteps()  # what 撤销上一处更正 took back, for 重做

    # -- what the panel asks -------------------------------------------------------------

    def available(self) -> bool:
        """Corrections need a library document (a file opened directly has nowhere to
        keep them) and a library that stores them."""
        library = getattr(self.panel, "_doc_library", None)
        return bool(library is not None and self.panel.document_key and self.panel._info)

    def state(self) -> Any:
        """The stored corrections of the shown document (ops, stale), or None."""
        if not self.available():
            return None
        key, read = getattr(self.panel, "_corrections_read", ("", None))
        if key and key == self.panel.document_key and read is not UNREAD:
            return read  # read with the document, on the load's worker (a team library)
        try:
            return self.panel._doc_library.corrections(self.panel.document_key)
        except Exception:  # noqa: BLE001 - a backend without corrections
            return None

    # -- actions -------------------------------------------------------------------------

    def by_key(self, block: int, level: int) -> None:
        """Alt+``level`` on paragraph ``block``: a heading of that level (set, or its level
        changed), or with 0 body text again; what cannot be done is said on the status line
        rather than done otherwise (Alt+2 on a 二级标题 changes nothing)."""
        if not self.available():
            self.status_message.emit("只有资料库中的文稿可以更正结构。")
            return
        paragraphs = self.panel._paragraphs
        if not 0 <= block < len(paragraphs):
            self.status_message.emit("先在正文中点一下要更正的段落，再按 Alt+1…Alt+4 或 Alt+0。")
            return
        para = paragraphs[block]
        if level == 0:
            if para.is_heading:
                self.unmark(block)
            else:
                self.status_message.emit("本段不是标题。")
            return
        given = heading_levels(self.panel.document).get(block, len(para.section))
        if para.is_heading and given == level:
            self.status_message.emit(f"本段已是{CN[level]}级标题。")
            return
        self.mark(block, level)

    def step_by_key(self, undo: bool, index: int = 0) -> None:
        """Ctrl+Z (``undo``) / Ctrl+Y in the reader: the menu's 撤销：… / 重做：… for the
        shown document, or a line saying there is none (the key is not passed on to the
        draft: the user meant the correction)."""
        state = self.state()
        if state is None or read_only_reason(self.panel._doc_library):
            self.status_message.emit("本文的更正现在不能撤销或重做。")
            return
        ops = list(state.ops)
        if undo:
            if not ops:
                self.status_message.emit("本文已没有可撤销的更正。")
                return
            self.undo(ops, index)
            return
        redo = self.redo_steps.redo(self.panel.document_key, ops)
        if redo is None:
            self.status_message.emit("没有可重做的更正。")
            return
        self.redo(redo, index, ops)

    def mark_run(self, run: list[int], level: int | None) -> None:
        """Make every paragraph of ``run`` a heading at ``level`` (None: text again), as one
        correction that 撤销上一处更正 takes back whole."""
        texts = [p.text for p in self.panel._paragraphs]
        ops = run_ops(texts, heading_levels(self.panel.document), run, level)
        self._store_new(ops, run[0])

    def mark(self, index: int, level: int, choose: bool = False) -> None:
        """Make paragraph ``index`` a heading at ``level`` (or give a heading that level).
        A paragraph is cut as the user expects of a run-in heading: its lead up to the first
        ：。；heads it and the rest stays text; a short line is a heading whole; a long one
        of one sentence asks where the heading ends (it became a bold heading whole). The
        cut is stored with the correction, so the outline shows what the user chose;
        ``choose`` asks where the heading ends even where the paragraph has a stop."""
        para = self.panel._paragraphs[index]
        op = {"op": "heading", "para": index, "text": para.text, "level": level}
        if not para.is_heading:
            text = para.text
            cut = heading_cut(text)
            if choose:
                label = f"{CN.get(level, level)}级标题"
                cut = ask_heading_cut(text, label, self.panel, chosen=True)
                if cut is None:
                    self.status_message.emit("未设为标题。")
                    return
            elif heading_whole(text):
                cut = len(text)
            elif cut is None:
                cut = ask_heading_cut(text, f"{CN.get(level, level)}级标题", self.panel)
                if cut is None:
                    self.status_message.emit("未设为标题。")
                    return
            op["cut"] = cut
        self._add(op, index)

    def recut(self, index: int, level: int, choose: bool = False) -> None:
        """Give the run-in heading at ``index`` the whole of its line (or, with ``choose``,
        the end the user picks in 标题取到哪里) at ``level``, as one correction."""
        doc = self.panel.document
        line = run_in_line(doc, index)
        if line is None:
            return
        cut = None
        if choose:
            para = self.panel._paragraphs[index]
            now = len(para.text) + len(getattr(para, "ending", "") or "")
            label = f"{CN.get(level, level)}级标题"
            cut = ask_heading_cut(line, label, self.panel, chosen=True, current=now)
            if cut is None:
                self.status_message.emit("标题未改。")
                return
        ops = recut_ops(doc, index, level, cut)
        if ops:
            self._store_new(ops, index)

    def unmark(self, index: int) -> None:
        """The heading at ``index`` is body text: its section joins the one before."""
        para = self.panel._paragraphs[index]
        self._add({"op": "unheading", "para": index, "text": para.text}, index)

    def check(self, state: Any, index: int = 0) -> None:
        """更正已核对: keep corrections made on an earlier version of the file for the file as
        it is, as one more step (:func:`checked_op`) that 撤销 names and takes back."""
        ops = [*kept_ops(state), checked_op(getattr(state, "made_on", None))]
        self.replace_ops(
            ops,
            index,
            f"{CHECKED_STEP}：在新版本上保留（右键 › 更正结构 可撤销）",
            False,
            base=list(state.ops),
        )

    def undo(self, ops: list[dict], index: int = 0, every: bool = False) -> None:
        """撤销上一处更正 (or, with ``every``, 撤销全部更正): store ``ops`` without the last
        user action (or none of them), remembering what was taken back for 重做. Taking back
        更正已核对 stores the rest as made on the earlier version again (更正待复核)."""
        after = [] if every else without_last_step(ops)
        self.redo_steps.undone(self.panel.document_key, ops, after)
        done = "已撤销全部更正" if every else f"已撤销：{step_label(ops)}"
        made_on = None if every else checked_undone(ops)
        self.replace_ops(
            after, index, done, every or step_moves_headings(ops), made_on, base=list(ops)
        )

    def redo(self, ops: list[dict], index: int = 0, base: list[dict] | None = None) -> None:
        """重做: store ``ops`` again, as they were before the last undo (``base``: the
        corrections shown when the user chose it)."""
        self.redo_steps.redone(self.panel.document_key)
        self.replace_ops(
            ops, index, f"已重做：{step_label(ops)}", step_moves_headings(ops), base=base
        )

    def replace_ops(
        self,
        ops: list[dict],
        index: int = 0,
        done: str = "",
        paths: bool = True,
        made_on: str | None = None,
        base: list[dict] | None = None,
    ) -> None:
        """Store ``ops`` as the document's whole list of corrections (undo one, undo all,
        or keep them as checked after the file changed); ``done`` says what was done,
        ``paths`` whether headings moved (the status line then says search paths follow),
        ``made_on`` the earlier content they are stored as made on (undoing 更正已核对).
        ``base`` is the list the user saw: when a colleague changed it meanwhile, nothing
        is stored and the status line says so (an undo no longer drops their correction)."""
        library, doc_id = self.panel._doc_library, self.panel.document_key
        if self.must_wait(library):
            # a list replaced over corrections that are not stored yet would drop them
            self.status_message.emit(
                "团队资料库暂时连不上，刚才的更正还待保存：撤销、重做和核对要等重新连接、"
                "更正保存之后再做。"
            )
            return
        if made_on:
            job = lambda _t: library.set_corrections(  # noqa: E731
                doc_id, list(ops), made_on, base=base
            )
        else:
            job = lambda _t: library.set_corrections(doc_id, list(ops), base=base)  # noqa: E731
        # what a close that does not wait keeps as 待保存: the whole list, and the list it
        # replaces (written only over that list: a colleague's change is never dropped)
        entry = self.pending_entry(list(ops), done or "更正", base=base, made_on=made_on)
        self._run(job, doc_id, index, done, paths, saving=entry)

    def _add(self, op: dict, index: int) -> None:
        self._store_new([op], index)

    def _store_new(self, ops: list[dict], index: int) -> None:
        """Store ``ops`` after the document's corrections. On a file changed under them the
        ones it lost go (a correction stored now is made on the file as it is, and a lost
        one kept was named as lost again at the next change, after the user had set that
        heading anew); else they are added to whatever is stored now, a colleague's
        correction made meanwhile too. While the team library's server is away they are
        kept and shown as 待保存 (:meth:`keep`), and written when it is back."""
        library, doc_id = self.panel._doc_library, self.panel.document_key
        # one step: written again (a save the server did not answer, a replay after a
        # crash) it is not added twice
        ops = as_one_step(ops)
        # the status line names the step (已更正：设为一级标题「…」), not a bare 已更正
        label = step_label(ops)
        if self.must_wait(library):
            self.keep(ops, index, label)
            return
        if self._worker is not None:
            # the last one is still being saved (a silent server): this one waits behind
            # it, in order, instead of being refused and lost
            self.keep(ops, index, label, behind=self._saving, queued=True)
            return
        entry = self.pending_entry(ops, label)
        state = self.state()
        kept = kept_ops(state) if state is not None else []
        done = f"已更正：{label}" if label else ""
        if state is not None and len(kept) < len(state.ops):
            base = list(state.ops)
            job = lambda _t: library.set_corrections(doc_id, [*kept, *ops], base=base)  # noqa: E731
        else:
            job = lambda _t: library.add_corrections(doc_id, list(ops))  # noqa: E731
        self._show_at_once(ops, index, f"{done or '已更正'}（索引更新中…）", entry)
        # 提纲无误 moves no heading: the status line said search paths had followed
        self._run(
            job,
            doc_id,
            index,
            done,
            step_moves_headings(ops),
            away=lambda: self.keep(ops, index, label, entry),
            saving=entry,
        )

    def _show_at_once(self, ops: list[dict], index: int, said: str, entry: Any) -> None:
        """Show ``ops`` applied to the shown document now, before the worker has stored
        them: the save re-indexes the document (0.6 s of CPU typically, up to 5.6 s, on a
        library of 399 speeches), and the user waited that long to see a click take effect.
        ``entry`` is the save's correction, remembered as shown (:attr:`shown_early`)."""
        self.shown_early = entry
        self.show_applied(ops, index, said, opened=False)

    def _run(
        self,
        job,
        doc_id: str,
        index: int,
        done: str = "",
        paths: bool = True,
        away=None,
        saving: Any = None,
    ) -> None:
        """Run ``job`` (a store) on a worker; ``away()``, when given, is called instead of
        saying 更正未保存 when it failed because the server is away. ``saving``: the new
        correction being stored (a :class:`Pending`), which one made meanwhile waits
        behind."""
        if self._worker is not None:
            self.status_message.emit("上一处更正还在保存，请稍候。")
            return
        if self.shown_early is None:
            self.status_message.emit("正在保存更正并更新索引…")
        worker = Worker(job, self)
        # what was read with the document is outdated once a correction was tried
        worker.ended.connect(lambda: setattr(self.panel, "_corrections_read", ("", None)))
        worker.finished.connect(lambda _info: self._on_done(doc_id, index, done, paths))
        # in Chinese: a document a colleague removed meanwhile said "no document … in the
        # library" here
        library = self.panel._doc_library
        worker.failed.connect(lambda _msg, exc: self._failed(library, exc, away))
        worker.ended.connect(lambda: self._forget(worker))
        self._worker = worker
        self._saving = saving
        self.save_started.emit()
        worker.start()

    def _on_done(self, doc_id: str, index: int, done: str = "", paths: bool = True) -> None:
        # stored: the next correction may start at once (the reload below is the reader's)
        self._worker = None
        self._unlist_saving()  # listed when one made meanwhile waited behind it
        library = self.panel._doc_library
        if library is not None and self.pending_here():
            self.write_pending(library)  # those made while it was saved, in order
        if self._early_here(doc_id):
            # shown since the click: read again where the reader stands now, not at the
            # corrected paragraph (they may have scrolled on while it was indexed)
            top = self.panel._top_paragraph()
            index = index if top is None else top
        follow = "；检索中的标题路径已随之更新。" if paths else "。"
        said = f"{done or '已更正'}{follow}"
        self.status_message.emit(said)
        self.corrected.emit(doc_id, index, said)

    def _failed(self, library: Any, exc: object, away) -> None:
        self._worker = None  # the correction may be kept and the next one made at once
        if away is not None and server_away(library, exc):
            away()  # kept, and shown already when it was shown at once
            self.shown_early = None
            return
        self._unlist_saving()  # refused for good: not written later either
        said = f"更正未保存：{describe(exc)}"
        if self._early_here(getattr(self.panel, "document_key", "")):
            # shown at once but not stored: show the document as the library has it
            self.panel.open_document(
                self.panel.document_key,
                self.panel._top_paragraph(),
                terms=list(self.panel._terms),
                status=said,
                terms_asked=self.panel._terms_asked,
            )
        self.status_message.emit(said)

    def _early_here(self, doc_id: str) -> bool:
        """Whether the save that just ended was of a correction shown at once, on the
        document the reader still shows; forgets it either way."""
        early, self.shown_early = self.shown_early, None
        return early is not None and doc_id == self.panel.document_key

    def _unlist_saving(self) -> None:
        """Take the correction whose save just ended (stored, or refused) off the list of
        waiting ones, where one made meanwhile put it."""
        saving, self._saving = self._saving, None
        if saving is not None and any(e is saving for e in self.pending.entries()):
            self.pending.drop(saving)

    def _forget(self, worker: Worker) -> None:
        worker.deleteLater()
        if self._worker is worker or self._worker is None:
            self._worker = None
            self._saving = None
            self.shown_early = None
        self.save_ended.emit()
        if not self.saving:
            self.idle.emit()

    @property
    def storing(self) -> bool:
        """Whether a new correction (or its undo) is being stored now, as opposed to kept
        ones being written: a key pressed meanwhile can wait for :attr:`save_ended`."""
        return self._worker is not None

    @property
    def saving(self) -> bool:
        """Whether a correction is being stored, or kept ones are being written, now: the
        reader says 待保存 meanwhile, and tests wait on it instead of reading the workers."""
        return self._worker is not None or self._writing is not None

    def keep_unsaved(self) -> int:
        """The window closes without waiting for the saves under way: keep the correction
        being stored (a new one; an undo, a redo or 更正已核对 with the list it replaces:
        :attr:`~drafter.library.pending_corrections.Pending.replaces`) in the 待保存 list
        (the file beside the settings), so the next open writes it if this save is cut off
        (a team library rolls back a save the closing library interrupts). It is the
        list's from now on: a save that ends after all, stored or cut off by the closing
        library, leaves it there, and the next open writes it once (its ops are one step,
        or the whole list: stored already, it adds nothing). Kept ones being written are
        on the list already. Returns how many wait now."""
        saving, self._saving = self._saving, None
        if saving is not None and not any(e is saving for e in self.pending.entries()):
            self.pending.add(saving)
        return len(self.pending.entries())

    def wait(self, timeout_s: float = 10.0) -> bool:
        """Block until a running save returns (tests, shutdown)."""
        worker = self._worker
        return worker.wait(timeout_s) if worker is not None else True
