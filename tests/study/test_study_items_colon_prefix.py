"""A count's colon list followed by clauses that go on about it, and a list whose words carry
quotes, on our own sentences (session 28, helper it4): the clauses after a colon are cut where
the count says when the first ones read as one list (opening or closing alike) and the next
does not (两个口号：守住底线，守住红线，什么是底线…); the rest of the noun phrase may hold a
quoted word before the colon (两种“进攻”：…), and a quoted word may close the first of two
items joined by 和."""

from __future__ import annotations

import pytest
from sentence_frames import items_of

from drafter.study.ordinals import parallel_prefix


@pytest.mark.parametrize(
    "sentence, phrase, items",
    [
        (
            "我们一直讲两个口号：守住底线，守住红线，什么是底线，什么是红线，大家要清楚。",
            "两个口号",
            ["守住底线", "守住红线"],
        ),
        (
            "当前要看到两类风险：市场方面的风险，技术方面的风险，这一点大家都清楚。",
            "两类风险",
            ["市场方面的风险", "技术方面的风险"],
        ),
        (
            "对手发动了两种新的“进攻”：价格“进攻”和舆论“进攻”。我们要沉着应对。",
            "两种",
            ["价格“进攻”", "舆论“进攻”"],
        ),
    ],
    ids=["opening alike", "closing alike", "quoted words"],
)
def test_colon_list_cut_where_the_count_says(sentence, phrase, items):
    assert items_of(sentence, phrase) == items


def test_one_subject_is_no_list():
    """我们…，我们… opens alike on the speaker, not on a list's shared word."""
    parts = ["我们这一期条件很严", "我们有好几百人报名", "结果只取了一些人"]
    assert parallel_prefix(parts, 2) is None


def test_the_list_must_stop_at_the_count():
    """When the clause after the count's list goes on alike, the list is longer than the count:
    no prefix is taken."""
    assert parallel_prefix(["守住底线", "守住红线", "守住黄线"], 2) is None
    assert parallel_prefix(["守住底线", "守住红线", "不要越线"], 2) == ["守住底线", "守住红线"]
