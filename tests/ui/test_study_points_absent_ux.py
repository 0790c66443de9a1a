"""A speech without frames, roadmap sentences or transitions (many of ../shared's ren/
speeches) filled the 学习 pane with 数字概括（展开 0）, 只提及未展开（0）, 提纲句（0）… rows and its
summary with 提纲句 0 · 过渡句 0. The pane shows what the text has and names once, in grey,
what it has none of, so the trainee learns the absence without a column of zeros."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.structure_map import PointsTree
from drafter.ui.study.study_page import StudyPage
from drafter.ui.study.unbroken import plain

BARE = """致全体员工的一封信
大家好：
这一年我们经历了很多困难，但大家始终坚守岗位，客户的信任就是这样一点一点积累起来的。
明年的路还很长，希望每个人都把本职工作做好，把身体照顾好。
谢谢大家。
"""
FRAMED = """在全区工作会议上的讲话
同志们：
今天召开会议。下面，我讲两点意见。
一、做到“四勤”
要做到腿勤、口勤、手勤、眼勤四勤。
二、狠抓落实
要把任务分解到人。
同志们，让我们共同努力！
"""


def _tops(tree) -> list[str]:
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_a_bare_speech_names_what_it_lacks_once(qtbot):
    study = analyze(parse_text(BARE, "/tmp/信.txt"), rate=200)
    assert not study.frames and not study.roadmap and not study.siblings
    points = PointsTree()
    qtbot.addWidget(points)
    points.show_study(study, {})
    tops = _tops(points)
    assert not any("（0）" in t or "展开 0" in t for t in tops)
    assert tops[0].startswith("开头：")  # what the text has comes first
    absent = tops[-1]
    assert absent.startswith("本篇没有：") and "数字概括" in absent and "提纲句" in absent
    assert "只提及" not in absent  # no frame mentioned is not something to learn
    last = points.topLevelItem(len(tops) - 1)
    assert last.childCount() == 0 and not last.flags() & Qt.ItemFlag.ItemIsSelectable
    page = StudyPage()
    qtbot.addWidget(page)
    page.show_study(parse_text(BARE, "/tmp/信.txt"), study)
    info = plain(page.info.text())
    assert "提纲句 0" not in info and "本篇没有" in info and "开头：" in info


def test_a_framed_speech_lists_its_groups_and_only_the_missing_ones(qtbot):
    study = analyze(parse_text(FRAMED, "/tmp/讲话.txt"), rate=200)
    points = PointsTree()
    qtbot.addWidget(points)
    points.show_study(study, {})
    tops = _tops(points)
    assert tops[0].startswith("数字概括（展开 ") and any(t.startswith("提纲句（") for t in tops)
    missing = [t for t in tops if t.startswith("本篇没有：")]
    assert len(missing) <= 1 and not any("数字概括" in t or "提纲句" in t for t in missing)
