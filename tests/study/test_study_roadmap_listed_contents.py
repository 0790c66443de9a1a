"""Roadmap classes from the session-36 census of the gold's misses (helper rm3).

* a list of the headings to come (目录式提纲句): 主要的方针有下列各项：A；B；… (b19),
  我们将依次说明下列的问题：A，B，… (b38), 从A、B、C、D这四个主要方面… (b37) — the items are the
  headings that follow, each in its own heading, in order; the lead points ahead or counts;
* an order of parts over two sentences (下面，我先报告一下A，因为…。然后，再就B…作若干必要的
  说明。, b35) or with verbs of analysis (我们就先来分析A，然后再着重地分析B, b20);
* parts that each open with the item they give, closed by a colon, after a pointer
  (…增长的情况如下列： then 钢：… / 发电量：… / 原煤：…, b36), or the two sides a sentence names
  (战争的双方有如下…特点。 then （一○）日本方面：… / （一一）中国方面：…, b38).

Each on a text written here first (and what keeps a sentence out), then on the real text it
was read in (skipped without ../shared).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus.load import load_document, parse_text
from drafter.study.analyze import analyze
from drafter.study.roadmap.sentence import order_runs_on, roadmap_count

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _roads(text: str) -> list[tuple[str, int | None, list[str]]]:
    doc = parse_text(text, "t.txt")
    paras = [p.text for p in doc.paragraphs()]
    return [(r.text, r.count, [paras[i][:6] for i in r.sections]) for r in analyze(doc).roadmap]


CONTENTS = """关于今后工作的报告

同志们：

今年的形势总的是好的。LEAD

一、抓紧农业生产

农业是基础，要稳定面积，提高单产，把水利修好。

二、发展工业建设

工业要抓好重点项目，新上的项目要算好账。

三、改进商业工作

商业要搞活流通，把城乡市场都照顾到。

同志们，让我们共同努力！
"""


@pytest.mark.parametrize(
    "lead",
    [
        "今后的工作有下列各项：（一）农业生产；（二）工业建设；（三）商业工作。这三项都要抓紧。",
        "为此，我们将依次说明下列的问题：农业生产，工业建设，商业工作。",
        "报告从农业、工业和商业这三个方面总结了今年的工作。",
    ],
)
def test_a_list_of_the_headings_to_come_announces_them(lead: str):
    roads = [r for r in _roads(CONTENTS.replace("LEAD", lead)) if r[0] in lead]
    assert [r[2] for r in roads] == [["一、抓紧农业", "二、发展工业", "三、改进商业"]]


@pytest.mark.parametrize(
    "lead",
    [
        # no pointer and no count before the colon: a list of goals, not the parts (standing
        # mid-lead; one ending the lead is read as a table of contents, 矛盾论's 这些问题是：…)
        "今年的主要目标是：农业生产稳定，工业建设加快，商业工作搞活。这些都能做到。\n\n要有信心。",
        # items that are not the headings (no words in common)
        "今后要注意下列各项：节约开支，精简会议，改进文风。",
        # a count the headings do not match
        "报告从农业、工业、商业和外贸这四个方面总结了今年的工作。",
    ],
)
def test_lists_that_are_not_the_headings_announce_nothing(lead: str):
    assert [r for r in _roads(CONTENTS.replace("LEAD", lead)) if r[0] in lead] == []


ORDER = """在工作会议上的讲话

同志们：

这次会议开得很好。下面，我先讲一讲今年的形势，因为这是安排工作的依据。然后，再就明年的任务，作一些必要的说明。

一、今年的形势

今年经济运行平稳，各项事业都有进步。

二、明年的任务

明年要抓好改革，抓好发展，抓好稳定。
"""


def test_an_order_over_two_sentences_announces_the_sections():
    first = "下面，我先讲一讲今年的形势，因为这是安排工作的依据。"
    assert order_runs_on(first, "然后，再就明年的任务，作一些必要的说明。")
    assert not order_runs_on(first, "这些情况大家都清楚。")
    assert not order_runs_on("他先讲了今年的形势。", "然后，再就明年的任务，作了说明。")
    roads = [r for r in _roads(ORDER) if r[0] == first]
    assert [(r[1], r[2]) for r in roads] == [(None, ["一、今年的形", "二、明年的任"])]


def test_verbs_of_analysis_order_the_parts_as_verbs_of_saying_do():
    assert roadmap_count("我们就先来分析甲的问题，然后再着重地分析乙的问题。") is None
    assert roadmap_count("我们先来研究甲，然后再研究乙。") is None
    assert roadmap_count("我们先调查一下，然后再研究决定。") is False  # no order of parts


FIGURES = """关于五年计划的报告

各位代表：

五年内主要产品的产量增长的情况如下列：

钢：从一百万吨增加到四百万吨。

原煤：从六千万吨增加到一亿吨。

粮食：达到三千八百亿斤。

这些指标都是经过反复计算的。
"""


def test_parts_opened_by_an_item_and_a_colon_are_the_parts():
    roads = [r for r in _roads(FIGURES) if "如下列" in r[0]]
    assert [r[2] for r in roads] == [["钢：从一百万", "原煤：从六千", "粮食：达到三"]]


def test_a_dialogue_and_two_items_are_no_such_parts():
    two = FIGURES.replace("粮食：达到三千八百亿斤。\n\n", "")
    assert [r for r in _roads(two) if "如下列" in r[0]] == []
    dialogue = FIGURES.replace("钢：", "问：").replace("原煤：", "答：").replace("粮食：", "问：")
    assert [r for r in _roads(dialogue) if "如下列" in r[0]] == []


def _real(rel: str) -> tuple[list[str], list]:
    path = SHARED / rel
    if not path.is_file():
        pytest.skip(f"{path} is absent (../shared holds the real texts)")
    doc = load_document(path)
    return [p.text for p in doc.paragraphs()], analyze(doc).roadmap


@pytest.mark.parametrize(
    ("rel", "words", "first", "parts"),
    [
        (
            "corpus/speeches/mao/第二卷_008 抗日游击战争的战略问题.md",
            "主要的方针有下列各项",
            "第四章",
            6,
        ),
        ("corpus/speeches/mao/第二卷_009 论持久战.md", "我们将依次说明下列的问题", "（六○）", 11),
        ("corpus/scale/reports/gwr_national_1964.txt", "这四个主要方面", "第一，农业", 4),
        ("corpus/scale/reports/gwr_national_1986.txt", "我先报告一下", "一、“六五”", 4),
        ("corpus/speeches/mao/第一卷_018 矛盾论.md", "然后再着重地分析", "二", 2),
        ("corpus/scale/reports/gwr_national_1955.txt", "增长的情况如下列", "钢：", 10),
        ("corpus/speeches/mao/第二卷_009 论持久战.md", "战争的双方有如下", "（一○）日本方面", 2),
    ],
)
def test_on_the_real_texts(rel: str, words: str, first: str, parts: int):
    paras, roads = _real(rel)
    road = next(r for r in roads if words in r.text)
    assert paras[road.sections[0]].startswith(first) and len(road.sections) == parts
    assert road.warning is None
