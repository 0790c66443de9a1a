"""One way to write a speaking time (drafter.study.stats.spoken): the reader said 约 214 分钟,
学习 约 214 分 25 秒 and the draft 约 14 分半钟 for the same kind of figure, and none said hours."""

from __future__ import annotations

import pytest

from drafter.study.stats import spoken, spoken_for


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 秒"),
        (29, "约 29 秒"),
        (30, "约 30 秒"),
        (59, "约 59 秒"),
        (60, "约 1 分钟"),
        (74, "约 1 分钟"),
        (75, "约 1 分半"),
        (89, "约 1 分半"),
        (90, "约 1 分半"),
        (3584, "约 59 分半"),
        (3599, "约 1 小时"),  # rounds to the hour: never "约 60 分钟"
        (3600, "约 1 小时"),
        (5640, "约 1 小时 34 分"),
        (12865, "约 3 小时 34 分"),
    ],
)
def test_spoken_edges(seconds, text):
    assert spoken(seconds) == text


def test_spoken_for_counts_characters_at_the_rate():
    assert spoken_for(0, 220) == "0 秒"
    assert spoken_for(1, 600) == "约 1 秒"  # any text takes some time
    assert spoken_for(440, 220) == "约 2 分钟"
    assert spoken_for(3080, 220) == "约 14 分钟"
    assert spoken_for(3190, 220) == "约 14 分半"
