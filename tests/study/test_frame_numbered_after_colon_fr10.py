"""A count whose colon opens a run numbered exactly as far (两个项目，即是：（甲）…；（乙）…) is a
listed frame whatever its noun — the writer introduced and numbered its things — and the stems
甲乙丙 number a bracketed run as （一）（二） do; a run that goes past the count, or a count of
time or people, is no such frame. Sentences written for these tests."""

from __future__ import annotations

import pytest
from sentence_frames import frames_of


@pytest.mark.parametrize(
    "sentence, phrase, items",
    [
        (
            "这样，这一条就有两个项目，即是：（甲）整顿财务制度；（乙）清理历史欠账。我们提出这个项目是有理由的。",
            "两个项目",
            ["整顿财务制度", "清理历史欠账"],
        ),
        (
            "今年要办三件实事，即：（甲）修通乡村公路；（乙）建好卫生院；（丙）改造老旧小区。",
            "三件实事",
            ["修通乡村公路", "建好卫生院", "改造老旧小区"],
        ),
    ],
)
def test_a_run_numbered_after_the_colon_lists_the_count(sentence, phrase, items):
    found = {f.phrase: f for f in frames_of(sentence)}
    assert phrase in found and found[phrase].items == items, [
        (f.phrase, f.items) for f in found.values()
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the run goes on past the count: it numbers something else
        "这一条就有两个项目，即是：（甲）整顿财务制度；（乙）清理历史欠账；（丙）补齐台账。",
        # time, however numbered
        "整改用了三个月：（一）摸底排查；（二）集中整治；（三）总结验收。",
    ],
)
def test_no_listed_frame_when_the_run_does_not_fit(sentence):
    listed = [f for f in frames_of(sentence) if f.listed and f.number in (2, 3)]
    assert not any(f.phrase in ("两个项目", "三个月") for f in listed), [
        (f.phrase, f.items) for f in listed
    ]
