"""以此文为模板 / 做成模板: one character sibling headings share by chance is no slot (ux66).

A template made from a listed frame like 三民主义 (民族主义、民权主义、民生主义) showed its
items as 民…… three times: the one character the names share was taken for their lead
word. A shared single character that is a lead word (抓党建 / 抓发展 / 抓作风) stays the slot,
and longer shared lead words (坚持……) are as before."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.templating import render_source
from drafter.templating.from_document import template_from_document

THREE_PRINCIPLES = """三民主义讲演
诸君：
今天讲三民主义。
一、民族主义
民族主义就是国族主义，要使中国成为一个独立的国家。
二、民权主义
民权主义就是要人民管理政事，人民有选举、罢免、创制、复决之权。
三、民生主义
民生主义就是要解决人民的生计问题，平均地权，节制资本。
诸君，望大家共同努力！
"""

GRASP = """在全县党建工作会议上的讲话
同志们：
今天我讲三点意见。
一、抓党建，夯实基层基础
要把基层党组织建设好，做到组织有力。
二、抓发展，推动经济增长
要坚持发展第一要务，做到稳中求进。
三、抓作风，确保落实见效
要转变作风，做到真抓实干。
同志们，让我们共同努力！
"""


def _headings(text: str) -> list[str]:
    doc = parse_text(text, "t.txt")
    draft = render_source(template_from_document(doc, "t"), "t.j2")
    return [n.heading for n in draft.sections]


def test_a_chance_shared_character_is_no_slot():
    heads = _headings(THREE_PRINCIPLES)
    assert len(heads) == 3, heads
    assert not any(h.startswith("民") for h in heads), heads


def test_a_one_character_lead_word_is_kept():
    assert _headings(GRASP) == ["抓……"] * 3
