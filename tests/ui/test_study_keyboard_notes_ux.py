"""A trainee at the keyboard highlights and annotates a span. Walking the trainee's path,
the study text took no keyboard selection (Shift+arrows did nothing), and 高亮 and 写笔记…
had no key and no menu entry: the notes were for mouse users only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest

from drafter.ui.study import study_notes

from .study_setup import studied  # noqa: F401 - the fixture


def _view_menu_entries(window) -> dict[str, str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("视图"))
    return {a.text(): a.shortcut().toString() for a in menu.actions() if a.text()}


def test_select_with_shift_arrows_then_highlight_and_note_by_keys(studied, monkeypatch):  # noqa: F811
    window, panel, _library, first = studied
    study, page = window.study, window.study.mode.page
    entries = _view_menu_entries(window)
    assert entries["高亮所选文字"] == "Ctrl+Alt+H"
    assert entries["给所选文字写笔记…"] == "Ctrl+Alt+N"
    assert "Ctrl+Alt+H" in page.highlight_button.toolTip()
    assert "Ctrl+Alt+N" in page.note_button.toolTip()
    target = next(p for p in panel.doc.paragraphs() if p.text.startswith("举办这次培训班"))
    text = page.text

    def select_by_keys() -> None:
        """The caret before 主要目的 (where a click puts it), then Shift+Right four times."""
        block = text.document().findBlockByNumber(text._first_block[target.index])
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.Right, n=block.text().index("主要目的"))
        text.setTextCursor(cursor)
        text.setFocus()
        for _ in range(4):
            QTest.keyClick(text, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        assert text.textCursor().selectedText() == "主要目的"

    select_by_keys()
    assert page.highlight_button.isEnabled()
    window.study_highlight_action.trigger()  # what Ctrl+Alt+H does
    assert [(n.quote, n.note) for n in study.notes.for_document(first.id)] == [("主要目的", "")]
    monkeypatch.setattr(study_notes, "ask_lines", lambda *a, **k: ("开宗明义", True))
    select_by_keys()
    window.study_note_action.trigger()  # Ctrl+Alt+N
    assert [n.note for n in study.notes.for_document(first.id)] == ["", "开宗明义"]
    # the right-click menu says the same keys
    menu = page.context_menu(text.cursorRect().center())
    shown = {a.text(): a.shortcut() for a in menu.actions()}
    assert shown["写笔记…"] == QKeySequence("Ctrl+Alt+N")


def test_keys_say_what_to_do_outside_the_mode(studied):  # noqa: F811
    window, _panel, _library, first = studied
    window.study_action.trigger()  # 学习模式 off
    window.study_highlight_action.trigger()
    assert "F8" in window.statusBar().currentMessage()
    assert window.study.notes.for_document(first.id) == []
