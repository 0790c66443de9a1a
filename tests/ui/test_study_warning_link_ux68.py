"""The study page's summary said "⚠ 1 处提示" on 关于正确处理人民内部矛盾的问题 (提出四条 over
three 第X条) and a click on it did nothing: the trainee saw that something was off but not
which sentence or what. The count is now a link: each click goes to the next roadmap
sentence carrying a warning, marks it and says what is wrong on the info line."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.study_page import StudyPage
from drafter.ui.study.unbroken import plain

from .waits import WAIT_MS

# two roadmaps that promise more parts than follow, one sound one between them
TWO_WARNINGS = """在全区安全生产工作会议上的讲话
同志们：
今天召开会议，研究部署安全生产工作。下面，我讲三点意见。
一、认清形势
今年以来全区安全生产总体平稳，但隐患仍然不少。主要有四个方面的问题。
（一）责任没有压实
有的部门还在观望。
（二）隐患排查不细
有的排查走过场。
二、压实责任
各部门要把责任落到每个岗位。
同志们，让我们共同努力，确保全区安全生产形势稳定！
"""


def test_warning_count_goes_to_each_warned_roadmap(qtbot):
    doc = parse_text(TWO_WARNINGS, "/tmp/安全生产.txt")
    study = analyze(doc, rate=200)
    warned = [k for k, road in enumerate(study.roadmap) if road.warning]
    assert len(warned) == 2, [(r.text, r.warning) for r in study.roadmap]
    page = StudyPage()
    qtbot.addWidget(page)
    page.show_study(doc, study)
    assert "⚠ 2 处提示" in plain(page.info.text())
    assert "href='warn:'" in page.info.text()  # a link, not a bare count
    seen = []
    for _ in warned:
        with qtbot.waitSignal(page.roadmap_clicked, timeout=WAIT_MS) as picked:
            page.info.linkActivated.emit("warn:")
        seen.append(picked.args[0])
        road = study.roadmap[picked.args[0]]
        info = plain(page.info.text())
        assert road.warning in info and "提纲句" in info  # what is wrong, said in place
        assert page.text.selected_roadmap == picked.args[0]  # and marked in the text
    assert seen == warned
    with qtbot.waitSignal(
        page.roadmap_clicked, timeout=WAIT_MS
    ) as picked:  # round to the first again
        page.info.linkActivated.emit("warn:")
    assert picked.args[0] == warned[0]


def test_no_link_without_warning(qtbot):
    text = TWO_WARNINGS.replace("我讲三点意见", "我讲两点意见").replace(
        "主要有四个方面的问题。", ""
    )
    doc = parse_text(text, "/tmp/安全生产.txt")
    study = analyze(doc, rate=200)
    assert not study.warnings
    page = StudyPage()
    qtbot.addWidget(page)
    page.show_study(doc, study)
    assert "⚠" not in page.info.text() and "warn:" not in page.info.text()
