"""结构图 shows whole headings: at the 学习 dock's width a second-level heading read
（一）充分认识办公… and a first-level one was cut mid-word (the walk, office-work seed), because
each row was held to the height of its length bar. Long headings now wrap onto more lines, the
bar stays a thin band in its row."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.structure_map import BAR_HEIGHT, StructureMap

from .waits import WAIT_MS

LONG = "进一步提高认识，增强做好办公室工作的责任感和使命感，努力开创全县办公室工作新局面"
TEXT = f"""在全县办公室主任会议上的讲话
同志们：
今天召开会议，部署工作。借此机会，我讲两点意见。
一、{LONG}
（一）充分认识办公室工作在全县经济社会发展大局中的重要地位和作用
办公室是中枢。
（二）明确目标
要抓好信息报送。
二、转变作风
要加强学习。
同志们，让我们共同努力！
"""


def test_a_long_heading_wraps_whole_in_the_map(qtbot):
    doc = parse_text(TEXT, "/tmp/办公室主任会议.txt")
    study = analyze(doc, rate=220)
    tree = StructureMap()
    qtbot.addWidget(tree)
    # narrow enough that the heading needs three lines now 字数 and 时长 fit their figures
    tree.resize(400, 500)
    tree.show()
    qtbot.waitExposed(tree, timeout=WAIT_MS)
    tree.show_study(study)
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    first = next(r for r in rows if r.text(0).startswith("一、"))
    line = QFontMetrics(tree.font()).height()
    width = tree.columnWidth(0)
    assert QFontMetrics(tree.font()).horizontalAdvance(first.text(0)) > 2 * width  # must wrap
    qtbot.waitUntil(lambda: tree.visualItemRect(first).height() >= 3 * line, timeout=WAIT_MS)
    child = first.child(0)
    assert tree.visualItemRect(child).height() >= 2 * line
    bar = tree.itemWidget(first, 3)
    assert bar.format().endswith("%") and bar.sizeHint().height() == BAR_HEIGHT
