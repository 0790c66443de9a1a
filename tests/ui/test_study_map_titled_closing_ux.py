"""结构图: a closing its last heading titles (结　　论 over the closing) stands under that
heading's row, which counts it; 论持久战's map showed 结论 at 2 字 and 〔结尾〕 beside it at 1,041
字 (drafter.study.stats.titled_closing)."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.structure_map import StructureMap

TALK = """论工作方法

调查研究

调查研究是一切工作的起点，没有调查就没有发言权。

依靠群众

群众是真正的英雄，工作要依靠群众，不能脱离群众。

结　　论

结论是什么呢？结论就是：方法对了，工作就能做好。

我的讲话到此为止。希望同志们在工作中认真总结经验，把工作做得更好。
"""


def test_the_closing_row_stands_under_its_heading(qtbot):
    study = analyze(parse_text(TALK, "/tmp/方法.txt"), rate=220)
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.show_study(study)
    top = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [r.text(0) for r in top][-1] == "结论"  # no 〔结尾〕 beside it
    last = top[-1]
    assert last.childCount() == 1 and last.child(0).text(0).startswith("〔结尾〕")
    assert tree.itemWidget(last.child(0), 3) is not None  # its length bar
    chars = [int(r.text(1).replace(",", "")) for r in top]
    assert sum(chars[1:]) == chars[0]  # the parts still add up to the whole
