"""A count by the measure words 场, 道 and 支 (打好三场硬仗, 把好三道关口, 建强三支队伍) is a frame when it closes the
lead that announces as many sub-sections — the sentence the roadmap reads as a counted
statement (session 45) — and its items are those sections; elsewhere such a count is a count
of things (三场比赛, 三道菜) and no frame (session 46, fr7; blind set 9 missed both)."""

from __future__ import annotations

import pytest
from sentence_frames import frames_of

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def _speech(lead: str, heads: list[str]) -> str:
    """A talk whose second part opens with ``lead`` over the sub-sections ``heads``."""
    parts = "".join(
        f"（{n}）{h}\n\n这项工作要抓紧抓实，确保按期完成。\n\n" for n, h in zip("一二三四", heads)
    )
    return (
        "在年度工作会议上的讲话\n\n同志们：\n\n今天的会议很重要。\n\n"
        "一、过去一年的工作\n\n一年来，各项工作稳步推进。\n\n"
        f"二、今年的工作\n\n今年任务很重。{lead}\n\n{parts}"
        "同志们，让我们团结一心，奋发有为！\n"
    )


@pytest.mark.parametrize(
    "lead, phrase, heads",
    [
        (
            "我们必须重点打好三场硬仗。",
            "三场硬仗",
            ["打好市场拓展硬仗", "打好降本增效硬仗", "打好人才队伍硬仗"],
        ),
        (
            "我们要重点把好三道关口。",
            "三道关口",
            ["把好人选政治关", "把好结构优化关", "把好依法选举关"],
        ),
        (
            "我们要着力建强三支队伍。",
            "三支队伍",
            ["建强专职网格员队伍", "建强志愿服务队伍", "建强人民调解员队伍"],
        ),
    ],
)
def test_a_measure_count_closing_the_lead_counts_its_sections(lead, phrase, heads):
    study = analyze(parse_text(_speech(lead, heads), "t.txt"))
    found = [f for f in study.frames if f.phrase == phrase]
    assert found and found[0].items == heads, [(f.phrase, f.items) for f in study.frames]
    # and the sentence is the roadmap of those sections (blind set 14 x03: 支 was no count)
    assert [r.text for r in study.roadmap] == [lead], [r.text for r in study.roadmap]


def test_the_count_must_match_the_sections():
    heads = ["打好市场拓展硬仗", "打好降本增效硬仗"]
    frames = analyze(parse_text(_speech("我们必须重点打好三场硬仗。", heads), "t.txt")).frames
    assert not [f for f in frames if "三场" in f.phrase], [f.phrase for f in frames]


@pytest.mark.parametrize(
    "sentence",
    [
        "上周我们和兄弟单位进行了三场比赛，大家都很尽兴。",
        "这次接待一共上了三道菜，既节俭又实惠。",
        "今年全县举办了五场招聘会，帮助两千多人找到工作。",
        "去年县里组建了三支应急救援队伍，随时听候调遣。",
    ],
)
def test_a_measure_count_of_things_is_no_frame(sentence):
    phrases = [f.phrase for f in frames_of(sentence)]
    assert not any(("场" in p or "道" in p or "支" in p) for p in phrases), phrases
