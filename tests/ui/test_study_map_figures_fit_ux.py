"""结构图's 字数 and 时长 columns were sized for the longest figures any text gives (约 99 小时
59 分, 999,999 字), so beside an 8-minute speech's 约 2 分半 the 时长 column took about a quarter
of the 学习 dock and the headings, the skeleton a trainee reads, wrapped to four lines of five
characters. They now fit the figures the text shows, each still on one line."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.structure_map import StructureMap

from .waits import WAIT_MS

BODY = "办公室要主动牵头，拿出方案，明确责任，推动事情落地，做到统筹不越位、协调不推诿。" * 3
LINES = ["在全市办公室系统业务培训会议上的讲话", "同志们：", "今天召开培训会议。"]
for part in ("一、准确把握办公室工作的职责定位", "二、着力提升以文辅政的能力和水平"):
    LINES += [part]
    for sub in (
        "（一）办公室是参谋部，要在出谋划策上体现价值",
        "（二）办公室是窗口，要在形象展示上体现担当",
    ):
        LINES += [sub, BODY]
LINES += ["同志们，让我们团结一心，奋力完成全年任务！"]


def _rows(tree):
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while items:
        item = items.pop(0)
        yield item
        items[:0] = [item.child(i) for i in range(item.childCount())]


def test_a_short_speech_gives_its_headings_the_room_the_figures_do_not_need(qtbot):
    study = analyze(parse_text("\n".join(LINES), "/tmp/讲话.txt"), rate=220)
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.resize(420, 600)  # the 学习 dock in the right-hand column
    tree.show()
    qtbot.waitExposed(tree, timeout=WAIT_MS)
    metrics = QFontMetrics(tree.font())
    wide = metrics.horizontalAdvance("约 00 小时 00 分")
    tree.show_study(study)
    assert tree.columnWidth(2) < wide  # no longer room for a hundred-hour speech
    for item in _rows(tree):
        for col in (1, 2):  # every figure on one line
            assert metrics.horizontalAdvance(item.text(col)) + 12 <= tree.columnWidth(col)
    assert metrics.horizontalAdvance("时长") + 12 <= tree.columnWidth(2)
