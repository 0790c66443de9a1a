"""Parts that open with the sector or item they are about (session 34, helper rm1).

A plan's report lays its measures and targets out one paragraph each, opening with a label set
off by a comma (煤炭工业，… / 石油工业，… / 电力工业，…), after a pointer (…将采取以下措施： /
…主要指标安排如下。) or a turn to the talk (下面，着重讲一下…): gwr_national_1980 twice (batch 35)
and gwr_national_1982 (batch 12) in the gold. Our own report below; what keeps a run out is
tried too (clauses opening with a time, a preposition or 的; fewer than three labels).
"""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

HEAD = """关于明年计划的报告

各位代表：

明年的任务很重，各方面都要抓紧。ANNOUNCE

"""
LABELLED = [
    "粮食生产，播种面积稳定在去年的水平，单产再提高一些，良种要提前备好，化肥农药要及早调运，"
    "防止误了农时。",
    "水利建设，抓紧完成三座中型水库的配套工程，冬修任务要提前下达，资金由省里和县里共同承担，"
    "劳力以受益村为主。",
    "乡镇工业，重点发展农副产品加工，不搞重复建设，已经上马的项目要算好账，亏损的要限期扭转。",
    "交通运输和邮电建设，新修公路二百公里，县县通电话，山区的路要先修，边远乡镇的邮路要通。",
]
TAIL = "\n\n各位代表，让我们共同努力！\n"


def _roadmap(announce: str, paras: list[str]):
    doc = parse_text(HEAD.replace("ANNOUNCE", announce) + "\n\n".join(paras) + TAIL, "t.txt")
    study = analyze(doc)
    texts = [p.text for p in doc.paragraphs()]
    return [
        (r.count, [texts[i][:4] for i in r.sections]) for r in study.roadmap if r.text == announce
    ]


@pytest.mark.parametrize(
    "announce",
    ["为此，将采取以下措施：", "明年的主要安排如下。", "下面，着重讲一下几项建设的安排"],
)
def test_labelled_paragraphs_are_the_parts(announce: str):
    assert _roadmap(announce, LABELLED) == [
        (None, ["粮食生产", "水利建设", "乡镇工业", "交通运输"])
    ]


def test_a_named_count_is_kept():
    assert _roadmap("为此，将采取以下四项措施：", LABELLED) == [
        (4, ["粮食生产", "水利建设", "乡镇工业", "交通运输"])
    ]


def _relabel(labels: list[str]) -> list[str]:
    return [lab + p.split("，", 1)[1] for lab, p in zip(labels, LABELLED)]


@pytest.mark.parametrize(
    "paras",
    [
        LABELLED[:2],  # two labels: too few to show a layout
        _relabel(["今年以来，", "去年冬天，", "目前，", "同时，"]),  # times and connectives
        _relabel(["对农村来说，", "从城市看，", "在边疆，", "按老办法，"]),  # prepositions
        _relabel(["我们的工作，", "他们的意见，", "大家的建议，", "群众的要求，"]),  # 的
    ],
)
def test_clauses_are_no_labels(paras: list[str]):
    assert _roadmap("为此，将采取以下措施：", paras) == []
