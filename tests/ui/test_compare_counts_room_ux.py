"""The aligned outlines give their room to the headings, not to the second 字数 column. Walking
学习 › 对照 at 1280x720 (ux53) the dock's table was about 385 px: the last column, 对照文's 字数,
stretched as a tree's last column does to about 110 px for a six-figure count, while 本文 and
对照文 had about 110 px each and a long heading ran to eight lines."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.compare import CompareView

from .waits import WAIT_MS

TEXT = """关于做好全年工作的讲话

同志们：

今天召开{place}工作会议，部署全年工作。

一、进一步提高政治站位，充分认识做好全年各项工作的重要意义

{place}各单位要把这项工作做细做实。

二、突出工作重点，切实抓好稳增长、促改革、调结构、惠民生、防风险各项任务

{place}各单位要把这项工作做细做实。
"""


def test_both_count_columns_are_as_wide_as_their_figures(qtbot):
    a = parse_text(TEXT.format(place="全市"), "a.txt")
    b = parse_text(TEXT.format(place="全县"), "b.txt")
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(385, 500)
    view.show_pair(a, analyze(a), b, analyze(b))
    view.show()
    qtbot.waitExposed(view, timeout=WAIT_MS)
    header = view.header()
    qtbot.waitUntil(lambda: header.sectionSize(3) <= header.sectionSize(1) + 4, timeout=WAIT_MS)
    assert abs(header.sectionSize(0) - header.sectionSize(2)) <= 2  # the two texts alike
    used = sum(header.sectionSize(c) for c in range(4))
    assert used <= view.viewport().width() + 1  # and no column runs off the side
