"""Where a review finding points: its words shown, selected and tinted in the editor or the reader.

A click on a finding in the 审稿 panel lands here. In the draft editor the finding's node
is selected and its exact span found again (nearby, when the writer edited since the
review); in the reader its paragraph is scrolled to. The same problem's other places are
tinted lighter around the one shown, so the office head sees all of them at once; the
tints are marked as ours so the view's other tints (comments) stay.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

from drafter.drafts.ops import OpError, find_paragraph

_MARK_PROPERTY = QTextFormat.Property.UserProperty + 91  # our span tint among the editor's
SPAN_BG = QColor("#ffe08a")
OTHER_PLACE_BG = QColor("#fff3c4")  # the same problem's other places, around the one shown
EDITED = "原文已改动，请重新检查。"


class FindingSpans:
    """Shows a finding's span in the draft editor or the reader (see the module doc).

    Kept apart from the controller that decides what to review: this part only needs the
    panel (for the other places of a problem and for saying what went wrong), the editor
    and the reader."""

    def __init__(self, panel: Any, editor: Any, reader: Any) -> None:
        self.panel, self.editor, self.reader = panel, editor, reader

    def show(self, finding, source: str) -> None:
        """Show ``finding`` of a review of ``source`` ("draft" or "reader")."""
        if source == "reader":
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
        view.setExtraSelections([*_not_ours(view), *marks])
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
            self.panel.set_state(EDITED)
            return
        self.editor.select_key(key)
        edit = self.editor.editor
        cursor = self._editor_span(f, key)
        if cursor is None:
            if f.start is not None:
                self.panel.set_state(EDITED)
            return
        # the other places of the same problem in the part now shown are tinted too,
        # lighter: the office head sees all of them at once, and 上一处/下一处 goes on
        others = [self._editor_span(g, key) for g in self.panel.places_of(f) if g is not f]
        marks = [_mark(c, OTHER_PLACE_BG) for c in others if c is not None]
        # keep other tints (comments) and replace only the previous finding's marks
        edit.setExtraSelections([*_not_ours(edit), *marks, _mark(cursor, SPAN_BG)])
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
                self.panel.set_state(EDITED)
                return
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.setSelection(start, len(f.text))


def _mark(cursor: QTextCursor, colour: QColor) -> QTextEdit.ExtraSelection:
    """A tint of ``cursor``'s span, known as ours among the view's other tints."""
    mark = QTextEdit.ExtraSelection()
    mark.cursor = QTextCursor(cursor)
    mark.format.setBackground(colour)
    mark.format.setProperty(_MARK_PROPERTY, True)
    return mark


def _not_ours(view) -> list:
    """The view's tints that are not a finding's (comments'), kept when ours are replaced."""
    return [x for x in view.extraSelections() if not x.format.property(_MARK_PROPERTY)]


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
