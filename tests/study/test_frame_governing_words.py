"""A list written before its count opens with the words that govern it, which are no part of
its first item: 要按照党务政务、事务和督查督办三条主线 gave 要按照党务政务 as the first line (the
trainee walk, office-work seed); 完成生态保护红线、永久基本农田、城镇开发边界三条控制线 and 为实现推进
现代化建设、完成祖国统一、…三大历史任务 (19th congress report) kept 完成 and 为实现."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus.load import load_document, parse_text
from drafter.study.analyze import analyze
from drafter.study.frames.item_words import drop_governing_words

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.mark.parametrize(
    ("first", "others", "item"),
    [
        ("要按照党务政务", ["事务", "督查督办"], "党务政务"),  # modal and preposition
        ("完成生态保护红线", ["永久基本农田", "城镇开发边界"], "生态保护红线"),  # verb, nouns
        ("为实现推进现代化建设", ["完成祖国统一", "维护世界和平"], "推进现代化建设"),
        ("实现增长", ["扩大就业", "稳定物价"], "实现增长"),  # the verb is the item's own
        ("加强党的建设", ["发展经济", "改善民生"], "加强党的建设"),  # all verb phrases
        ("永久基本农田", ["生态保护红线", "城镇开发边界"], "永久基本农田"),
        ("停止进攻红军", ["给民众以自由", "武装民众"], "停止进攻红军"),  # two verbs, its own
        ("推翻了帝国主义", ["封建主义", "官僚资本主义"], "帝国主义"),
        ("建立了抗日的武装部队", ["战胜了敌人", "发动了民众"], "建立了抗日的武装部队"),
        ("继续实现推进现代化建设", ["完成祖国统一", "维护世界和平"], "推进现代化建设"),
    ],
)
def test_the_governing_words_go_the_items_own_stay(first, others, item):
    assert drop_governing_words(first, others) == item


def test_in_a_speech_the_first_line_of_the_frame_is_the_item():
    text = (
        "在全县办公室主任会议上的讲话\n同志们：\n今天召开会议，部署工作。\n"
        "在工作分工上，要明确责任。从总体上讲，要按照党务政务、事务和督查督办三条主线抓落实。\n"
        "同志们，让我们共同努力！\n"
    )
    study = analyze(parse_text(text, "/tmp/办公室.txt"), rate=220)
    frame = next(f for f in study.frames if f.phrase == "三条主线")
    assert frame.items == ["党务政务", "事务", "督查督办"]


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared corpus not present")
def test_the_congress_reports_lists_lose_their_verbs():
    doc = load_document(str(SHARED / "corpus" / "structure" / "cpc_congress_19.txt"))
    frames = {f.phrase: f.items for f in analyze(doc, rate=220).frames if f.listed}
    assert frames["三条控制线"][0] == "生态保护红线"
    assert frames["三大历史任务"][:2] == ["推进现代化建设", "完成祖国统一"]
