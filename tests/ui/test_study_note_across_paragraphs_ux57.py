"""A trainee highlights a passage over several paragraphs and writes a note on it (ux57,
issue 11's trainee path): a selection from 一是腿勤's words into 三是手勤 greyed 高亮 and
写笔记… (a note had to lie in one paragraph), so 一是… 二是… 三是… could not be marked as
the one passage it is. Now the span is kept from its first to its last character, drawn in
every paragraph it covers, listed, searchable and shown again from the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest

from drafter.ui.study import study_notes
from drafter.ui.study.study_marks import NOTE_COLOURS

from .study_setup import studied  # noqa: F401 - the fixture
from .waits import WAIT_MS


def _paragraph(panel, starts: str):
    return next(p for p in panel.doc.paragraphs() if p.text.startswith(starts))


def _select_by_keys(text, paragraph, words: str, until: str) -> None:
    """The caret before ``words`` in ``paragraph`` (where a click puts it), then Shift+Right
    until the selection ends with ``until`` in a later paragraph, as a trainee does."""
    block = text.document().findBlockByNumber(text._first_block[paragraph.index])
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=block.text().index(words))
    text.setTextCursor(cursor)
    text.setFocus()
    for _ in range(200):
        if text.textCursor().selectedText().endswith(until):
            return
        QTest.keyClick(text, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    raise AssertionError(f"the selection never reached {until}")


def _noted(text, paragraph, words: str) -> bool:
    """Whether ``words`` are drawn as the trainee's: the wavy line under a highlight (its
    colour lies under a frame's, which ranks higher, as 四勤's items do)."""
    fmt = _cursor_in(text, paragraph, words).charFormat()
    return fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline


def test_a_highlight_and_a_note_over_three_paragraphs(studied, qtbot, monkeypatch):  # noqa: F811
    window, panel, _library, first = studied
    study, page = window.study, window.study.mode.page
    text = page.text
    # each 一是… is a run-in heading: a paragraph of its own, its words the next one, shown
    # on one line (一是腿勤。多到基层走走，掌握实情。)
    legs, legs_text, mouth_text, hands = (
        _paragraph(panel, w) for w in ("一是腿勤", "多到基层", "多向群众", "三是手勤")
    )

    _select_by_keys(text, legs, "多到基层", "三是手勤")
    assert page.highlight_button.isEnabled() and page.note_button.isEnabled()
    qtbot.mouseClick(page.highlight_button, Qt.MouseButton.LeftButton)
    (note,) = study.notes.for_document(first.id)
    assert (note.paragraph, note.last_paragraph) == (legs_text.index, hands.index)
    assert note.quote == "多到基层走走，掌握实情。\n二是口勤\n多向群众请教。\n三是手勤"
    assert (note.start, note.end) == (0, len("三是手勤"))

    # drawn in every paragraph it covers, up to its last word and no further
    for paragraph, words in ((legs, "掌握实情"), (mouth_text, "多向群众"), (hands, "手勤")):
        assert _noted(text, paragraph, words), words
    assert _cursor_in(text, mouth_text, "群众").charFormat().background().color() == QColor(
        NOTE_COLOURS["yellow"]
    )
    assert not _noted(text, hands, "勤记笔记") and not _noted(text, legs, "腿勤")
    # the middle paragraph is the note's too: its right-click menu offers to change it
    middle = text.cursorRect(_cursor_in(text, mouth_text, "群众")).center()
    menu = page.context_menu(middle)
    assert "修改这条笔记…" in [a.text() for a in menu.actions()]

    # a note over two paragraphs, written: ✎ after its last word
    monkeypatch.setattr(study_notes, "ask_lines", lambda *a, **k: ("四勤的前两勤", True))
    _select_by_keys(text, legs, "一是腿勤", "多向群众请教。")
    qtbot.mouseClick(page.note_button, Qt.MouseButton.LeftButton)
    written = next(n for n in study.notes.for_document(first.id) if n.note)
    assert (written.paragraph, written.last_paragraph) == (legs.index, mouth_text.index)
    assert written.quote == "一是腿勤\n多到基层走走，掌握实情。\n二是口勤\n多向群众请教。"
    assert any(note.id == written.id for _b, _at, note in text._note_signs)

    # listed under 本篇笔记, found by a search of its words in the second paragraph
    notes_tab = panel.notes
    panel.tabs.setCurrentWidget(notes_tab)
    qtbot.waitUntil(lambda: notes_tab.list.topLevelItemCount() == 2, timeout=WAIT_MS)
    notes_tab.search_box.setText("群众请教")
    qtbot.waitUntil(lambda: notes_tab.list.topLevelItemCount() == 2, timeout=WAIT_MS)
    notes_tab.search_box.setText("勤记笔记")  # after the highlight's end: no note holds it
    qtbot.waitUntil(lambda: notes_tab.list.topLevelItemCount() == 0, timeout=WAIT_MS)
    notes_tab.search_box.setText("手勤")
    qtbot.waitUntil(lambda: notes_tab.list.topLevelItemCount() == 1, timeout=WAIT_MS)

    # picked in the list: the whole span is selected in the text again
    text.setTextCursor(QTextCursor(text.document()))
    notes_tab.list.setCurrentItem(notes_tab.list.topLevelItem(0))
    QTest.keyClick(notes_tab.list, Qt.Key.Key_Return)  # as a double click does
    qtbot.waitUntil(lambda: text.textCursor().hasSelection(), timeout=WAIT_MS)
    chosen = text.textCursor().selectedText()
    assert chosen.startswith("多到基层") and chosen.endswith("三是手勤")


def _cursor_in(text, paragraph, words: str) -> QTextCursor:
    block = text.document().findBlockByNumber(text._first_block[paragraph.index])
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=block.text().index(words) + 1)
    return cursor


def test_a_drag_from_past_a_lines_end_starts_in_the_next_paragraph(studied):  # noqa: F811
    """A drag begun in the blank past a line's last character: the note starts with the
    next paragraph's first word, not with an empty end of the one before."""
    window, panel, _library, _first = studied
    text = window.study.mode.page.text
    legs, mouth = _paragraph(panel, "一是腿勤"), _paragraph(panel, "二是口勤")
    block = text.document().findBlockByNumber(text._first_block[legs.index])
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    end = text.document().findBlockByNumber(text._first_block[mouth.index])
    cursor.setPosition(end.position() + end.text().index("多向"), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    # 二是口勤 alone (the run-in heading's paragraph): nothing of the line before, nor an
    # empty start of its words' paragraph
    assert text.selected_note_span() == (mouth.index, 0, mouth.index, len("二是口勤"))
