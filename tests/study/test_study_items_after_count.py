"""Items spelled right after a count, on our own sentences (session 27, helper it3): short
clauses opening alike after a comma (总是有两点，有长处，有短处，…), and a bracketed list after a
phrase the reader cut short of its noun (四个支撑系（…系，…系，…）), and a dash after a pointer and
its count (这三种本领――A、B、C), which restates the items as a colon would; and a run of
ordinals whose first the speaker said loosely (一个是A；二是B；三是C)."""

from __future__ import annotations

import pytest
from sentence_frames import frames_of, items_of


@pytest.mark.parametrize(
    "sentence, phrase, items",
    [
        (
            "每个部门都是这样，总是有两点，有长处，有短处，不是只有一点。",
            "两点",
            ["有长处", "有短处"],
        ),
        (
            "做好这件事有三个要求，要快，要准，要稳，大家一定要记住。",
            "三个要求",
            ["要快", "要准", "要稳"],
        ),
    ],
    ids=["有…有…", "要…要…要…"],
)
def test_clauses_opening_alike_after_the_count(sentence: str, phrase: str, items: list[str]):
    assert items_of(sentence, phrase) == items


def test_a_longer_run_opening_alike_is_not_the_counts():
    sentence = "这件事有两个要求，要快，要准，要稳，要好，一样都不能少。"
    assert not any(f.phrase == "两个要求" and f.listed for f in frames_of(sentence))


def test_bracketed_items_ending_on_the_words_the_phrase_left_off():
    sentence = (
        "我们下面设四个支撑系（规划支撑系，研发支撑系，交付支撑系，服务支撑系），运转得很好。"
    )
    items = [i for f in frames_of(sentence) if f.number == 4 for i in f.items]
    assert items == ["规划支撑系", "研发支撑系", "交付支撑系", "服务支撑系"]


def test_a_dash_after_a_pointer_restates_theitems_of():
    sentence = "先学会算账，再学会管人。这三种本领――算账、管人、带队伍，是每个干部都要有的。"
    assert items_of(sentence, "三种本领") == ["算账", "管人", "带队伍"]


def test_a_dash_after_a_count_of_parties_lists_nothing():
    sentence = "我们这个项目里，主要的两个单位――设计院与施工队的合作，也必须是长期的。"
    assert not any(f.number == 2 and f.listed for f in frames_of(sentence))


def test_one_is_opening_a_run_of_two_is_three_is():
    sentence = (
        "考核我们有三个方面，一个是责任结果导向的考核；二是分层分级的述职；三是专家的晋升机制。"
    )
    assert items_of(sentence, "三个方面") == [
        "责任结果导向的考核",
        "分层分级的述职",
        "专家的晋升机制",
    ]


def test_one_is_alone_is_no_run():
    sentence = "我们有三个方面的考虑，一个是成本，这个大家都知道，还有别的考虑以后再说。"
    assert not any(f.phrase.startswith("三个方面") and f.listed for f in frames_of(sentence))


def test_an_ordinal_and_the_name_it_glosses_are_not_twoitems_of():
    sentence = (
        "这项工作大约分为两个阶段。去年春天为第一阶段，即准备阶段，主要是摸清情况。"
        "此后进入推广，一直到今天。"
    )
    frames = [f for f in frames_of(sentence) if f.phrase == "两个阶段"]
    assert frames and "第一阶段" not in frames[0].items
