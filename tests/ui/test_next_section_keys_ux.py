"""Ctrl+PgDown / Ctrl+PgUp go from part to part while writing (ux54).

Writing a speech outline first, then part after part: from the end of one part's text to
the next part's text took Ctrl+4 (the outline), ↓ and Enter, and ↓ passed over nothing the
writer had not seen. 下一节 / 上一节 in the 编辑 menu walk the outline in reading order
(开头, each heading depth first, 结尾) and keep the keyboard in the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.ui.models.draft_model import CLOSING, OPENING

from .draft_setup import type_chinese
from .waits import WAIT_MS


def test_ctrl_page_keys_walk_the_parts_in_reading_order(make_editor, qtbot):
    panel = make_editor(size=(1000, 600))
    first = DraftNode("提高认识", children=[DraftNode("看清形势")])
    first.paragraphs = [DraftParagraph("形势逼人。")]
    second = DraftNode("狠抓落实")
    panel.set_draft(Draft(sections=[first, second]), ask=False)
    qtbot.waitExposed(panel, timeout=WAIT_MS)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=WAIT_MS)
    panel.select_key(OPENING)
    panel.editor.setFocus()
    qtbot.waitUntil(panel.editor.hasFocus, timeout=WAIT_MS)

    order = []
    for _ in range(5):
        qtbot.keyClick(panel.editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        order.append(panel.current_key())
    sub = first.children[0].id
    assert order == [first.id, sub, second.id, CLOSING, CLOSING]  # stops at 结尾
    assert panel.editor.hasFocus()

    for _ in range(3):
        qtbot.keyClick(panel.editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert panel.current_key() == first.id
    # the keyboard is at the end of that part's text: typing goes on where it stopped
    type_chinese(panel.editor, "不进则退。")
    qtbot.waitUntil(
        lambda: "形势逼人。不进则退。" in str(panel.draft.find(first.id).paragraphs),
        timeout=WAIT_MS,
    )


def test_the_keys_are_in_the_edit_menu(make_window):
    window = make_window()
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("编辑"))
    shown = {a.text(): a.shortcut().toString() for a in edit_menu.actions()}
    assert shown["下一节"] == "Ctrl+PgDown" and shown["上一节"] == "Ctrl+PgUp"
