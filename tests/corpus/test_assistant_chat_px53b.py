"""A draft copied out of a chat with an AI assistant (issue 8; blind set 17's x05 was one):
the draft the assistant sent is the speech, the prompt, the assistant's introduction and
its notes on the draft out of the body (drafter/corpus/assistant_chat.py). Own text,
written in the test."""

from __future__ import annotations

import pytest

from drafter.corpus.assistant_chat import split_assistant_chat
from drafter.corpus.load import parse_text
from drafter.corpus.model import Block

POINTS = ["要把牢安全底线", "要守住质量关口", "要凝聚各方合力"]
FILL = "各有关单位要对照任务清单逐项落实，明确专人负责，及时协调解决遇到的困难和问题。"
TITLE = "在全区2031年消费品质量提升月启动仪式上的致辞"


def _draft(bold: bool) -> list[str]:
    star = "**" if bold else ""
    return [
        f"{star}{TITLE}{star}",
        "",
        "副区长　某某某",
        "",
        "（2031年5月6日）",
        "",
        "各位领导，同志们、朋友们：",
        "",
        "今天，我们在这里举行质量提升月启动仪式。" + FILL,
        "",
        "借此机会，我讲三点意见。",
        "",
        *(line for n, p in zip("一二三", POINTS) for line in (f"{star}{n}是{p}。{star}{FILL}", "")),
        "同志们、朋友们，质量是企业的生命。让我们携手努力，把质量提升月各项活动办出实效！",
        "",
        "现在，我宣布：全区2031年消费品质量提升月正式启动！",
    ]


def _chat(ruled: bool, bold: bool) -> list[str]:
    rule = ["", "---", ""] if ruled else [""]
    return [
        "我：帮我写一篇副区长在质量提升月启动仪式上的致辞，要有“一是、二是、三是”。",
        "",
        "豆包：",
        "好的，下面为您起草了一篇致辞，供参考：",
        *rule,
        *_draft(bold),
        *rule,
        "**写作说明：**" if bold else "写作说明：",
        "",
        "1. 全文按“开头—三点意见—宣布启动”安排。",
        "",
        "2. 如需调整篇幅，请告诉我。",
        "",
        "我：可以，谢谢。",
    ]


@pytest.mark.parametrize(
    ("ruled", "bold"), [(True, True), (False, False)], ids=["rules-markdown", "plain"]
)
def test_the_draft_an_assistant_sent_is_the_speech(ruled, bold) -> None:
    doc = parse_text("\n".join(_chat(ruled, bold)))
    assert [s.heading for s in doc.outline.sections] == POINTS
    assert doc.metadata.title == TITLE
    assert doc.metadata.date == "2031-05-06"
    body = "\n".join(p.text for p in doc.paragraphs())
    for chat_line in (
        "帮我写",
        "豆包",
        "下面为您起草",
        "写作说明",
        "全文按",
        "如需调整",
        "可以，谢谢",
    ):
        assert chat_line not in body
    assert "**" not in body
    notes = "\n".join(doc.apparatus.notes)
    assert "写作说明" in notes and "帮我写" in notes and "可以，谢谢" in notes


def test_an_interview_with_turns_is_no_assistant_chat() -> None:
    # a transcript of turns with no assistant's label is read as it is
    lines = ["记者：请谈谈今年的打算。", FILL * 4, "我：今年重点抓三件事。", FILL * 4]
    assert split_assistant_chat([Block(t) for t in lines]) is None
