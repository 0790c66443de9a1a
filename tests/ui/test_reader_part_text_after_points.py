"""The reader's 改为N级标题 menu finds each heading by its index in Document.paragraphs: a
part's text after its points (Section.after) stands after them there, and the menu's count
of indexes must step over it, or every heading after such a part is offered the wrong
level."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.ui.panels.reader_corrections import heading_levels

REPORT = """政府工作报告
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、2025年工作回顾
一是经济增长好于预期。全年地区生产总值增长百分之五点二。
二是产业发展向新图强。新兴产业增加值增长百分之九。
三是社会大局保持稳定。重点领域风险总体可控。
五年来，我们锚定目标，接续奋斗，持续加强政府自身建设。
同时，我们也清醒看到，发展中还存在不少困难和问题。
二、2026年工作安排
今年要重点做好以下工作。
（一）扩大内需。持续扩大有效投资。
（二）建设现代化产业体系。培育壮大新兴产业。
各位代表！让我们团结一心，为完成全年目标任务而努力奋斗！
"""


def test_the_heading_indexes_step_over_the_text_after_the_points():
    doc = parse_text(REPORT, "省政府工作报告.txt")
    assert doc.outline.sections[0].after  # the case this is about
    heads = {p.index: p.text for p in doc.paragraphs() if p.is_heading}
    levels = heading_levels(doc)
    assert sorted(levels) == sorted(heads)
    two = next(i for i, t in heads.items() if t.startswith("二、"))
    assert levels[two] == 1
