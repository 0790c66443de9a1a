"""Items a long text names in passing by ordinals that echo the count, sentences or paragraphs
apart (issue 11, items of the long-essay batches 38/39 and batch 19): 分为两个时期。…为第一时期，
即组织时期。…第二时期，即革命时期 / 可分为三个阶段。A为第一个阶段。…¶ B为第二阶段 / 有两种变化。
第一种是向下的。…第二种变化，即向上的变化 were found as frames with no items. Own fixtures first,
then the real texts by path (skipped without ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus.load import load_document, parse_text
from drafter.study.analyze import analyze

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
MAO = SHARED / "corpus" / "speeches" / "mao"


def _frames(body: str) -> dict[str, list[str]]:
    text = "在全市工作会议上的讲话\n同志们：\n" + body + "\n同志们，让我们共同努力！\n"
    study = analyze(parse_text(text, "/tmp/会议.txt"), rate=220)
    return {f.phrase: f.items for f in study.frames}


def test_parts_named_after_ji_sentences_apart():
    frames = _frames(
        "全市的改革，大约分为两个时期。前年一月至九月为第一时期，即试点时期。此时期内，"
        "各区只在少数街道试行，参加的单位不过几十个，群众也还不大知道。"
        "去年十月至今年一月为第二时期，即推广时期。参加的单位增加到几百个。"
    )
    assert frames["两个时期"] == ["试点时期", "推广时期"]


def test_parts_named_before_wei_over_paragraphs():
    frames = _frames(
        "我市开发区的建设，可分为三个阶段。二〇〇一年至二〇〇五年为第一个阶段。"
        "这个阶段主要是修路架桥，招商引资刚刚起步。\n"
        "二〇〇六年和二〇〇七年为第二阶段。企业陆续进驻，厂房越建越多。\n"
        "二〇〇八年到现在为第三阶段。园区的产值翻了两番。"
    )
    assert frames["三个阶段"] == [
        "二〇〇一年至二〇〇五年",
        "二〇〇六年和二〇〇七年",
        "二〇〇八年到现在",
    ]


def test_a_part_named_again_is_passed_over():
    frames = _frames(
        "这几年，我们的财力有两种不同的变化。第一种是向下的。土地收入减少了很多，"
        "这一点要看清楚。然而必须看到第二种变化，即向上的变化。税源扩大了，结构也改善了。"
        "这第二种变化，给了我们信心。"
    )
    assert frames["两种不同的变化"] == ["向下的", "向上的变化"]


def test_a_run_past_the_number_gives_no_items():
    frames = _frames(
        "工作大约分为两个时期。一月至三月为第一时期，即准备时期。四月至六月为第二时期，即实施时期。"
        "七月至九月为第三时期，即总结时期。"
    )
    assert frames.get("两个时期", []) == []


def test_the_run_of_a_second_count_of_the_same_noun_is_its_own():
    frames = _frames(
        "我们的合作，是在三个不同的阶段中发展着的，三个阶段的经验都很宝贵。\n"
        "我们的队伍建设，也可以分为三个阶段。第一阶段，是组建队伍。第二阶段，是培训骨干。"
        "第三阶段，是全面推开。"
    )
    assert frames.get("三个不同的阶段", []) == []


def _real(name: str):
    path = MAO / name
    if not path.exists():
        pytest.skip(f"{path} is absent (the real texts live in ../shared)")
    return {f.phrase: f.items for f in analyze(load_document(path)).frames}


def test_real_hunan_report_two_periods():
    frames = _real("第一卷_002 湖南农民运动考察报告.md")
    assert frames["两个时期"] == ["组织时期", "革命时期"]


def test_real_protracted_war_two_changes():
    frames = _real("第二卷_009 论持久战.md")
    assert frames["两种不同的变化"][0] == "向下的"
    assert frames["两种变化"][1].startswith("向上的")
