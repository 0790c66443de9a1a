"""结构图 of a text without headings: the body between opening and closing is a row with its
length. 团结奋斗 再创华为佳绩 showed 〔开头〕 16% and 〔结尾〕 15% and nothing for the 69% between,
so the parts a trainee compares did not add up."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.ui.study.structure_map import PARAGRAPH_ROLE, StructureMap

TALK = """同志们：
今天召开这次座谈会，主要任务是听取大家对明年工作的意见建议。
过去一年，大家克服困难，做了大量工作，成绩来之不易。市场变化很快，我们要看清形势，抓住机遇，把产品质量放在第一位，把服务做到用户心里去。
干部要带头深入一线，多听基层的声音，多解决实际问题，不能坐在办公室里想当然。每个部门都要把任务分解到人，把责任落实到岗。
同志们，让我们团结一心，埋头苦干，努力完成明年的各项任务！谢谢大家！
"""


def test_a_text_without_headings_shows_its_body_between_the_bookends(qtbot):
    study = analyze(parse_text(TALK, "/tmp/座谈.txt"), rate=220)
    assert not study.sections and study.opening.text and study.closing.text
    tree = StructureMap()
    qtbot.addWidget(tree)
    tree.show_study(study)
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    names = [r.text(0)[:4] for r in rows]
    assert names == ["全文", "〔开头〕", "〔正文〕", "〔结尾〕"]
    chars = [int(r.text(1).replace(",", "")) for r in rows]
    assert chars[1] + chars[2] + chars[3] == chars[0]  # the parts add up to the whole
    body = rows[2]
    assert tree.itemWidget(body, 3) is not None  # a length bar like the others
    assert body.data(0, PARAGRAPH_ROLE) == study.opening.paragraphs[-1] + 1
