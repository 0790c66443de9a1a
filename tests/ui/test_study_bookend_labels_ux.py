"""Opening and closing as the study views name them: a text whose closing was not found
said 结尾：未归类 in the reader's summary (as if one were there, of no known type) and had no
row for it in the 结构图, while the 〔开头〕 row gave no 字数 or time at all. Now 未找到 is said
where none was found, and the opening's row has its length like every section."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.text import count_chars
from drafter.ui.study.structure_map import PointsTree, StructureMap
from drafter.ui.study.study_page import StudyPage
from drafter.ui.study.unbroken import plain

# headings, an opening, no closing after the last part
NO_CLOSING = """在全区安全生产工作会议上的讲话
同志们：
今天召开会议，研究部署安全生产工作。下面，我讲两点意见。
一、认清形势
今年以来全区安全生产总体平稳，但隐患仍然不少。
二、压实责任
各部门要把责任落到每个岗位。
"""


def _rows(tree):
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def test_map_and_summary_say_what_was_found(qtbot):
    doc = parse_text(NO_CLOSING, "/tmp/安全生产.txt")
    study = analyze(doc, rate=200)
    assert study.opening.text and not study.closing.text
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.show_study(study)
    opening = next(r for r in _rows(tree) if r.text(0).startswith("〔开头〕"))
    chars = count_chars(study.opening.text)
    assert chars > 0 and opening.text(1) == str(chars)
    assert opening.text(2).endswith("秒")
    # a length bar like the sections' (a bare number stood beside a column of bars)
    bar = tree.itemWidget(opening, 3)
    assert bar is not None and bar.format().endswith("%")
    assert bar.value() == round(chars / study.total_chars * 1000)
    assert not any(r.text(0).startswith("〔结尾〕") for r in _rows(tree))
    points = PointsTree()
    qtbot.addWidget(points)
    points.show_study(study, {})
    assert any("结尾：未找到" in r.text(0) for r in _rows(points))
    page = StudyPage()
    qtbot.addWidget(page)
    page.show_study(doc, study)
    info = plain(page.info.text())
    assert "结尾：未找到" in info and "结尾：未归类" not in info
