"""标题取到哪里: asked when a user makes a long paragraph of one long sentence a heading.

设为一级标题 on such a paragraph made all of it a bold heading. A paragraph with a natural
cut (一、加强领导：…) is cut there without asking (drafter.corpus.corrections.heading_cut);
one without is offered its leads up to each comma, and the whole line last, as a list;
and any other end by a click in the paragraph itself (a heading run into its text with no
mark between them: gwr 1987's 三、深入改革经济体制和扩大对外开放国民经济的长期稳定发展，…,
whose end the list, going by the marks, could not offer).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from drafter.corpus.corrections import HEADING_LEAD
from drafter.corpus.markers import match_marker
from drafter.ui.widgets.ok_cancel import ok_cancel

# a dash, single or doubled (——), is one cut; a stop (：。；…) too, for a paragraph the
# reader would cut at its first stop and the user wants cut elsewhere or kept whole
# where a sentence (or its lead) ends, as the cut of a heading a user marks reads it
_SENTENCE_END = re.compile(r"[：:。！？；;]")
_CLAUSE_END = re.compile(r"[，,、：:。！？；;]|—+")
MAX_CHOICES = 8
SHOWN = 200  # characters of the paragraph shown to click the heading's end in


def lead_choices(text: str) -> list[int]:
    """Where a heading could end in ``text``: after each comma (or 、, ——, or a stop) past its
    marker, the lead at most :data:`HEADING_LEAD` characters, at most
    :data:`MAX_CHOICES` of them, each leaving text after it."""
    m = match_marker(text)
    skip = len(m.text) if m else 0
    cuts = []
    for stop in _CLAUSE_END.finditer(text, skip):
        end = stop.end()
        if end > HEADING_LEAD or len(cuts) >= MAX_CHOICES:
            break
        if text[skip : stop.start()].strip() and text[end:].strip() and end not in cuts:
            cuts.append(end)
    return cuts


def no_cut_reason(text: str) -> str:
    """Why 设为N级标题 asks where the heading of ``text`` ends: no stop at all, or a first
    sentence too long to be a heading. It said 没有句号、冒号可以断开 of every such paragraph,
    also of ren 20080215's 610 characters whose first 。 stands 128 characters in: the user
    looked for the stop the dialog said was not there."""
    m = match_marker(text)
    stop = _SENTENCE_END.search(text, len(m.text) if m else 0)
    if stop is None or not text[stop.end() :].strip():
        return "没有句号、冒号可以断开。"
    return f"第一句长 {stop.end()} 字，过长不宜整句作标题。"


class HeadingCutDialog(QDialog):
    """Asks where the heading of a long one-sentence paragraph ends: one row per lead
    (to each comma) and 整段作为标题 last; :meth:`cut` is the chosen length."""

    def __init__(
        self,
        text: str,
        level_name: str,
        parent: QWidget | None = None,
        chosen: bool = False,
        current: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("headingCutDialog")
        self.setWindowTitle(f"设为{level_name}")
        self.text = text
        # ``chosen``: the user asked to choose (自选标题取到哪里), the paragraph has a stop
        why = "" if chosen else no_cut_reason(text)
        lead = QLabel(f"这一段有 {len(text)} 字，{why}请选择标题取到哪里，其余文字仍为正文：")
        lead.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setObjectName("headingCutChoices")
        # a lead of 60 characters ran past the right edge: long ones wrap
        self.choices.setWordWrap(True)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices.setResizeMode(QListView.ResizeMode.Adjust)
        self.choices.setSpacing(2)
        for cut in lead_choices(text):
            item = QListWidgetItem(f"{text[:cut].rstrip('，,、—：:。！？；;')}")
            item.setData(256, cut)
            item.setToolTip(f"标题：{text[:cut]}\n正文：{text[cut:][:80]}…")
            self.choices.addItem(item)
        whole = QListWidgetItem(f"整段作为标题（{len(text)} 字）")
        whole.setData(256, len(text))
        whole.setToolTip(text)
        self.choices.addItem(whole)
        # a heading cut again starts on the row where it ends now (its first stop), so the
        # user moves from what is shown rather than from the shortest lead (1、与会人)
        rows = [self.choices.item(i).data(256) for i in range(self.choices.count())]
        self.choices.setCurrentRow(rows.index(current) if current in rows else 0)
        self.choices.itemDoubleClicked.connect(lambda _item: self.accept())
        # any other end: a click in the paragraph (or the arrow keys there) puts it at the
        # caret; choosing a row again takes the row's
        self._clicked: int | None = None
        where = QLabel("或在下面的原文中，点在标题最后一个字之后：")
        self.source = QPlainTextEdit(text[:SHOWN] + ("…" if len(text) > SHOWN else ""))
        self.source.setObjectName("headingCutSource")
        self.source.setReadOnly(True)
        self.source.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.source.setMaximumHeight(self.source.fontMetrics().lineSpacing() * 5 + 12)
        self.source.cursorPositionChanged.connect(self._caret_moved)
        self.shown = QLabel()
        self.shown.setObjectName("headingCutShown")
        self.shown.setWordWrap(True)
        # two lines kept: a long heading shown, then a short one, moved the paragraph above
        # under the user's mouse between two clicks
        self.shown.setMinimumHeight(self.shown.fontMetrics().lineSpacing() * 2 + 4)
        self.shown.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.choices.currentRowChanged.connect(self._row_chosen)
        buttons = ok_cancel(self, "设为标题")
        box = QVBoxLayout(self)
        box.addWidget(lead)
        box.addWidget(self.choices, 1)
        box.addWidget(where)
        box.addWidget(self.source)
        box.addWidget(self.shown)
        box.addWidget(buttons)
        self.resize(560, 420)
        self._row_chosen(self.choices.currentRow())

    def _caret_moved(self) -> None:
        """The caret in the paragraph is the heading's end, when it leaves a heading and
        text after it; the list's row is cleared, so that it is the one taken."""
        at = min(self.source.textCursor().position(), len(self.text))
        m = match_marker(self.text)
        if at <= (len(m.text) if m else 0) or not self.text[at:].strip():
            return
        self._clicked = at
        self.choices.blockSignals(True)
        self.choices.setCurrentRow(-1)
        self.choices.clearSelection()
        self.choices.blockSignals(False)
        self._say(at)

    def _row_chosen(self, row: int) -> None:
        if row < 0:
            return
        self._clicked = None
        self._say(int(self.choices.item(row).data(256)))

    def _say(self, cut: int) -> None:
        """Show the heading the chosen end makes, as the outline will show it."""
        heading = self.text[:cut].rstrip("，,、—：:。！？；;")
        self.shown.setText(f"标题：{heading}" if cut < len(self.text) else "标题：整段")

    def cut(self) -> int:
        """The chosen heading's length in characters of the paragraph (all of it for
        整段作为标题; where the user clicked in the paragraph, up to there)."""
        if self._clicked is not None:
            return self._clicked
        item = self.choices.currentItem()
        return int(item.data(256)) if item is not None else len(self.text)


def ask_heading_cut(
    text: str,
    level_name: str,
    parent: QWidget | None = None,
    chosen: bool = False,
    current: int | None = None,
) -> int | None:
    """Ask where the heading of ``text`` ends; None when the user cancels. ``chosen``: the
    user asked for it on a paragraph the reader would have cut by itself; ``current``: where
    the heading ends now (a heading cut again), the row chosen at first."""
    dialog = HeadingCutDialog(text, level_name, parent, chosen, current)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.cut()
    finally:
        dialog.deleteLater()


__all__ = ["MAX_CHOICES", "HeadingCutDialog", "ask_heading_cut", "lead_choices"]
