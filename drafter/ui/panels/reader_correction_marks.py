"""What the reader's header says of a document's structure and the user's corrections:
the quiet marks (结构待核, 层级待核, 无标题, 已更正 …, 更正待复核, N 处更正未套用), the
tooltip with the reasons behind them, and the notice over the text when a changed file
lost some corrections. Words only: storing a correction is
:class:`~drafter.ui.panels.reader_corrections.ReaderCorrections`'s.

A mixin of that controller, over its ``panel`` (the document shown and its ``_info``) and
its :meth:`~drafter.ui.panels.reader_corrections.ReaderCorrections.state`.
"""

from __future__ import annotations

import html

from drafter.corpus.correction_labels import done_mark, level_warnings, lost_labels
from drafter.corpus.display import UNTITLED, needs_review
from drafter.library.correction_authors import author_of, os_user
from drafter.ui.read_only import read_only_reason

# the href of the header's 结构待核 / 更正待复核 when a click on them opens their menu
MARK_LINK = "correct:marks"


class CorrectionMarks:
    """The header's marks and tip, and the lost corrections' notice (see the module
    docstring)."""

    def header_tip(self) -> str:
        """The reasons behind the header's marks as the header's tooltip (a QLabel shows no
        tooltip for a span's title): why 结构待核, and for 更正待复核 the machine's doubts about
        the changed file, the one place they still help once the user has corrected it; a
        paragraph each, as rich text so that a long one wraps ("" for none)."""
        doc = self.panel.document
        outline = getattr(doc, "outline", None)
        info = self.panel._info
        tips = []
        doubtful = (
            getattr(info, "needs_review", False)
            if info is not None
            else needs_review(getattr(outline, "confidence", None))
        )
        if doubtful:
            doubts = list(getattr(outline, "doubts", None) or [])
            tips.append(
                "结构待核："
                + ("；".join(doubts) or "结构识别把握不大")
                + (
                    "（右键段落可更正；提纲无误时点「结构待核」清除）"
                    if self._clickable()
                    else "（右键段落可更正）"
                )
            )
        warned = level_warnings(outline)
        if warned:
            tips.append("层级待核：" + level_advice(warned))
        state = self.state()
        if state is not None and state.ops and state.stale:
            doubts = list(getattr(outline, "machine_doubts", None) or [])
            tips.append(
                "更正待复核：原文件已改动，更正是在旧版本上做的"
                + ("；识别时的疑点：" + "；".join(doubts) if doubts else "")
                + "（核对后点「更正待复核」› 更正已核对）"
            )
            lost = lost_labels(list(getattr(state, "skipped", None) or []))
            if lost:
                tips.append(lost_text(lost))
            moved = lost_labels(list(getattr(state, "moved", None) or []))
            if moved:
                tips.append("段落文字有改动，按相近的文字套用：" + "；".join(moved))
        people = correctors(state, getattr(self.panel._doc_library, "shared", False))
        if people:  # who made them (an office head asks whether the writer or a colleague did)
            tips.append(people)
        # as rich text, which Qt wraps (about 80 characters wide): a plain tip is one line,
        # and the 更正待复核 one ran past the edge of a 1280-pixel screen
        return "".join(f"<p>{html.escape(t)}</p>" for t in tips)

    def header_marks(self) -> str:
        """Quiet marks for the reader's header: 结构待核, 已更正, 更正待复核, N 处更正待保存."""
        marks = []
        info = self.panel._info
        doc = self.panel.document
        outline = getattr(doc, "outline", None)
        if info is not None:
            doubtful = getattr(info, "needs_review", False)
        else:  # a file opened directly: the outline's own figure
            doubtful = needs_review(getattr(outline, "confidence", None))
        if doubtful:
            doubts = list(getattr(getattr(doc, "outline", None), "doubts", None) or [])
            why = html.escape("；".join(doubts) or "结构识别把握不大", quote=True)
            marks.append(
                self._actionable(
                    f"<span style='color:#8a6d00' title='{why}（右键段落可更正）'>结构待核</span>",
                    "#8a6d00",
                )
            )
        warned = level_warnings(outline)
        if warned:  # the user's word stands: a quiet warning, not 结构待核 again
            why = html.escape(level_advice(warned), quote=True)
            marks.append(f"<span style='color:#8a6d00' title='{why}'>层级待核</span>")
        # a file opened directly (no library record) is untitled the same way
        untitled = (
            getattr(info, "untitled", False)
            if info is not None
            else doc is not None and not (doc.metadata.title or "").strip()
        )
        if untitled and info is not None and self._title_waiting():
            untitled = False  # a title given while the server was away: shown, not yet stored
        if untitled:
            marks.append(f"<span style='color:#888'>{UNTITLED}</span>")
        state = self.state()
        if state is not None and state.ops:
            if state.stale:
                # the one place the machine's doubts still help: what to look at again
                doubts = list(getattr(outline, "machine_doubts", None) or [])
                why = "原文件已改动，更正是在旧版本上做的" + (
                    "；识别时的疑点：" + "；".join(doubts) if doubts else ""
                )
                marks.append(
                    self._actionable(
                        f"<span style='color:#b00020' title='{html.escape(why, quote=True)}'>"
                        "更正待复核</span>",
                        "#b00020",
                    )
                )
                lost = lost_labels(list(getattr(state, "skipped", None) or []))
                if lost:  # which ones the changed file lost, in sight: not a hover away
                    marks.append(f"<span style='color:#b00020'>{len(lost)} 处更正未套用</span>")
            else:
                # the net effect: a heading demoted and put back is no correction
                done = done_mark(state.ops, getattr(outline, "corrected", None))
                if done:
                    marks.append(f"<span style='color:#2f6b2f'>{done}</span>")
        waiting = self.pending_mark()  # made while the server was away, not stored yet
        if waiting:
            marks.append(waiting)
        return "　".join(marks)

    def _title_waiting(self) -> bool:
        """Whether the corrections of the shown document waiting for the server give it a
        title: the header shows it, so 无标题 beside it stayed until it was stored."""
        title = None
        for entry in self.pending_here():
            for op in entry.ops:
                if op.get("op") == "meta" and op.get("field") == "title":
                    title = op.get("value")
        return bool((title or "").strip())

    def _actionable(self, mark: str, colour: str) -> str:
        """``mark`` as a link to the menu that clears it (提纲无误, 更正已核对) where the shown
        document takes corrections: the mark said what to do, and the way was a right click
        on some paragraph, 更正结构 and the entry at its foot (three clicks, found by those
        who read the tooltip). A file opened directly, or a read-only library: the mark
        alone."""
        if not self._clickable():
            return mark
        return f"<a href='{MARK_LINK}' style='color:{colour};text-decoration:none'>{mark}</a>"

    def _clickable(self) -> bool:
        """Whether the marks lead to their menu: a library document that can be written."""
        return self.available() and not read_only_reason(self.panel._doc_library)

    def lost_notice(self) -> str:
        """What the bar over the text says when the file changed under the user's corrections
        and some found no paragraph (设为一级标题「其次看…」 未套用): which ones, and how to
        set them again; "" when every correction still applies. The outline simply went
        back to the machine's reading there, and only the user's eye could tell."""
        state = self.state()
        if state is None or not state.ops or not state.stale:
            return ""
        lost = lost_labels(list(getattr(state, "skipped", None) or []))
        return lost_text(lost) if lost else ""


def correctors(state, shared: bool) -> str:
    """Who made the document's corrections, for the header's tip (更正人：李明、王芳，最近一次
    李明); "" when there are none or the library recorded nobody (rows from before), and
    on a local (not ``shared``) library whose corrections are all this system user's."""
    if state is None or not getattr(state, "ops", None):
        return ""
    authors = getattr(state, "authors", None) or {}
    names = list(dict.fromkeys(n for n in (author_of(op, authors) for op in state.ops) if n))
    last = getattr(state, "author", None)
    if not names and not last:
        return ""
    if not shared and set(names) | {last} <= {os_user(), None}:
        return ""  # one person's own library: their name says nothing
    said = "更正人：" + "、".join(names or [last])
    return said + (f"，最近一次 {last}" if last and len(names) > 1 else "")


def lost_text(lost: list[str]) -> str:
    """The sentence naming corrections the changed file lost (:func:`lost_labels`)."""
    return (
        f"原文件改动后，{len(lost)} 处更正找不到原来的段落，未套用："
        + "；".join(lost)
        + "。请右键相应段落重新更正，再右键 › 更正结构 › 更正已核对。"
    )


def level_advice(warned: list[tuple[str, str]]) -> str:
    """What 层级待核 says: the headings' places (:func:`level_warnings`) and the way out."""
    return (
        "；".join(why for _, why in warned)
        + "。有的文稿确实这样开头；若是误设，右键该标题 › 更正结构 › 改为一级标题"
    )
