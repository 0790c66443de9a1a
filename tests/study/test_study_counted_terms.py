"""Counted lead-ins the rm46 reader missed on blind set 9 (px45b), each on an own fixture.

A count of 场/道 (打好三场硬仗 / 把好三道关口), the speaker's own quoted term closing the
lead (坚持“四个注重”), unnumbered sub-sections as many as counted, and a pointer at a table.
"""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.roadmap.counted_statements import statement_counts

SPEECH = """在年度工作会议上的讲话

同志们：

今天讲两个问题。

一、回顾过去

LEAD

PARTS

二、展望未来

明年的目标很高，大家要加油干。

同志们，让我们携起手来，再创佳绩！
"""

NUMBERED = """（一）PART1

要巩固基本盘，加快延伸链条，力争新增客户十五家。

（二）PART2

要深化平台应用，严控非生产性支出，推行承包责任制。

（三）PART3

要完善人才培养机制，让会干事的人有舞台。"""


def _study(lead: str, parts: str = NUMBERED, names=("市场拓展", "降本增效", "人才队伍")):
    for k, name in enumerate(names, 1):
        parts = parts.replace(f"PART{k}", name)
    return analyze(parse_text(SPEECH.replace("LEAD", lead).replace("PARTS", parts), "t.txt"))


@pytest.mark.parametrize(
    "sentence, counts",
    [
        ("我们必须重点打好三场硬仗。", [3]),
        ("我们要重点把好三道关口。", [3]),
        ("我们的主要做法是坚持“四个注重”。", [4]),
        # someone else's words, or a quoted term summing up the items just listed
        ("他说“我讲三点意见。”", []),
        ("首要的是做好服务决策、服务部门、服务群众这“三个服务”。", []),
    ],
)
def test_statement_counts_px45b(sentence, counts):
    assert statement_counts(sentence) == counts


def test_count_of_battles_is_roadmap():
    study = _study("要实现目标，我们必须重点打好三场硬仗。")
    assert any("三场硬仗" in r.text and r.count == 3 for r in study.roadmap)


def test_count_over_unnumbered_sections():
    parts = NUMBERED.replace("（一）", "").replace("（二）", "").replace("（三）", "")
    parts = "\n\n".join(f"**{p}**" if i % 2 == 0 else p for i, p in enumerate(parts.split("\n\n")))
    text = SPEECH.replace("LEAD", "我们要重点学好三种精神。").replace("PARTS", parts)
    study = analyze(
        parse_text(
            text.replace("PART1", "学习担当精神")
            .replace("PART2", "学习实干精神")
            .replace("PART3", "学习为民情怀"),
            "t.md",
        )
    )
    roads = [r for r in study.roadmap if "三种精神" in r.text]
    assert len(roads) == 1 and roads[0].count == 3 and len(roads[0].sections) == 3


def test_pointer_at_a_table_is_no_roadmap():
    parts = "指标\t目标\t完成\n\n投资\t3.5\t4.3\n\n项目\t30\t34"
    study = _study("主要指标完成情况如下表：", parts)
    assert not [r for r in study.roadmap if "如下表" in r.text]
