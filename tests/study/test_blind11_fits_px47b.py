"""Fits after the eleventh blind set's score (session 47, px47b), on text written for these
tests: a count of named villages or towns (甲、乙、丙3个村) is a count of places, no frame,
while a count of points stays one; a meeting's agenda (会议的主要任务是：) before the speaker's
own plan is no roadmap, while a pointer over the talk's parts stays one."""

from __future__ import annotations

import pytest
from sentence_frames import frames_of, items_named

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


@pytest.mark.parametrize(
    "sentence",
    [
        "全镇以柳湾、上塘、青石3个村为试点，先行推开。",
        "全镇以柳湾、上塘、青石3个乡镇为试点，先行推开。",
        "全县以柳湾、上塘、青石三个社区为试点，先行推开。",
    ],
)
def test_named_villages_counted_are_no_frame(sentence):
    assert not frames_of(sentence), [f.phrase for f in frames_of(sentence)]


def test_a_count_of_points_with_arabic_digits_stays_a_frame():
    assert items_named("我们重点推进产业、生态、文化3个方面的工作。", "3个方面") == [
        "产业",
        "生态",
        "文化",
    ]


def _roadmaps(text: str) -> list[str]:
    return [r.text for r in analyze(parse_text(text)).roadmap]


def test_a_meeting_s_agenda_is_no_roadmap_but_the_talk_s_plan_is():
    text = (
        "在全县环保工作会议上的讲话\n\n同志们：\n\n今天召开全县环保工作会议，会议的主要任务是：\n\n"
        "1.总结去年工作；\n\n2.分析当前形势；\n\n3.部署今年任务。\n\n"
        "下面，我讲两点意见。\n\n一、认清形势\n\n形势依然严峻。\n\n二、抓好落实\n\n落实要有力。\n"
    )
    roads = _roadmaps(text)
    assert not [r for r in roads if "任务是" in r], roads
    assert any("两点意见" in r for r in roads), roads


def test_a_plan_s_tasks_pointer_stays_a_roadmap():
    text = (
        "在预算工作会议上的讲话\n\n全面预算的主要任务是：\n\n1.明确目标，年初定好盘子。\n\n"
        "2.控制成本，按月对表。\n\n3.考核兑现，年终算账。\n\n大家回去以后要认真落实。\n"
    )
    assert any("主要任务是" in r for r in _roadmaps(text))
