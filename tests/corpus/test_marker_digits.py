"""A point whose text starts with digits that name a thing — 3、5G网络…, 6、4G和5G…, 2、2015年…
— is still a point of its run; digits that are a second number (1、2月份…, 97、98年…) keep the
paragraph prose. Our own sentences."""

from __future__ import annotations

from drafter.corpus.markers import match_marker
from tests.corpus.conftest import levelled

_P = "这项工作牵涉面广，各部门要加强协同，把任务分解到人，按月检查进度，确保年底前见到成效。"


def test_a_point_opening_with_a_named_number_stays_in_its_run() -> None:
    paras = ["关于网络建设的几点意见", "今天讲三个问题。", "一、建设任务", _P]
    paras += ["1、骨干网要扩容。" + _P, _P, "2、城区要补盲。" + _P, _P]
    paras += ["3、5G基站要提前布局。" + _P, _P, "二、保障措施", _P]
    paras += ["1、资金要到位。" + _P, _P, "2、2015年的欠账要还清。" + _P, _P]
    tree = levelled("\n\n".join(paras))
    assert tree == [
        (1, "一、建设任务"),
        (2, "1、骨干网要扩容"),
        (2, "2、城区要补盲"),
        (2, "3、5G基站要提前布局"),
        (1, "二、保障措施"),
        (2, "1、资金要到位"),
        (2, "2、2015年的欠账要还清"),
    ]


def test_a_second_number_after_the_mark_is_prose() -> None:
    assert match_marker("1、2月份全市经济运行平稳。") is None
    assert match_marker("97、98年是公司确立地位的关键时期。") is None
    m = match_marker("6、4G和5G要协同发展。")
    assert m is not None and (m.ordinal, m.rest) == (6, "4G和5G要协同发展。")
