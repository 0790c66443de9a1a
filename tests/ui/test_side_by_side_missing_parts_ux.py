"""并排对照 of a text whose part is not divided beside one whose part is: every sub-part of
the other faced a （无） (论十大关系's 一 beside a work report's （一）（二）（三） and the
在教育方面… under them: a column of （无）). The first row of a run of missing parts says
（无）; the rows under it and after it stand blank on its grey, with a tooltip."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.side_by_side import SideBySideWindow

PLAIN = """关于做好今年工作的讲话
同志们：
今天召开会议，部署今年工作。下面，我讲两点意见。
一、认清形势
{prose}
二、明确任务
{prose}
同志们，让我们共同努力！
"""

DIVIDED = """关于做好明年工作的讲话
同志们：
今天召开会议，部署明年工作。下面，我讲两点意见。
一、回顾过去
（一）经济平稳发展
{prose}
（二）改革不断深化
{prose}
（三）民生持续改善
{prose}
二、明确任务
{prose}
三、加强保障
{prose}
四、改进作风
{prose}
同志们，让我们共同努力！
"""


def test_a_run_of_missing_parts_says_so_once(qtbot):
    prose = "要抓紧抓实各项工作，确保取得实效。" * 6
    a = parse_text(PLAIN.format(prose=prose), "a.txt")
    b = parse_text(DIVIDED.format(prose=prose), "b.txt")
    win = SideBySideWindow()
    qtbot.addWidget(win)
    win.resize(1200, 900)
    win.show_pair(a, analyze(a), b, analyze(b))
    tree = win.outline
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    first = next(r for r in tops if r.text(2).startswith("一、回顾过去"))
    assert first.text(0).startswith("一、认清形势")
    subs = [(first.child(i).text(0), first.child(i).text(2)[:3]) for i in range(first.childCount())]
    assert subs == [("（无）", "（一）"), ("", "（二）"), ("", "（三）")]
    assert all(first.child(i).toolTip(0) for i in range(first.childCount()))
    later = [
        (r.text(0)[:2], r.text(2)[:2]) for r in tops if r.text(2)[:2] in ("二、", "三、", "四、")
    ]
    assert later == [("二、", "二、"), ("（无", "三、"), ("", "四、")]
