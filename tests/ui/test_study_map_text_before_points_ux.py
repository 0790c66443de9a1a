"""结构图: a part's own text before its points, when more than a lead sentence, has a row under
the part (〔小标题前的正文〕) with its length bar, grey, no 更正结构 menu, a click away; the rows
under the part add up to it (tests/study/test_map_text_before_points.py has the figures)."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.study.stats import BEFORE_LABEL
from drafter.ui.study.structure_map import PARAGRAPH_ROLE, StructureMap
from tests.study.test_map_text_before_points import REVIEW, SPEECH


def _chars(item) -> int:
    return int(item.text(1).replace(",", ""))


def test_the_map_lists_the_review_before_the_points(qtbot):
    doc = parse_text(SPEECH, "讲话.txt")
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.show_study(analyze(doc))
    one = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("一、")
    )
    before = one.child(0)
    assert before.text(0) == BEFORE_LABEL and one.child(1).text(0).startswith("一是")
    assert "之前的正文" in before.toolTip(0)
    assert tree.itemWidget(before, 3) is not None
    paras = list(doc.paragraphs())
    assert paras[before.data(0, PARAGRAPH_ROLE)].text == REVIEW
    kids = sum(_chars(one.child(k)) for k in range(one.childCount()))
    assert _chars(one) - kids == len("一、去年工作回顾")
    seen = []
    tree.correct_requested.connect(lambda *a: seen.append(a))
    tree._on_menu(tree.visualItemRect(before).center())
    assert seen == []
