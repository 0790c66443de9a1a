"""A part numbered 一、 with no 二、: minutes that keep one item of their agenda (or a page
cut after its first part) head the rest of the text with it. Read as no outline at all
before (a run of one is no run); see drafter/corpus/sequences.lone_part. Our own sentences,
in the shape of ren 20140725."""

from __future__ import annotations

import pytest

from tests.corpus.conftest import levelled

_P = "这项工作要抓紧推进，各部门要密切配合，把责任落实到人，确保按期完成各项任务。"
_POINTS = [
    "在这个基础上，我讲三点：",
    "1、机构要精干，不设庞大的指挥机构，前方的编制要压缩，腾出力量充实一线。" + _P,
    "2、重点要突出，每一条产品线都要聚焦主航道，不在非战略机会点上消耗力量。" + _P,
    "3、交付要做好，从合同获取到交付的各个环节，责任都要落实到具体的人。" + _P,
    "这三点做好了，利润就有了。" + _P,
    _P,
]


def test_a_lone_part_title_heads_the_rest_of_the_text() -> None:
    text = "\n\n".join(["一、关于机构调整问题的汇报", _P, *_POINTS])
    assert levelled(text) == [(1, "一、关于机构调整问题的汇报")]


@pytest.mark.parametrize(
    "first",
    [
        # a 一、 running into its sentence is an item of prose, not a part's title
        "一、关于机构调整问题，大家意见比较一致，我同意汇报的方案。",
        # a 一、 after parts of a higher rank (第一部分, 第二部分) is no lone part
        "第一部分　总体情况",
    ],
    ids=["run_in", "other_form"],
)
def test_a_lone_one_that_is_no_part_title_stays_text(first: str) -> None:
    lines = [first, _P, *_POINTS]
    if first.startswith("第一部分"):
        lines += ["第二部分　下步打算", _P, "一、关于机构调整问题的汇报", _P]
    heads = levelled("\n\n".join(lines))
    assert not any(h.startswith("一、") for _, h in heads)


def test_a_lone_part_title_needs_numbered_points_under_it() -> None:
    # nothing numbered after it: a short line over prose, not a numbered outline
    text = "\n\n".join(["一、关于机构调整问题的汇报", _P, _P, _P])
    assert levelled(text) == []
