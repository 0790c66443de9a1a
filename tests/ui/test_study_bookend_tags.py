"""The study view tags 开头 and 结尾 where the analysis put them, also in a text without
headings (a transcript), where the outline has no preamble or closing of its own."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.annotated_view import AnnotatedView

from .waits import WAIT_MS

TRANSCRIPT = """关于质量工作的讲话
我们这次请来了很好的老师，大家一定要珍惜。
当然，照着做不是不动脑子。理解了才能做好。
第一点，质量是做出来的，不是检验出来的。
第二，质量要算经济账。返工的成本更高。
现在我谈谈供应商的问题。供应商的质量就是我们的质量。
我希望大家把这次学习当成一次机会，真正把质量工作抓上去。
"""


def test_transcript_gets_opening_closing_and_transition_tags(qtbot):
    view = AnnotatedView()
    qtbot.addWidget(view)
    doc = parse_text(TRANSCRIPT, "talk.txt")
    view.show_study(doc, analyze(doc))
    blocks = view.toPlainText().split("\n")
    assert blocks[0].startswith("〔开头〕我们这次请来了")
    assert not any("〔开头〕" in b for b in blocks[1:])
    assert blocks[-1].startswith("〔结尾〕")
    assert "〔希望要求〕我希望大家" in blocks[-1]
    # the transition's tag names what it does, and its tooltip explains that
    assert any(b.startswith("〔过渡句·转入新话题〕现在我谈谈") for b in blocks)


def test_a_transitions_role_is_named_in_its_tag_and_tooltip_and_in_the_points_list(qtbot):
    from drafter.ui.study.structure_map import PointsTree
    from drafter.ui.study.study_marks import transition_tip

    doc = parse_text(TRANSCRIPT, "talk.txt")
    study = analyze(doc)
    turn = next(t for t in study.transitions if t.text.startswith("现在我谈谈"))
    tip = transition_tip(turn)
    assert tip.startswith("过渡句（转入新话题）") and "话题转换" in tip
    tree = PointsTree()
    qtbot.addWidget(tree)
    tree.show_study(study, {})
    top = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("过渡句")
    )
    assert top.isExpanded()  # a few transitions are shown open, not folded away
    assert top.child(0).text(0).startswith("转入新话题：现在我谈谈")


INSIDE = """必须注意经济工作
革命战争的激烈发展，要求我们立即开展经济战线上的运动。
从出入口贸易来看，我们第一个大宗出口是粮食。
第一，要从组织上动员群众。各级政府要把这些工作放在议事日程上。
第二，要培养大批干部。没有干部，什么也做不成。总起来说，假如我们争取了上述的一切条件，革命战争的胜利就是属于我们的。
"""


def test_a_closing_that_starts_inside_its_paragraph_is_tagged_where_it_starts(qtbot):
    view = AnnotatedView()
    qtbot.addWidget(view)
    doc = parse_text(INSIDE, "talk.txt")
    view.show_study(doc, analyze(doc))
    last = view.toPlainText().split("\n")[-1]
    assert not last.startswith("〔结尾")
    assert "什么也做不成。〔结尾·总结〕总起来说" in last


def test_a_text_without_headings_is_mapped_by_its_transitions_and_not_called_all_opening(qtbot):
    from drafter.ui.panels.reader_panel import ReaderPanel
    from drafter.ui.study.structure_map import StructureMap

    doc = parse_text(TRANSCRIPT, "talk.txt")
    study = analyze(doc)
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.show_study(study)
    rows = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert rows[0] == "全文" and rows[1].startswith("〔开头〕") and rows[-1].startswith("〔结尾〕")
    # its skeleton, a click away: the transitions stand under 〔正文〕 (58ab5c2: beside
    # 〔开头〕/〔结尾〕 they read as parts of their own)
    body = tree.topLevelItem(rows.index("〔正文〕未分出标题"))
    under = [body.child(i).text(0) for i in range(body.childCount())]
    assert "〔转入新话题〕现在我谈谈供应商的问题。" in under
    reader = ReaderPanel()
    qtbot.addWidget(reader)
    reader.show_document(doc)
    qtbot.waitUntil(
        lambda: not reader.outline_pending, timeout=WAIT_MS
    )  # transitions come from a worker
    # the reader's outline agrees with the map: the study's short opening, then the rest
    # as 正文 (it showed all 正文 beside a map that labelled an opening)
    rows = [reader.outline.topLevelItem(i).text(0) for i in range(3)]
    assert rows[0] == f"开头（{study.opening.paragraphs[-1] + 1} 段）"
    assert rows[1].startswith("正文（") and rows[2].startswith("结尾（")
    # and lists the transitions under 正文, as the map does (ux43)
    body = reader.outline.topLevelItem(1)
    assert "〔转入新话题〕现在我谈谈供应商的问题。" in [
        body.child(i).text(0) for i in range(body.childCount())
    ]
