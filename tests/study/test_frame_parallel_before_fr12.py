"""A pointer count closes the units written alike right before it, parted by commas or by
nothing (在A，在B，在C，这三类地方; 产品，服务这两个东西; 对住房医疗养老这三件事), exactly as many as
it says; and a count right after a list whose every part closes on 的 counts those kinds
(比较主动的、一般的和比较被动的三部分人). Sentences written for these tests."""

from __future__ import annotations

import pytest
from sentence_frames import frames_of


@pytest.mark.parametrize(
    ("sentence", "phrase", "items"),
    [
        (
            "目前在城市社区，在农村乡镇，在工业园区，这三类地方的情况各不相同，工作方法也要有所区别。",
            "三类地方",
            ["城市社区", "农村乡镇", "工业园区"],
        ),
        (
            "说到底，产品，服务这两个东西是分不开的，哪一个都不能丢。",
            "两个东西",
            ["产品", "服务"],
        ),
        ("调查表明，群众对住房医疗养老这三件事最关心。", "三件事", ["住房", "医疗", "养老"]),
        (
            "一个制造业，一个服务业，这两个行业比较起来，谁吸纳就业的能力更强？",
            "两个行业",
            ["制造业", "服务业"],
        ),
        (
            "每个单位大致都有比较主动的、一般的和比较被动的三部分人，领导要善于团结中间、带动后进。",
            "三部分人",
            ["比较主动", "一般", "比较被动"],
        ),
    ],
)
def test_units_written_alike_before_a_count_are_its_items(sentence, phrase, items):
    found = {f.phrase: f.items for f in frames_of(sentence)}
    assert found.get(phrase) == items, found


def test_one_unit_more_than_the_count_reads_no_items():
    # four cities written alike before 这三个城市: the count is not theirs alone
    sentence = "在北京，在上海，在广州，在深圳，这三个城市的房价涨得最快。"
    assert not any(f.items for f in frames_of(sentence)), [
        (f.phrase, f.items) for f in frames_of(sentence)
    ]
