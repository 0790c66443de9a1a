"""比较稿件 says which side is the old and which the new, names a writer's file opened as the
current draft by that file, and turns the two round with 对调新旧 (ux22's walk).

The office head opened the writer's 初稿.docx, then picked the 二稿 in 比较稿件 (the file
dialog's caption said 旧稿, a title bar no one reads): every change came out backwards —
the 二稿's new sentence struck through as deleted, 增加/删除 the wrong way round — with the
sides headed 安全生产讲话_二稿.docx and 当前稿件（当前）. The only way back was to close,
open the other file and compare again.
"""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from drafter.compare import CLOSING
from drafter.export import export_draft
from tests.export.conftest import build_speech

from .draft_setup import head_editor
from .test_office import _open_compare

ADDED = "谢谢大家！"


@pytest.fixture
def panel(make_editor):
    return head_editor(make_editor)


def test_sides_are_named_and_swapped_by_the_button(panel, tmp_path, qtbot):
    first = export_draft(build_speech(), tmp_path / "初稿.docx")
    second_draft = copy.deepcopy(build_speech())
    second_draft.closing.append(type(second_draft.closing[0])(ADDED))
    second = export_draft(second_draft, tmp_path / "二稿.docx")
    assert panel.open_draft(first)  # the writer's 初稿, not saved as a draft
    dialog = _open_compare(panel, second)  # the 二稿 picked as the other: the wrong way round
    assert dialog.old_tree.headerItem().text(0) == "旧稿：二稿.docx"
    assert dialog.new_tree.headerItem().text(0) == "新稿：初稿.docx（当前）"
    assert [(p.op, p.old) for p in dialog.comparison.paragraphs] == [("remove", ADDED)]
    swap = dialog.findChild(QPushButton, "compareSwap")
    assert swap.isVisible()
    qtbot.mouseClick(swap, Qt.MouseButton.LeftButton)
    assert dialog.old_tree.headerItem().text(0) == "旧稿：初稿.docx（当前）"
    assert dialog.new_tree.headerItem().text(0) == "新稿：二稿.docx"
    assert [(p.op, p.new) for p in dialog.comparison.paragraphs] == [("add", ADDED)]
    summary = dialog.findChild(QLabel, "compareSummary").text()
    assert f"增加 {len(ADDED)} 字，删除 0 字" in summary
    assert dialog.windowTitle() == "比较稿件：初稿.docx（当前） → 二稿.docx"
    # the rows follow the new sides: the 二稿's closing is on the right, marked edited
    assert dialog.new_items[CLOSING].text(0).startswith("✎")
    out = dialog.export_redline(str(tmp_path / "修订稿.docx"))
    assert out and dialog.findChild(QLabel, "redlineResult").isVisible()
    qtbot.mouseClick(swap, Qt.MouseButton.LeftButton)  # back: the export line was the other way
    assert not dialog.findChild(QLabel, "redlineResult").isVisible()
    assert [(p.op, p.old) for p in dialog.comparison.paragraphs] == [("remove", ADDED)]
    dialog.close()
