"""A speech sent in a chat and kept as the chat's export (issue 8; blind set 16's x05 was a
WeChat export): the sender's messages are the speech, the export's head its source line,
the covering message and a colleague's replies notes, sender and day lines dropped
(drafter/corpus/chat_copy.py). Own text, written in the test."""

from __future__ import annotations

import pytest

from drafter.corpus.chat_copy import split_chat
from drafter.corpus.load import parse_text
from drafter.corpus.model import Block

POINTS = ["抓住重点不放松", "夯实基础不懈怠", "压实责任不含糊"]
BODY = "各单位要对照年度目标逐项梳理，查找差距，明确责任人和完成时限，确保各项任务按期完成。" * 2
OPENING = [
    "在全区河湖保护工作会议上的讲话",
    "副区长　某某某",
    "（2031年4月8日）",
    "同志们：",
    "今天召开这次会议，主要是部署今年的河湖保护工作。" + BODY,
    "下面，我讲三点意见。",
]
PARTS = [f"{n}、{p}。{BODY}" for n, p in zip("一二三", POINTS)]
CLOSING = "同志们，河湖保护功在当代、利在千秋。让我们真抓实干，把各项工作落到实处。"


def _wechat() -> list[str]:
    me, you = "区府办-林一", "周科长"
    return [
        "与“区府办-林一”的聊天记录",
        "导出时间：2031-04-02 17:30",
        "",
        "———————— 2031-04-02 ————————",
        "",
        f"{me}　09:10",
        "周科长，河湖会上的讲话稿分几次发您，请帮忙看看。",
        "",
        f"{me}　09:11",
        *OPENING,
        PARTS[0],
        "",
        f"{you}　09:15",
        "好的。",
        "",
        f"{me}　09:16",
        *PARTS[1:],
        CLOSING,
        "",
        f"{me}　09:17",
        "[图片]",
        "",
        f"{you}　10:02",
        "看过了，第二部分再压一压，其他可以。",
    ]


def _qq() -> list[str]:
    return [
        "消息记录（此消息记录为文本格式，不支持重新导入）",
        "",
        "================================================================",
        "消息分组:我的好友",
        "================================================================",
        "消息对象:老周",
        "================================================================",
        "",
        "2031-04-02 9:10:05 林一",
        "稿子发你，帮看下。",
        "",
        "2031-04-02 9:11:40 林一",
        *OPENING,
        *PARTS,
        "",
        "2031-04-02 9:20:11 老周",
        "收到",
        "",
        "2031-04-02 9:21:30 林一",
        CLOSING,
        "谢谢大家！",
    ]


@pytest.mark.parametrize("lines", [_wechat(), _qq()], ids=["wechat", "qq"])
def test_a_chat_export_reads_as_the_speech_sent_in_it(lines) -> None:
    doc = parse_text("\n".join(lines))
    assert [s.heading for s in doc.outline.sections] == POINTS
    assert doc.metadata.title == "在全区河湖保护工作会议上的讲话"
    assert doc.metadata.date == "2031-04-08"  # the speech's, never the export's
    body = "\n".join(p.text for p in doc.paragraphs())
    for chat_line in (
        "林一",
        "聊天记录",
        "消息",
        "好的。",
        "收到",
        "看过了",
        "稿子发你",
        "帮忙看看",
    ):
        assert chat_line not in body
    assert CLOSING in body  # the last message (two paragraphs) is the speech's
    notes = "\n".join(doc.apparatus.notes)
    assert "帮" in notes and ("看过了" in notes) == (lines[0].startswith("与"))


def test_a_programme_with_times_is_no_chat() -> None:
    # a meeting's programme (items under their times) before a speech is no chat export
    lines = [
        "会议议程",
        "开幕式　9:00",
        "分组讨论　10:30",
        "大会交流　14:30",
        "总结讲话　16:00",
        *OPENING,
        *PARTS,
        CLOSING,
    ]
    assert split_chat([Block(t) for t in lines]) is None
