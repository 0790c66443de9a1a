"""结构图 and ``drafter study --json``: a report part's own text after its points
(Section.after) has a row under the part. The 江西 report's 一、 counted 5,620 字 and its
一是…六是 2,211: some 3,200 字 of review after 六是 were in no row under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import parse_text
from drafter.corpus.load import load_document
from drafter.study.analyze import analyze
from drafter.study.stats import AFTER_LABEL
from drafter.study.text import count_chars
from drafter.ui.study.structure_map import PARAGRAPH_ROLE, StructureMap
from tests.ui.test_reader_part_text_after_points import REPORT

JIANGXI = (
    Path(__file__).resolve().parents[2] / "../shared/corpus/structure/gwr_province_2026_江西省.txt"
)


def _chars(item) -> int:
    return int(item.text(1).replace(",", ""))


def _part_one(tree: StructureMap):
    return next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("一、")
    )


def test_the_map_lists_the_part_text_after_its_points(qtbot):
    doc = parse_text(REPORT, "省政府工作报告.txt")
    study = analyze(doc, rate=220)
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.show_study(study)
    one = _part_one(tree)
    names = [one.child(k).text(0) for k in range(one.childCount())]
    assert names[-1] == AFTER_LABEL and names[:-1][0].startswith("一是")
    after = one.child(one.childCount() - 1)
    # the heading line is the part's own; everything else is in a row under it
    paras = list(doc.paragraphs())
    heading = count_chars(paras[one.data(0, PARAGRAPH_ROLE)].text)
    assert sum(_chars(one.child(k)) for k in range(one.childCount())) + heading == _chars(one)
    assert tree.itemWidget(after, 3) is not None  # a length bar like the points
    # a click goes to the first paragraph after the points (五年来…)
    assert paras[after.data(0, PARAGRAPH_ROLE)].text.startswith("五年来")
    # and no 更正结构 menu: there is no heading there to correct
    seen = []
    tree.correct_requested.connect(lambda *a: seen.append(a))
    tree._on_menu(tree.visualItemRect(after).center())
    assert seen == []
    # 二、 has no text after its points: no such row
    two = tree.topLevelItem(tree.indexOfTopLevelItem(one) + 1)
    assert all(two.child(k).text(0) != AFTER_LABEL for k in range(two.childCount()))


def test_the_json_rows_list_it_as_part_after_at_the_points_level():
    study = analyze(parse_text(REPORT, "省政府工作报告.txt"), rate=220)
    rows = study.to_json()["sections"]
    k = next(i for i, r in enumerate(rows) if r["part"] == "after")
    assert rows[k]["heading"] == AFTER_LABEL
    assert rows[k]["level"] == rows[k - 1]["level"] == 2 and rows[k - 1]["heading"].startswith(
        "三是"
    )
    assert rows[k + 1]["heading"].startswith("二、")
    # the section rows keep their meaning: a part's chars still count its whole text
    assert [r for r in rows if r["part"] == "section"] == [s.to_json() for s in study.sections]


@pytest.mark.skipif(not JIANGXI.exists(), reason="../shared corpus absent (江西 2026 report)")
def test_the_jiangxi_report_part_one_adds_up(qtbot):
    study = analyze(load_document(JIANGXI), rate=220)
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.show_study(study)
    one = _part_one(tree)
    subs = [_chars(one.child(k)) for k in range(one.childCount())]
    assert one.child(one.childCount() - 1).text(0) == AFTER_LABEL
    assert subs[-1] > 3000  # the five-year review and the problems
    assert _chars(one) - sum(subs) < 300  # the heading and the lines before 一是 alone
