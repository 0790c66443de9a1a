"""比较稿件 on the writer's two Word files: the part moved without renumbering is a heading
on both sides, and the change list names its headings with their numbers (ux26's walk).

The head opened the writer's 二稿.docx (二、 pasted after 三、, its number untouched) and
compared it with the 初稿: the right-hand outline had no 二、 at all (its line sat under
三、 as text, the red 删除 on the left), and each change in the list below said
[突出工作重点，扎实推进…] without the numbers the head reads the speech by.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.compare.test_moved_unrenumbered_heading_ux import (
    FIRST,
    ONE,
    ONE_1,
    ONE_2,
    THREE,
    TWO,
    TWO_1,
    TWO_2,
    _word,
)

from .draft_setup import head_editor
from .test_office import _open_compare
from .waits import WAIT_MS

EDITED = (TWO_1[0], TWO_1[1] + "要建立隐患清单，限时整改销号。")


@pytest.fixture
def panel(make_editor):
    return head_editor(make_editor)


def test_the_moved_part_is_a_heading_and_the_list_is_numbered(panel, tmp_path, qtbot):
    first = _word(tmp_path / "初稿.docx", FIRST)
    second = _word(tmp_path / "二稿.docx", [ONE, ONE_1, ONE_2, THREE, TWO, EDITED, TWO_2])
    assert panel.open_draft(second)  # the writer's 二稿 as the draft under review
    dialog = _open_compare(panel, first)
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    new_rows = [
        dialog.new_tree.topLevelItem(i).text(0) for i in range(dialog.new_tree.topLevelItemCount())
    ]
    assert new_rows[1:4] == [ONE[0], THREE[0], TWO[0]]  # as the writer numbered them
    removed = [o for o in dialog.comparison.outline if o.op == "remove"]
    assert removed == []
    html = dialog.detail.toHtml()
    assert "同级中由第 3 项移到第 2 项，编号未改" in html
    assert f"“{TWO[0]} / {TWO_1[0]}”第 1 段" in html  # numbered, as a move's line is
    assert "[突出工作重点" not in html
    # the moved part's row on the right selects its counterpart on the left
    moved = dialog.new_tree.topLevelItem(3)
    rect = dialog.new_tree.visualItemRect(moved)
    qtbot.mouseClick(dialog.new_tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.old_tree.currentItem().text(0).endswith(TWO[0])
    sub = moved.child(0)
    qtbot.mouseClick(
        dialog.new_tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.new_tree.visualItemRect(sub).center(),
    )
    assert "修改段落" in dialog.detail.toPlainText()
    dialog.close()
