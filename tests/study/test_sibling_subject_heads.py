"""A head the sibling headings share is a writer's frame (坚持…, 关于…, 我们要…, 学习他们…) unless it is
only their common subject — a pronoun or a proper name (我们…, 我… of 我国/我们, 中国…, 华为…): that
is the topic the headings share, and the 结构 panel listed it among the library's frames
(session 46, fr7, read over the real library's mined patterns)."""

from __future__ import annotations

import pytest

from drafter.study.siblings import clause_pattern, heading_pattern


@pytest.mark.parametrize(
    "headings",
    [
        ["我们没有看清农村", "我们要感谢我们的好先生"],
        ["我国过去是殖民地、半殖民地", "我们的革命是后进的"],
        ["中国社会", "中国革命"],
        [
            "华为的发展得益于国家政治大环境",
            "华为坚定不移只对准通信领域冲锋",
            "华为坚定不移持续变革",
        ],
    ],
)
def test_a_subject_alone_is_no_frame(headings):
    assert heading_pattern(headings) is None
    assert clause_pattern(headings) is None


@pytest.mark.parametrize(
    "headings, pattern",
    [
        (["坚持以人民为中心", "坚持改革开放", "坚持依法治国"], "坚持…"),
        (["我们要加强学习", "我们要改进作风", "我们要狠抓落实"], "我们要…"),
        (["学习他们敢闯敢试的担当精神", "学习他们扎根基层的实干精神"], "学习他们…精神"),
        (["希望各级政府敢为善为", "希望各级人大依法履职"], "希望各级…"),
    ],
)
def test_a_head_with_a_verb_stays_a_frame(headings, pattern):
    found = heading_pattern(headings)
    assert found is not None and found[0] == pattern, found
