"""要点: a bookend part the closing says twice (同志们，…。同志们，让我们…) is one entry, with
the number of places, not two identical lines (结尾·称呼：同志们， listed twice)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus.load import load_document, parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.structure_map import PARAGRAPH_ROLE, PointsTree

CONGRESS = Path(__file__).resolve().parents[2] / "../shared/corpus/structure/cpc_congress_13.txt"

TALK = """同志们：
今天召开这次会议，主要任务是总结去年工作，部署今年任务。
一、关于去年的工作
去年，全市上下克服困难，各项工作取得新进展。经济总量稳步增长，民生持续改善。
二、关于今年的任务
今年要抓好产业发展，抓好项目建设，抓好民生保障，抓好安全生产。
同志们，任务艰巨，责任重大。同志们，让我们团结一心，奋力拼搏，努力完成全年各项任务！
"""


def _parts(tree: PointsTree) -> list:
    top = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("开头：")
    )
    return [top.child(k) for k in range(top.childCount())]


def _shown(study, qtbot) -> list:
    tree = PointsTree()
    qtbot.addWidget(tree)
    tree.show_study(study, {})
    return _parts(tree)


def test_a_salutation_said_twice_is_listed_once(qtbot):
    study = analyze(parse_text(TALK, "/tmp/工作会议讲话.txt"), rate=220)
    twice = [p for p in study.closing.parts if p.kind == "称呼"]
    assert len(twice) == 2  # the study keeps both places (the text marks both)
    rows = _shown(study, qtbot)
    labels = [r.text(0) for r in rows]
    salutes = [t for t in labels if t.startswith("结尾·称呼")]
    assert salutes == ["结尾·称呼：同志们，（2 处）"]
    assert len(labels) == len(set(labels))
    row = next(r for r in rows if r.text(0).startswith("结尾·称呼"))
    assert row.data(0, PARAGRAPH_ROLE) == twice[0].span.paragraph  # a click: the first place


@pytest.mark.skipif(not CONGRESS.exists(), reason="../shared corpus absent (十三大报告)")
def test_the_thirteenth_congress_closing_lists_its_salutation_once(qtbot):
    study = analyze(load_document(CONGRESS), rate=220)
    labels = [r.text(0) for r in _shown(study, qtbot)]
    assert len([t for t in labels if t.startswith("结尾·称呼")]) == 1
    assert len(labels) == len(set(labels))
