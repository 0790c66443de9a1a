"""结构图 in a narrow dock: the length bars give way to the headings. In the 学习 dock of the
right-hand column (about 430 px) the bar column kept 130 px and a second-level heading ran
four lines of seven characters; a wide map keeps its 130 px bars."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.structure_map import BAR_COLUMN, StructureMap

from .study_setup import SECOND
from .waits import WAIT_MS


def test_bars_give_way_in_a_narrow_map(qtbot):
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.show_study(analyze(parse_text(SECOND, "/tmp/会议.txt"), rate=220))
    tree.resize(430, 400)
    tree.show()
    header = tree.header()
    qtbot.waitUntil(lambda: header.sectionSize(3) < BAR_COLUMN, timeout=WAIT_MS)
    assert header.sectionSize(3) >= 76
    # the headings got the bars' room: 40 px and more than beside a 130 px bar
    fixed = header.sectionSize(1) + header.sectionSize(2)
    assert header.sectionSize(0) >= tree.viewport().width() - fixed - BAR_COLUMN + 40
    tree.resize(800, 400)
    qtbot.waitUntil(lambda: header.sectionSize(3) == BAR_COLUMN, timeout=WAIT_MS)
