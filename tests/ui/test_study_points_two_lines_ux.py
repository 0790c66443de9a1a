"""要点 at 1280×720: the pane under the outline is under 200 px wide, and a frame's items (or a
closing's words) wrapped over four lines, two entries a screen (st53 walking ten real 范文).
A frame or bookend row now takes at most two lines, cut with …; its own text and tooltip
stay whole."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.points_tree import PointsTree
from drafter.ui.widgets.wrapping_delegate import PADDING

from .waits import WAIT_MS

TALK = """同志们：
今天召开这次会议，主要任务是总结去年工作，部署今年任务。
一、关于去年的工作
去年，全市上下克服困难，各项工作取得新进展。我们始终做到四个坚持：坚持以经济建设为中心不动摇，坚持深化改革开放不动摇，坚持保障和改善民生不动摇，坚持从严管党治党不动摇。
二、关于今年的任务
今年要抓好产业发展，抓好项目建设，抓好民生保障，抓好安全生产。
同志们，任务艰巨，责任重大。我希望全市各级各部门、各级领导干部和广大党员团结一心，奋力拼搏，努力完成全年各项任务，以优异成绩迎接新的一年的到来！
"""


def _rows(tree: PointsTree, head: str) -> list:
    top = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith(head)
    )
    return [top.child(k) for k in range(top.childCount())]


def test_a_frame_and_a_closing_take_two_lines_in_a_narrow_pane(qtbot):
    study = analyze(parse_text(TALK, "/tmp/工作会议讲话.txt"), rate=220)
    tree = PointsTree()
    qtbot.addWidget(tree)
    tree.resize(190, 600)
    tree.show()
    tree.show_study(study, {})
    qtbot.waitExposed(tree, timeout=WAIT_MS)
    frame = _rows(tree, "数字概括")[0]
    closing = next(r for r in _rows(tree, "开头：") if "我希望" in r.text(0))
    line = tree.fontMetrics().lineSpacing()
    for row in (frame, closing):
        assert len(row.text(0)) > 30  # long enough to wrap over four lines at 190 px
        height = tree.visualItemRect(row).height()
        assert 0 < height <= 2 * line + PADDING + 8, (row.text(0), height, line)
    assert frame.text(0).startswith("四个坚持：坚持以经济建设")
    assert "坚持从严管党治党不动摇" in frame.toolTip(0)
