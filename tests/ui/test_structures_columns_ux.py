"""The 结构 table's structure column at a 1280×720 dock: every mined pattern readable (or
cut in the middle with the whole in its tooltip), the example keeping its room."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from drafter.study.mining import MinedStructure
from drafter.ui.study.structures_panel import StructuresPanel

from .test_structures_panel_ux import _mined
from .waits import WAIT_MS

MEDIUM = "坚持××｜坚持××｜坚持××"
LONG = "坚持以人民为中心｜坚持新发展理念｜坚持全面深化改革｜坚持全面依法治国"


def _pattern(label: str, documents: int) -> MinedStructure:
    key = label.replace("以人民为中心", "…")
    return MinedStructure(
        "pattern", key, documents=documents, count=documents, phrases=Counter({label: 3})
    )


def test_structure_column_fits_every_pattern_and_leaves_the_example_room(qtbot, tmp_path):
    mined = _mined(tmp_path)
    # sorted by 篇数, the long-labelled patterns sit below many short ones: off screen
    mined.patterns = [_pattern(f"加强{i}｜推进{i}", 9) for i in range(30)]
    mined.patterns += [_pattern(MEDIUM, 3), _pattern(LONG, 2)]
    sp = StructuresPanel()
    qtbot.addWidget(sp)
    sp.resize(590, 420)  # the left dock of a 1280×720 window
    sp.show()
    sp.set_mined(mined)
    sp.kind_box.setCurrentText("并列标题框架")
    qtbot.wait(20)
    table, header = sp.table, sp.table.header()
    fm = table.fontMetrics()
    width = header.sectionSize(0)
    # the medium pattern, listed below the rows on screen, is shown whole
    assert width >= fm.horizontalAdvance(MEDIUM)
    # the longest is not allowed to take the table: cut in the middle, whole in the tooltip
    assert width <= table.viewport().width() * 0.46
    assert header.sectionSize(4) >= table.viewport().width() * 0.3
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    row = next(
        table.topLevelItem(i)
        for i in range(table.topLevelItemCount())
        if table.topLevelItem(i).text(0) == LONG
    )
    assert row.toolTip(0).startswith(LONG)
    # wider window, wider column (up to the whole label)
    sp.resize(1400, 420)
    qtbot.waitUntil(lambda: header.sectionSize(0) >= fm.horizontalAdvance(LONG), timeout=WAIT_MS)


def test_a_patterns_open_slot_reads_as_a_placeholder_not_a_cut(qtbot, tmp_path):
    """A heading pattern keyed 坚持… showed as 坚持…: a label that looked cut off by a
    narrow column. Its open slot reads ××, the way an office writes a placeholder."""
    mined = _mined(tmp_path)
    mined.patterns = [MinedStructure("pattern", "坚持…", documents=3, count=3)]
    sp = StructuresPanel()
    qtbot.addWidget(sp)
    sp.resize(590, 420)
    sp.show()
    sp.set_mined(mined)
    sp.kind_box.setCurrentText("并列标题框架")
    row = sp.table.topLevelItem(0)
    assert row.text(0) == "坚持××"
    assert row.toolTip(0).startswith("坚持××")
