"""Session 46's cuts of spurious frames, on sentences written for these tests: a pronoun over
named bodies or units (重装旅、项目管理资源池、重大项目部…三者) and a body named by a number that
jieba's dictionary knows as an organisation (三合会) are no frames — names of institutions are
not 数字概括 (tests/study/gold/README.md) — while a pronoun over abstract items stays one."""

from __future__ import annotations

import pytest
from sentence_frames import frames_of


@pytest.mark.parametrize(
    "sentence",
    [
        "综合处、规划处和督查室都是牵头单位，三者要相互配合，不能各自为政。",
        "片联、BG和区域三者的关系应该是协同作战，而不是各自为政。",
        "市场部和研发中心两者要多沟通，把客户的声音带回来。",
    ],
)
def test_a_pronoun_over_named_bodies_is_no_frame(sentence):
    phrases = [f.phrase for f in frames_of(sentence)]
    assert not any("者" in p for p in phrases), phrases


@pytest.mark.parametrize(
    "sentence, items",
    [
        ("改革、发展、稳定三者的关系必须处理好。", ["改革", "发展", "稳定"]),
        ("集体领导和个人负责，二者不可偏废。", ["集体领导", "个人负责"]),
        ("消费和积累，二者的比例要安排好。", ["消费", "积累"]),
    ],
)
def test_a_pronoun_over_abstract_items_stays_a_frame(sentence, items):
    found = [f for f in frames_of(sentence) if "者" in f.phrase]
    assert found and found[0].items == items, [(f.phrase, f.items) for f in frames_of(sentence)]


def test_a_body_the_dictionary_knows_by_its_number_is_no_frame():
    phrases = [f.phrase for f in frames_of("他们在各地都有秘密组织，如“三合会”之类，势力不小。")]
    assert not any("三合会" in p for p in phrases), phrases
