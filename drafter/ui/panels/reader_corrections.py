"""Correcting the shown document from the reader: the user has the last word.

A right click on a paragraph offers 设为 N 级标题 (splitting the section there) / 不是标题
(与上一节合并) / 改为 N 级, and 编辑信息… opens the metadata form. Each correction is added to the document's
stored ops (drafter.corpus.corrections) and stored through the library on a worker, which
re-indexes that one document; the reader then shows the corrected document at the same
paragraph. This controller holds the logic; the panel only forwards its menu and header.
What the header says of the corrections is :mod:`~drafter.ui.panels.reader_correction_marks`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from drafter.corpus.correction_labels import (
    lost_labels,
    step_label,
    step_moves_headings,
)
from drafter.corpus.correction_ops import (
    CHECKED_STEP,
    RedoSteps,
    as_one_step,
    checked_op,
    checked_undone,
    meta_op,
    one_step,
    without_last_step,
)
from drafter.corpus.correction_runs import marker_run, run_label, run_ops
from drafter.corpus.corrections import (
    HEADING_PUNCT,
    heading_cut,
    heading_whole,
    recut_ops,
    run_in_line,
)
from drafter.library.model import ServerAway
from drafter.library.pending_corrections import PendingCorrections, kept_ops
from drafter.messages import describe
from drafter.ui.dialogs.edit_info import EditInfoDialog
from drafter.ui.dialogs.heading_cut import ask_heading_cut
from drafter.ui.panels.reader_correction_marks import CorrectionMarks
from drafter.ui.panels.reader_pending import PendingSide, server_away
from drafter.ui.panels.reader_undo_keys import REDO_KEYS, UNDO_KEY
from drafter.ui.read_only import held_tip, read_only_reason
from drafter.ui.workers import Worker

MAX_LEVEL = 4
CN = {1: "一", 2: "二", 3: "三", 4: "四"}
# the keys of the reader that correct the paragraph at the cursor (or the outline row chosen):
# Alt+1…Alt+4 make it a heading of that level, Alt+0 body text. A dozen headings set through
# the menu took three clicks each and the eye on a submenu; the menu names the keys
LEVEL_KEYS = {n: f"Alt+{n}" for n in range(0, MAX_LEVEL + 1)}


def show_key(action: QAction, level: int) -> None:
    """Print the key of ``level`` beside a menu entry (the entry itself never fires on it:
    the reader's own actions do, wherever the menu is)."""
    show_shortcut(action, LEVEL_KEYS[level])


def show_shortcut(action: QAction, key: str) -> None:
    """Print ``key`` beside a menu entry that never fires on it (the reader handles the key
    itself, wherever the menu is)."""
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.setShortcutVisibleInContextMenu(True)


def heading_levels(doc: Any) -> dict[int, int]:
    """Each heading paragraph's level as the outline stores it, by paragraph index (the
    order of ``Document.paragraphs``). 改为N级标题 sets this level, which is not always the
    heading's depth in the tree: 一、 made a 二级标题 over 一是… stays at the top of the
    tree, and the menu, going by depth, offered 改为二级标题 (changing nothing) but not
    改为一级标题, the way back."""
    outline = getattr(doc, "outline", None)
    if outline is None:
        return {}
    levels: dict[int, int] = {}
    index = len(outline.preamble)

    def visit(section: Any) -> None:
        nonlocal index
        levels[index] = section.level
        index += 1 + len(section.paragraphs)
        for child in section.children:
            visit(child)
        index += len(getattr(section, "after", ()))  # its own text after its points

    for section in outline.sections:
        visit(section)
    return levels


UNREAD = object()  # corrections not read with the document: asked where needed


class ReaderCorrections(CorrectionMarks, PendingSide, QObject):
    """Corrections for the document a :class:`ReaderPanel` shows.

    Signals:
        corrected(str, int, str): a correction was stored; (document id, paragraph to
            show, what the status line says was done).
        status_message(str): a short message for the status bar.
        flushed(str): corrections kept while the server was away were written (what the
            status line says of them); the library's views show them.
        save_ended(): the store of a new correction returned, stored or not (after
            ``corrected`` when it was stored); a Ctrl+Z pressed meanwhile waits for it.
    """

    corrected = Signal(str, int, str)
    status_message = Signal(str)
    flushed = Signal(str)
    save_ended = Signal()

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

    def extend_menu(self, menu: QMenu, block: int) -> None:
        """Add the correction actions for paragraph ``block`` to a context menu (one greyed
        line saying why where the library is read-only)."""
        if not self.available():
            return
        why = read_only_reason(self.panel._doc_library)
        if why:
            menu.addSeparator()
            held = menu.addAction("更正结构、编辑信息（资料库只读）")
            held.setObjectName("correctionsHeld")
            held.setEnabled(False)
            held.setToolTip(held_tip(why))
            menu.setToolTipsVisible(True)
            return
        paragraphs = self.panel._paragraphs
        menu.addSeparator()
        sub = menu.addMenu("更正结构")
        sub.setObjectName("correctMenu")
        if 0 <= block < len(paragraphs):
            para = paragraphs[block]
            level = heading_levels(self.panel.document).get(block, len(para.section))
            if para.is_heading:
                merge = sub.addAction("不是标题（与上一节合并）")
                merge.triggered.connect(lambda: self.unmark(block))
                show_key(merge, 0)
                for n in range(1, MAX_LEVEL + 1):
                    if n != level:
                        act = sub.addAction(f"改为{CN[n]}级标题")
                        act.triggered.connect(lambda _=False, n=n: self.mark(block, n))
                        show_key(act, n)
                self._recut_menu(sub, block, level)
                self._run_menu(sub, block)
            else:
                # one entry per level: a separate 在此拆分（设为N级标题） did exactly what the
                # 设为N级标题 below it did, and a user wondered which of the two to take
                lead = sub.addAction("在此拆分，本段作为：")
                lead.setEnabled(False)
                for n in range(1, MAX_LEVEL + 1):
                    act = sub.addAction(f"设为{CN[n]}级标题")
                    act.triggered.connect(lambda _=False, n=n: self.mark(block, n))
                    show_key(act, n)
                self._run_menu(sub, block)
                self._choose_menu(sub, block)
        else:
            sub.addAction("（在正文段落上右键可更正标题）").setEnabled(False)
        self.state_entries(sub, block)
        edit = menu.addAction("编辑信息…")
        edit.triggered.connect(self.edit_info)

    def state_entries(self, sub: QMenu, block: int) -> None:
        """The entries on the document's corrections as a whole, added to ``sub``: 提纲无误
        (clears 结构待核), 撤销：… / 重做：…, 更正已核对 and 撤销全部更正, each where it
        applies (``block``: the paragraph shown again after). The end of 更正结构, and the
        whole menu a click on the header's 结构待核 / 更正待复核 opens."""
        state = self.state()
        info = self.panel._info
        if info is not None and getattr(info, "needs_review", False):
            sub.addSeparator()
            ok = sub.addAction("提纲无误（清除“结构待核”）")
            ok.triggered.connect(lambda: self._add({"op": "confirm"}, index_of(block)))
        doc_id = self.panel.document_key
        redo = self.redo_steps.redo(doc_id, list(state.ops)) if state is not None else None
        if state is not None and (state.ops or redo is not None):
            sub.addSeparator()
        # each names the step it takes back or puts back (撤销：编辑信息（日期）): a bare
        # 撤销上一处更正 undid a 编辑信息 made after a heading without saying so
        if state is not None and state.ops:
            undone = f"撤销：{step_label(state.ops)}"
            if state.stale and _last_step_lost(state):
                undone += "（未套用）"  # it changes nothing shown: say so
            undo = sub.addAction(undone)
            undo.setObjectName("undoCorrection")
            undo.triggered.connect(lambda: self.undo(list(state.ops), index_of(block)))
            keyed = getattr(self.panel, "undo_keys", None)
            if keyed is not None and keyed.active():
                show_shortcut(undo, UNDO_KEY)  # the key works now: the correction was last
        if redo is not None:
            again = sub.addAction(f"重做：{step_label(redo)}")
            again.setObjectName("redoCorrection")
            again.triggered.connect(lambda: self.redo(redo, index_of(block), list(state.ops)))
            keyed = getattr(self.panel, "undo_keys", None)
            if keyed is not None and keyed.active():
                show_shortcut(again, REDO_KEYS[0])
        if state is not None and state.ops:
            if state.stale:
                lost = lost_labels(list(getattr(state, "skipped", None) or []))
                keep = sub.addAction(
                    f"更正已核对（保留，放弃 {len(lost)} 处未套用的）"
                    if lost
                    else "更正已核对（保留）"
                )
                keep.setObjectName("checkCorrections")
                keep.triggered.connect(lambda: self.check(state, index_of(block)))
            drop = sub.addAction("撤销全部更正")
            drop.triggered.connect(lambda: self.undo(list(state.ops), index_of(block), every=True))

    def _choose_menu(self, sub: QMenu, block: int) -> None:
        """自选标题取到哪里: for a paragraph 设为N级标题 cuts by itself at its first stop
        (以我为主，…，我愿意积极合作；我保持…), the way to keep it whole or cut it elsewhere:
        there was none, the cut stood or nothing."""
        text = self.panel._paragraphs[block].text
        if heading_whole(text) or heading_cut(text) is None:
            return
        choose = sub.addMenu("自选标题取到哪里")
        choose.setObjectName("chooseCutMenu")
        for n in range(1, MAX_LEVEL + 1):
            act = choose.addAction(f"设为{CN[n]}级标题…")
            act.triggered.connect(lambda _=False, n=n: self.mark(block, n, choose=True))

    def _recut_menu(self, sub: QMenu, block: int, level: int) -> None:
        """For a heading cut at its first stop with the rest of its line as text (一、加强领导
        | 要抓好落实……): 标题取整行 makes the whole line the heading in one click, and
        自选标题取到哪里… asks where it ends; each one correction (corrections.recut_ops).
        It took 不是标题, a right click on the joined paragraph, 更正结构, 自选标题取到哪里, a
        level and the dialog (about nine clicks)."""
        line = run_in_line(self.panel.document, block)
        if line is None:
            return
        label = self.panel._paragraphs[block].text
        rest = line[len(label) :].lstrip(HEADING_PUNCT)
        shown = rest if len(rest) <= 12 else rest[:12] + "…"
        whole = sub.addAction(f"标题取整行（连同“{shown}”）")
        whole.setObjectName("headingWholeLine")
        whole.triggered.connect(lambda: self.recut(block, level))
        choose = sub.addAction("自选标题取到哪里…")
        choose.setObjectName("headingChooseCut")
        choose.triggered.connect(lambda: self.recut(block, level, choose=True))

    def _run_menu(self, sub: QMenu, block: int) -> None:
        """同类编号一并更正: the paragraphs numbered in one run with ``block`` (第二点…第六点)
        corrected in one go, at a level the user picks, or all made text again."""
        texts = [p.text for p in self.panel._paragraphs]
        levels = heading_levels(self.panel.document)
        run = marker_run(texts, levels, block)
        if not run:
            return
        states = [levels.get(i) for i in run]
        group = sub.addMenu(f"同类编号一并更正（{run_label(texts, run)}）")
        group.setObjectName("runMenu")
        if any(states):
            act = group.addAction("都不是标题（并入上一节）")
            act.triggered.connect(lambda: self.mark_run(run, None))
        for n in range(1, MAX_LEVEL + 1):
            if any(state != n for state in states):
                act = group.addAction(f"都设为{CN[n]}级标题")
                act.triggered.connect(lambda _=False, n=n: self.mark_run(run, n))

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

    def edit_info(self) -> None:
        """Open 编辑信息… for the shown document; the form stores what the user changed
        (on a worker) and stays open, saying why, when it cannot."""
        if not self.available():
            self.status_message.emit("只有资料库中的文稿可以更正信息。")
            return
        if self._worker is not None:
            self.status_message.emit("上一处更正还在保存，请稍候。")
            return
        meta = getattr(self.panel.document, "metadata", None)
        subtitle = (getattr(meta, "subtitle", None) or "") if meta is not None else None
        self.edit_info_of(self.panel._doc_library, self.panel._info, subtitle)

    def edit_info_of(
        self, library: Any, info: Any, subtitle: str | None = None, parent: Any = None
    ) -> bool:
        """编辑信息… for the document ``info`` of ``library``, from the reader or from a
        library table row: one path, so the table's form, too, joins the waiting
        corrections when the server is away (before, it stayed open over the window until
        the server answered). True when changes to a document the reader does not show
        were stored now (the caller's list shows them); the shown one's follow
        :attr:`corrected`, and kept ones are shown when they are written (:attr:`flushed`)."""
        doc_id = info.id
        shown = self.shows(library, doc_id)
        dialog = EditInfoDialog(
            self.panel._info if shown else info,
            parent if parent is not None else self.panel,
            subtitle=subtitle,
            save=lambda changes: self._save_info(library, doc_id, changes),
            keep=lambda changes, exc: self._keep_info(library, info, changes, exc),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.changes() or dialog.kept:
            return False
        if not self.shows(library, doc_id):  # a table row's document, not the one read
            self.status_message.emit("已保存信息更正。")
            return True
        # stored by the dialog: what was read with the document is outdated now
        self.panel._corrections_read = ("", None)
        self._on_done(doc_id, 0, "已保存信息更正", False)
        return False

    def shows(self, library: Any, doc_id: str) -> bool:
        """Whether the reader shows ``doc_id`` of ``library`` (its corrections go through
        what it shows: 待保存 marked in its header)."""
        return (
            library is not None
            and library is self.panel._doc_library
            and doc_id == self.panel.document_key
        )

    def _save_info(self, library: Any, doc_id: str, changes: dict[str, str]) -> Any:
        """Store 编辑信息…'s changes (on the form's worker); refused at once, to be kept
        behind them, while corrections made before wait for the server: written first,
        they would come after it."""
        if getattr(library, "offline", "") or self.waiting_for(library, doc_id):
            raise ServerAway(f"{getattr(library, 'location', '')}: 之前的更正还待保存")
        return library.edit_metadata(doc_id, **changes)

    def _keep_info(self, library: Any, info: Any, changes: dict[str, str], exc: object) -> bool:
        """编辑信息… whose save found the team server away: kept with the reader's other
        corrections (待保存, shown at once when the reader shows it, written when it is
        back) and True; False for any other failure, which the form says. Before, the form
        stayed open over the window, and 取消 lost what was typed."""
        if not server_away(library, exc):
            return False
        ops = one_step([meta_op(name, value) for name, value in changes.items()])
        if self.shows(library, info.id):
            self.keep(ops, self.panel._top_paragraph() or 0, step_label(ops))
        else:
            self.keep_for(library, info, ops, step_label(ops))
        return True

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
        self._run(job, doc_id, index, done, paths)

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
        self._run(
            job, doc_id, index, done, away=lambda: self.keep(ops, index, label, entry), saving=entry
        )

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
        worker.start()

    def _on_done(self, doc_id: str, index: int, done: str = "", paths: bool = True) -> None:
        # stored: the next correction may start at once (the reload below is the reader's)
        self._worker = None
        self._unlist_saving()  # listed when one made meanwhile waited behind it
        library = self.panel._doc_library
        if library is not None and self.pending_here():
            self.write_pending(library)  # those made while it was saved, in order
        follow = "；检索中的标题路径已随之更新。" if paths else "。"
        said = f"{done or '已更正'}{follow}"
        self.status_message.emit(said)
        self.corrected.emit(doc_id, index, said)

    def _failed(self, library: Any, exc: object, away) -> None:
        self._worker = None  # the correction may be kept and the next one made at once
        if away is not None and server_away(library, exc):
            away()
            return
        self._unlist_saving()  # refused for good: not written later either
        self.status_message.emit(f"更正未保存：{describe(exc)}")

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
        self.save_ended.emit()

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

    def wait(self, timeout_s: float = 10.0) -> bool:
        """Block until a running save returns (tests, shutdown)."""
        worker = self._worker
        return worker.wait(timeout_s) if worker is not None else True


def _last_step_lost(state: Any) -> bool:
    """Whether every op of the user's last step is among those the changed file lost."""
    ops = list(state.ops)
    last = ops[len(without_last_step(ops)) :]
    skipped = list(getattr(state, "skipped", None) or [])
    return bool(last) and all(op in skipped for op in last)


def index_of(block: int) -> int:
    """The paragraph to show again after a correction (0 for a click below the text)."""
    return max(0, block)
