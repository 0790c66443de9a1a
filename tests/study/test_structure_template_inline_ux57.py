"""A frame whose items stand in running text becomes a template numbered as the original
said them (ux57, the trainee's path: 一是腿勤，二是口勤… in one paragraph made a template of
four bare parts, 一是 lost), and its hints say where the items stood (they said 不带编号，小标题
单独成行 of words that never stood on a line of their own)."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.drafts.numbering import heading_text, markers
from drafter.study.frames import find_frames
from drafter.study.layout import layout
from drafter.study.templates import structure_template
from drafter.templating.registry import get_template, render_template, save_user_template

ORDINALS = """在全县办公室主任会议上的讲话
同志们：
办公室干部要做到“四勤”：一是腿勤，多跑基层；二是口勤，多问情况；三是手勤，多记笔记；四是眼勤，多看材料。
同志们，让我们团结一致！
"""

BARE = """在全市办公室系统文秘业务培训会议上的讲话
同志们：
这次会议围绕以文辅政、督查落实、信息服务三项核心业务开展集中培训。
同志们，让我们团结一致！
"""


def _template(text: str, phrase: str, tmp_path):
    doc = parse_text(text, "model.txt")
    frame = next(f for f in find_frames(layout(doc)) if f.phrase == phrase)
    source = structure_template(doc, frame.span.paragraph, phrase, items=list(frame.items))
    save_user_template(source, phrase, tmp_path)
    draft = render_template(get_template(phrase, tmp_path), user_dir=tmp_path)
    marks = markers(draft)
    return source, [heading_text(draft, node, marks) for node in draft.sections]


def test_items_said_with_yishi_in_running_text_keep_yishi(tmp_path):
    source, labels = _template(ORDINALS, "四勤", tmp_path)
    assert '"shi"' in source
    assert [label[:2] for label in labels] == ["一是", "二是", "三是", "四是"]
    assert "以“一是”并列列出的第一项（共四项）" in source
    assert "单独成行" not in source


def test_items_listed_bare_stay_bare_and_say_where_they_stood(tmp_path):
    source, labels = _template(BARE, "三项核心业务", tmp_path)
    assert '"none"' in source and len(labels) == 3
    assert "原文在一段话中并列列出的第二项（共三项），没有单独设小标题" in source
    assert "单独成行" not in source
