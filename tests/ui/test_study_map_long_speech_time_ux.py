"""结构图 of a long report (a Party congress report, 32,357 字 at 220 字 a minute): its
时长 (then 147 分 05 秒, now 约 2 小时 27 分) did not fit the column's fixed 76 px, so its end
wrapped onto a second line and the 全文 row stood twice as tall as the others. The 字数 and 时长
columns now fit figures up to 约 99 小时 59 分 and 999,999 字 on one line."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.structure_map import StructureMap

from .waits import WAIT_MS

PARAGRAPH = "全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，不断增进民生福祉。" * 20
TEXT = "\n".join(
    [
        "在全市工作会议上的报告",
        "同志们：",
        "一、过去五年的工作",
        *[PARAGRAPH] * 38,
        "二、今后的任务",
    ]
    + [PARAGRAPH] * 2
)


def test_a_speech_of_over_a_hundred_minutes_keeps_its_time_on_one_line(qtbot):
    study = analyze(parse_text(TEXT, "/tmp/报告.txt"), rate=220)
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.resize(460, 500)
    tree.show()
    qtbot.waitExposed(tree, timeout=WAIT_MS)
    tree.show_study(study)
    whole = tree.topLevelItem(0)
    assert whole.text(0) == "全文" and whole.text(2).startswith("约 2 小时 ")  # over 100 minutes
    metrics = QFontMetrics(tree.font())
    for col in (1, 2):
        assert metrics.horizontalAdvance(whole.text(col)) + 12 <= tree.columnWidth(col)
    line = metrics.height()
    assert tree.visualItemRect(whole).height() < 2 * line
