"""以此文为模板: sibling headings that differ in a number share no lead word. Walking the app
on a real government report (一、2016年工作回顾 / 二、2017年工作总体部署 / 三、2017年重点工作任务),
the template's level-1 slots read "一、201……": the shared prefix was cut inside the years.
A shared lead word (坚持……) is kept as before."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.templating import render_source
from drafter.templating.from_document import template_from_document

REPORT = """政府工作报告
各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议。
一、2016年工作回顾
过去一年，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战。
二、2017年工作总体部署
今年是实施“十三五”规划的重要一年。
三、2017年重点工作任务
做好今年政府工作，要把握好以下几点。
各位代表，让我们奋力开拓，为全面建成小康社会作出新的贡献！
"""

SPEECH = """在全市办公室工作会议上的讲话
同志们：
今天我讲三点意见。
一、坚持以文辅政，提高文稿质量
要提高文稿质量，做到观点鲜明。
二、坚持以会谋事，精简会议
要精简会议，提高会议效率。
三、坚持以督促干，确保落实
要加强督查，确保落地见效。
同志们，让我们共同努力！
"""


def _headings(text: str) -> list[str]:
    doc = parse_text(text, "t.txt")
    draft = render_source(template_from_document(doc, "t"), "t.j2")
    return [n.heading for n in draft.sections]


def test_headings_differing_in_a_number_get_a_bare_slot():
    heads = _headings(REPORT)
    assert len(heads) == 3 and not any(h.startswith("201") for h in heads)


def test_a_shared_lead_word_is_kept():
    assert _headings(SPEECH) == ["坚持以……"] * 3  # as before: the shared words
