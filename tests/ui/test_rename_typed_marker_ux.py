"""A heading renamed with its number typed in front (ux54): the number is the draft's.

Walking a 讲三句话 draft, the writer pressed F2 on 第一句话：……, typed the whole line
第一句话：要提高站位，把准方向 and Enter: the outline and the Word file said
第一句话：第一句话：要提高站位，把准方向. A heading pasted from another document
(二、聚焦重点任务) was numbered twice the same way.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from drafter.drafts.model import Draft, DraftNode

from .draft_setup import type_chinese
from .waits import WAIT_MS


@pytest.fixture
def panel(make_editor, qtbot):
    widget = make_editor(size=(1000, 600))
    qtbot.waitExposed(widget, timeout=WAIT_MS)
    return widget


def _rename_by_keyboard(panel, qtbot, text: str) -> None:
    """F2 on the chosen heading, the line typed over the old one (as an input method
    delivers Chinese, key by key), Enter."""
    panel.tree.setFocus()
    panel.rename_action.trigger()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "F2 opens the heading for editing"
    editor.selectAll()
    type_chinese(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: panel.tree.state() != QAbstractItemView.State.EditingState, timeout=WAIT_MS
    )


def test_a_typed_number_is_left_out_and_the_writer_told(panel, qtbot):
    draft = Draft(sections=[DraftNode("……"), DraftNode("……")])
    draft.numbering = ["ordinal_sentence", "cn_paren", "arabic_dot", "arabic_paren"]
    panel.set_draft(draft)
    panel.select_key(panel.draft.sections[0].id)
    messages: list[str] = []
    panel.status_message.connect(messages.append)

    _rename_by_keyboard(panel, qtbot, "第一句话：要提高站位，把准方向")

    assert panel.draft.sections[0].heading == "要提高站位，把准方向"
    assert panel.node_label.text() == "第一句话：要提高站位，把准方向"
    assert any("第一句话：" in m and "自动生成" in m for m in messages)

    # A heading pasted from a document numbered otherwise (一、) keeps its words only,
    # and one undo gives the old heading back.
    panel.select_key(panel.draft.sections[1].id)
    _rename_by_keyboard(panel, qtbot, "二、聚焦重点任务")
    assert panel.draft.sections[1].heading == "聚焦重点任务"
    panel.session.undo_stack.undo()
    assert panel.draft.sections[1].heading == "……"


def test_words_that_only_look_like_a_number_stay(panel, qtbot):
    draft = Draft(sections=[DraftNode("甲"), DraftNode("乙")])
    draft.numbering = ["ordinal", "cn_paren", "arabic_dot", "arabic_paren"]
    panel.set_draft(draft)
    panel.select_key(panel.draft.sections[0].id)
    _rename_by_keyboard(panel, qtbot, "第一次全会精神要落实")  # 第一， is the marker
    assert panel.draft.sections[0].heading == "第一次全会精神要落实"
    assert panel.node_label.text() == "第一，第一次全会精神要落实"


def test_a_sequence_word_typed_before_the_words_is_the_marker(panel, qtbot):
    draft = Draft(sections=[DraftNode("甲"), DraftNode("乙")])
    draft.numbering = ["sequence", "cn_paren", "arabic_dot", "arabic_paren"]
    panel.set_draft(draft)
    panel.select_key(panel.draft.sections[0].id)
    _rename_by_keyboard(panel, qtbot, "首先要统一思想")
    assert panel.draft.sections[0].heading == "要统一思想"
    assert panel.node_label.text() == "首先，要统一思想"
