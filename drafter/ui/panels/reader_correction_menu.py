"""The reader's 更正结构 menu: what a right click on a paragraph offers (设为/改为 N 级标题,
不是标题, 标题取整行, 同类编号一并更正, 撤销/重做, 更正已核对 …) and the keys it names.

A mixin of :class:`~drafter.ui.panels.reader_corrections.ReaderCorrections` (over its
``panel``, ``state()``, ``available()``, ``redo_steps`` and its actions): the menu only
offers; storing a correction is the controller's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from drafter.corpus.correction_labels import lost_labels, step_label
from drafter.corpus.correction_ops import without_last_step
from drafter.corpus.correction_runs import heading_levels, marker_run, run_label
from drafter.corpus.corrections import (
    HEADING_PUNCT,
    heading_cut,
    heading_whole,
    run_in_line,
)
from drafter.corpus.display import quote_cut
from drafter.corpus.doubt_fixes import doubt_fixes
from drafter.ui.panels.reader_undo_keys import REDO_KEYS, UNDO_KEY
from drafter.ui.read_only import held_tip, read_only_reason
from drafter.ui.widgets.readable_grey import readable_disabled

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


# characters of a reason for 结构待核 shown in the menu (the whole of it is its tooltip):
# a line of about 40 characters still fits a 1280-pixel screen beside the reader
REASON_CHARS = 40


class CorrectionMenu:
    """The entries of the 更正结构 menu for the shown document (see the module docstring)."""

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
            self.apparatus_menu(sub, block)
        elif not self.body_menu(sub, block):
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
            self._doubt_entries(sub)
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

    def _doubt_entries(self, sub: QMenu) -> None:
        """结构待核's reasons, each followed by its likely fix as one click where there is
        one (:func:`~drafter.corpus.doubt_fixes.doubt_fixes`): the menu gave only 提纲无误,
        and the reasons were in the header's tooltip, each to be acted on paragraph by
        paragraph. A reason is greyed (it is not a command), in a grey that meets WCAG AA
        against the menu (:func:`readable_disabled`: the default was about 1.6:1); its
        whole text is its tip."""
        fixes = doubt_fixes(self.panel.document)
        if not fixes:
            return
        sub.setToolTipsVisible(True)
        readable_disabled(sub)
        sub.addAction("结构待核的原因：").setEnabled(False)
        for n, found in enumerate(fixes, 1):
            reason = sub.addAction(f"{n}. {quote_cut(found.reason, REASON_CHARS)}")
            reason.setToolTip(found.reason)
            reason.setEnabled(False)
            if found.fix:
                act = sub.addAction(f"　　改正：{found.fix}")
                act.setObjectName("doubtFix")
                act.setToolTip(found.reason)
                ops, block = list(found.ops), found.block
                act.triggered.connect(lambda _=False, o=ops, b=block: self._store_new(o, b))
        sub.addSeparator()

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


def _last_step_lost(state: Any) -> bool:
    """Whether every op of the user's last step is among those the changed file lost."""
    ops = list(state.ops)
    last = ops[len(without_last_step(ops)) :]
    skipped = list(getattr(state, "skipped", None) or [])
    return bool(last) and all(op in skipped for op in last)


def index_of(block: int) -> int:
    """The paragraph to show again after a correction (0 for a click below the text)."""
    return max(0, block)
