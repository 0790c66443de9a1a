"""The toolbar's 撤销 / 重做 act on what the user last worked in (ux97). After Alt+2 on the
wrong paragraph in the reader the buttons stayed greyed (they were the draft's), though
Ctrl+Z there takes the correction back: a user reaching for 撤销 found it disabled. Now they
take back and put back the correction, their tips naming it (撤销更正：…), until the focus
goes to the draft or the draft changes; then they are the draft's again (撤销：…)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolBar

from .correction_setup import window_reading
from .reader_setup import one_text_library
from .test_corrections_ui import TEXT
from .waits import WAIT_MS, WAIT_S


def test_the_toolbar_undoes_the_reader_correction_then_the_draft(qtbot, tmp_path, make_window):
    with one_text_library(tmp_path, TEXT) as (lib, doc_id, _path):
        window, reader = window_reading(qtbot, make_window, lib, doc_id)
        bar = window.findChild(QToolBar, "mainToolbar")
        undo, redo = window.undo_tool_action, window.redo_tool_action
        undo_button, redo_button = bar.widgetForAction(undo), bar.widgetForAction(redo)
        assert not undo.isEnabled()  # nothing done yet
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
        view = reader.view
        view.setFocus()
        qtbot.waitUntil(view.hasFocus, timeout=WAIT_MS)
        i = next(p.index for p in reader._paragraphs if p.text == "加强队伍建设")
        view.setTextCursor(QTextCursor(view.document().findBlockByNumber(i)))
        with qtbot.waitSignal(reader.document_opened, timeout=WAIT_MS):
            qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
        reader.corrections.wait(WAIT_S)
        qtbot.waitUntil(lambda: not reader.corrections.saving, timeout=WAIT_MS)
        assert reader._paragraphs[i].is_heading
        # the draft has nothing to undo; the button is the correction's now, and says so
        assert not window.editor.undo_action.isEnabled()
        assert undo.isEnabled() and undo.text() == "撤销"  # the label stays put
        assert undo.toolTip().startswith("撤销更正：设为二级标题")
        assert "加强队伍建设" in undo.toolTip()
        with qtbot.waitSignal(reader.document_opened, timeout=WAIT_MS):
            qtbot.mouseClick(undo_button, Qt.MouseButton.LeftButton)
        reader.corrections.wait(WAIT_S)
        qtbot.waitUntil(lambda: not reader.corrections.saving, timeout=WAIT_MS)
        assert not reader._paragraphs[i].is_heading
        assert lib.corrections(doc_id).ops == []
        assert not undo.isEnabled()  # no correction left to take back
        assert redo.isEnabled() and redo.toolTip().startswith("重做更正：设为二级标题")
        with qtbot.waitSignal(reader.document_opened, timeout=WAIT_MS):
            qtbot.mouseClick(redo_button, Qt.MouseButton.LeftButton)
        reader.corrections.wait(WAIT_S)
        qtbot.waitUntil(lambda: not reader.corrections.saving, timeout=WAIT_MS)
        assert reader._paragraphs[i].is_heading
        assert undo.toolTip().startswith("撤销更正：")
        # the user goes to the draft: the buttons are the draft's again (nothing to undo)
        title = window.editor.meta.edits["title"]
        title.setFocus()
        qtbot.waitUntil(lambda: not undo.isEnabled(), timeout=WAIT_MS)
        qtbot.keyClicks(title, "abc")
        assert undo.isEnabled() and undo.toolTip().startswith("撤销：")
        qtbot.mouseClick(undo_button, Qt.MouseButton.LeftButton)
        assert title.text() == ""
        assert len(lib.corrections(doc_id).ops) == 1  # the correction stays
        # back in the reader: the draft changed since the correction, so Ctrl+Z and the
        # buttons stay the draft's
        view.setFocus()
        qtbot.waitUntil(view.hasFocus, timeout=WAIT_MS)
        assert not undo.toolTip().startswith("撤销更正")
