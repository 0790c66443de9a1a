"""The 结构 panel opens on a structure a trainee can learn from, and keeps its 例 column in
sight in a narrow column. ux68's walk: sorted by 篇数 the first row selected was 八项规定精神
(展开 0: named in many texts, spelled out in none), its examples all 只提及; and at 最少出现篇数
1 the table grew a horizontal scrollbar that hid 例."""

from __future__ import annotations

from collections import Counter

from drafter.study.mining import MinedStructure
from drafter.ui.study.structures_panel import ITEM_ROLE, StructuresPanel, mentioned_only

from .test_structures_panel_ux import _mined
from .waits import WAIT_MS


def _frame(label: str, documents: int, listed: int) -> MinedStructure:
    return MinedStructure(
        "frame", label, documents=documents, count=documents, listed=listed,
        phrases=Counter({label: documents}),
    )  # fmt: skip


def _panel(qtbot, tmp_path, width: int, frames: list[MinedStructure]) -> StructuresPanel:
    tmp_path.mkdir()
    mined = _mined(tmp_path)
    mined.frames = frames
    sp = StructuresPanel()
    qtbot.addWidget(sp)
    sp.resize(width, 500)
    sp.show()
    sp.set_mined(mined)
    return sp


def test_the_table_opens_on_the_first_structure_spelled_out(qtbot, tmp_path):
    frames = [_frame("八项规定", 9, 0), _frame("四个意识", 8, 0), _frame("两个市场", 5, 3)]
    sp = _panel(qtbot, tmp_path / "a", 600, frames)
    table = sp.table
    # the order is still the header's (篇数), the mention-only rows greyed above
    assert [table.topLevelItem(i).text(0) for i in range(3)] == ["八项规定", "四个意识", "两个市场"]
    assert table.currentItem().text(0) == "两个市场"
    first = table.topLevelItem(0)
    assert mentioned_only(first.data(0, ITEM_ROLE))
    assert first.foreground(0).color().name() != table.currentItem().foreground(0).color().name()
    assert "只提及" in first.toolTip(0)
    # none spelled out: the first row, as before
    sp2 = _panel(qtbot, tmp_path / "b", 600, [_frame("八项规定", 9, 0), _frame("四个意识", 8, 0)])
    assert sp2.table.currentItem().text(0) == "八项规定"


def test_a_narrow_column_keeps_the_example_in_sight(qtbot, tmp_path):
    frames = [_frame("三个" + "坚持" * (i % 4 + 1), 100 + i, 10 + i) for i in range(40)]
    sp = _panel(qtbot, tmp_path / "a", 380, frames)
    sp.min_box.setValue(1)
    table, header = sp.table, sp.table.header()
    qtbot.waitUntil(lambda: table.viewport().width() > 0, timeout=WAIT_MS)
    used = sum(header.sectionSize(c) for c in range(5) if not header.isSectionHidden(c))
    assert used <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionSize(4) >= 4 * table.fontMetrics().horizontalAdvance("字")
