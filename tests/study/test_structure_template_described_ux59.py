"""A template made from a frame said in running text describes what it is (ux59, issue 11):
四勤 listed in one paragraph (一是腿勤，二是口勤…) made a template whose description in the
gallery said 4 个部分（小标题一级4个）, headings the original never had."""

from __future__ import annotations

import tomllib

from drafter.corpus.load import parse_text
from drafter.study.frames import find_frames
from drafter.study.layout import layout
from drafter.study.templates import structure_template

ORDINALS = """在全县办公室主任会议上的讲话
同志们：
办公室干部要做到“四勤”：一是腿勤，多跑基层；二是口勤，多问情况；三是手勤，多记笔记；四是眼勤，多看材料。
同志们，让我们团结一致！
"""

HEADED = """在全县办公室主任会议上的讲话
同志们：
今天我讲三点意见。
一、提高认识
办公室是中枢。
二、转变作风
要加强学习。
三、狠抓落实
要抓好督查。
同志们，让我们团结一致！
"""


def _description(text: str, phrase: str) -> str:
    doc = parse_text(text, "model.txt")
    frame = next(f for f in find_frames(layout(doc)) if phrase in f.phrase)
    source = structure_template(doc, frame.span.paragraph, phrase, items=list(frame.items))
    return tomllib.loads(source.split("+++")[1])["description"]


def test_a_frame_in_running_text_is_described_as_items_listed_in_a_paragraph():
    said = _description(ORDINALS, "四勤")
    assert "小标题一级" not in said and "个部分（小标题" not in said
    assert "一段话并列列出的 4 项" in said and "原文没有单独设小标题" in said
    assert "一是腿勤、二是口勤、三是手勤、四是眼勤" in said  # the words as said
    assert "《在全县办公室主任会议上的讲话》" in said


def test_a_group_of_headings_keeps_its_outline_shape():
    said = _description(HEADED, "三点意见")
    assert "3 个部分（小标题一级3个）" in said
    assert "并列列出" not in said
