"""The structure map keeps the skeleton still to be headed. A real speech without headings
(整顿党的作风) listed its transitions in the map, each a right-click from becoming a heading;
once the first was made a heading, the map showed that one section and none of the other
transitions, and the user had to find each again in the text."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.study.analyze import analyze
from drafter.study.stats import standing_transitions
from drafter.ui.study.structure_map import PARAGRAPH_ROLE

from .study_setup import open_and_study, window_with
from .waits import WAIT_MS

# a talk without headings, laid out by three 讲一讲 transitions (written for this test)
TALK = """在机关作风建设会上的讲话

同志们：

今天召开这个会，专门研究机关作风建设。

这一年来，机关各部门做了大量工作，群众是满意的。但是也要看到，有的同志办事拖拉，有的部门推诿扯皮，这些问题必须下决心解决。

现在我来讲一讲为什么要抓作风。作风问题关系人心向背，机关作风好不好，群众看得最清楚。作风不实，再好的部署也落不了地。

作风建设不是一阵风，要经常抓、反复抓。每个部门都要对照检查，一条一条加以改进。

其次讲一讲怎样抓作风。抓作风要从领导干部做起，领导带头，群众跟着走。各级领导干部要沉下去，听真话、察实情。

要建立健全制度，用制度管人管事，让好的作风成为习惯。

再讲一讲谁来抓作风。作风建设是全体干部的事，每个人都要从自己做起，从现在做起。

同志们，作风建设任重道远，让我们共同努力，把机关作风建设提高到一个新水平。
"""


def _labels(tree) -> list[str]:
    out = []

    def visit(item, depth):
        out.append("  " * depth + item.text(0))
        for j in range(item.childCount()):
            visit(item.child(j), depth + 1)

    for i in range(tree.topLevelItemCount()):
        visit(tree.topLevelItem(i), 0)
    return out


def test_core_keeps_the_transitions_of_a_corrected_outline_only():
    study = analyze(parse_text(TALK, "talk.txt"))
    assert not study.sections and len(standing_transitions(study)) == 3
    headed = analyze(
        parse_text("一、总体要求\n\n要抓好落实。\n\n二、重点任务\n\n要加强作风。\n", "t.txt")
    )
    assert headed.sections and standing_transitions(headed) == []  # uncorrected: headings only


def test_the_map_lists_the_other_transitions_after_one_became_a_heading(
    make_window, qtbot, tmp_path
):
    with window_with(make_window, tmp_path, {"作风讲话.txt": TALK}) as (window, library):
        (doc,) = library.documents()
        panel = open_and_study(window, doc.id, qtbot)
        tree = panel.map
        before = _labels(tree)
        assert sum("讲一讲" in label for label in before) == 3
        body = next(
            tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())
            if tree.topLevelItem(i).text(0).startswith("〔正文〕")
        )
        # the transitions stand under the body they divide
        row = next(
            body.child(i)
            for i in range(body.childCount())
            if "现在我来讲一讲" in body.child(i).text(0)
        )
        index = row.data(0, PARAGRAPH_ROLE)
        menu = window.study.correction_menu(int(index), row.text(0))
        make = next(a for a in menu.actions() if a.text().startswith("设为一级"))
        with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
            make.trigger()
        qtbot.waitUntil(lambda: window.study.study.sections != [], timeout=WAIT_MS)
        after = _labels(tree)
        menu.deleteLater()
    heads = [label for label in after if not label.startswith(("全文", "〔", "  〔"))]
    assert len(heads) == 1 and "为什么要抓作风" in heads[0]
    # the two transitions not yet made headings are still listed, in the section they stand in
    rest = [label for label in after if label.startswith("  〔") and "讲一讲" in label]
    assert len(rest) == 2 and "怎样" in rest[0] and "谁来" in rest[1], after
