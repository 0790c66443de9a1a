"""A counted statement ending a lead-in is a roadmap whatever its verb (session 45, rm46).

The convention (tests/study/gold/README.md, "Settled, session 45"): 重点抓好五个方面的工作。 /
我体会最深的是两点。 / 这一年，我们主要做了四件事。 announce the parts when the parts follow as
headings or numbered or run-in paragraphs; a count of things never laid out as parts is a frame
only. Own fixtures first (one report, one talk), then the real texts the gold was corrected on
(../shared; skipped when absent).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.roadmap.counted_statements import statement_counts

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
GOLD = Path(__file__).resolve().parent / "gold"

REPORT = """县政府工作报告

各位代表：

一、过去一年工作回顾

一年来，我们主要抓了三个方面工作。

（一）稳住经济基本盘

全县生产总值增长百分之五，就业总体稳定。

（二）推动产业升级

新引进项目二十个，技术改造投资增长一成。

（三）办好民生实事

新建学校两所，改造老旧小区四十个。

二、今年工作安排

LEAD

（一）抓项目

项目是发展的抓手，要盯住不放。

（二）抓改革

改革要往深里走，往实里走。

（三）抓民生

民生无小事，要件件落到实处。

各位代表！让我们团结一心，再创佳绩！
"""

TALK = """在青年干部座谈会上的讲话

同志们：

今天听了大家的发言，很受启发。LEAD

第一，要多学习。学习是立身之本，一天也不能放松。

第二，要多实践。到基层去，到群众中去，在实践中长本事。

同志们，希望大家不负韶华，不负期望！
"""


def _roadmaps(text: str, lead: str):
    return [r for r in analyze(parse_text(text.replace("LEAD", lead), "t.txt")).roadmap]


@pytest.mark.parametrize(
    "sentence, counts",
    [
        ("重点抓好五个方面的工作。", [5]),
        ("我体会最深的是两点。", [2]),
        ("这一年，我们主要做了四件事。", [4]),
        ("郑重作出三点承诺。", [3]),
        ("今天我想和大家一起剖析几个案例。", [None]),
        ("我决定给大家送三个“锦囊”。", [3]),
        ("我认为要从岗位职级、干部配置两个角度来调整。", [2]),
        # the count closes nothing, points back, is time, a decimal, a deed or an inline item
        ("三民主义和共产主义两个主义比较起来，有相同的部分，也有不同的部分。", []),
        ("这两条对我们都有好处。", []),
        ("用了三个月时间。", []),
        ("发电机增长六点七倍。", []),
        ("中央政治局曾对其中的几个重要问题作了结论。", []),
        ("全省城乡居民收入稳步增长，十方面民生实事圆满完成。", []),
        ("这些问题是：游击区和根据地，敌我之间的几种包围。", []),
        ("有哪几点要注意？", []),
        # not the speaker's plan now: others, an earlier occasion, what he owns, a third party's gift
        ("他们在聊天时提到三件事。", []),
        ("我上次有三点意见。", []),
        ("我们有三个工厂。", []),
        ("政府给大家三个名额。", []),
        ("过去一年，我们重点抓了五个方面工作。", [5]),
        # the count reported to the room (fit px50c: modern_blind14 x02's 县委将重点抓好三件事，
        # 在这里向各位老领导作个报告。); a clause of anything else after the count still ends none
        ("明年，局里打算办好四件实事，在这里向大家作个汇报。", [4]),
        ("今年重点推进两项改革，向各位代表报告一下。", [2]),
        ("今年重点推进两项改革，向各位代表表示感谢。", []),
        ("我们办好了三件事，大家都很满意。", []),
    ],
)
def test_statement_counts(sentence, counts):
    assert statement_counts(sentence) == counts


def test_counted_statement_reported_to_the_room_over_run_ins():
    """A lead whose count is reported to the listeners, over run-in 一是…二是 paragraphs, is a
    roadmap linking them (fit px50c, modern_blind14 x02)."""
    text = TALK.replace("第一，", "一是").replace("第二，", "二是")
    got = _roadmaps(text, "新的一年，我们打算办好两件事，在这里向大家作个汇报。")
    assert [(r.count, r.labels) for r in got] == [(2, ["一是要多学习", "二是要多实践"])]


def test_counted_lead_over_numbered_sections():
    found = [
        r for r in _roadmaps(REPORT, "今年重点抓好三个方面的工作。") if "三个方面的工作" in r.text
    ]
    assert len(found) == 1 and found[0].count == 3 and found[0].warning is None
    assert found[0].labels[0].startswith("（一）抓项目") or "抓项目" in found[0].labels[0]
    # the review's own counted lead (三个方面工作 over its three sections) is one too
    assert any(
        "主要抓了三个方面工作" in r.text for r in _roadmaps(REPORT, "今年重点抓好三个方面的工作。")
    )


def test_counted_lead_off_by_one_warns():
    found = [r for r in _roadmaps(REPORT, "今年重点抓好四个方面的工作。") if "四个方面" in r.text]
    assert len(found) == 1 and found[0].count == 4 and len(found[0].sections) == 3
    assert found[0].warning


def test_count_of_things_done_is_no_roadmap():
    lead = "全县生产总值增长百分之五，十件民生实事圆满完成。"
    assert not [r for r in _roadmaps(REPORT, lead) if "民生实事" in r.text]


def test_counted_statement_over_numbered_paragraphs():
    found = [r for r in _roadmaps(TALK, "我体会最深的是两点。") if "两点" in r.text]
    assert len(found) == 1 and found[0].count == 2 and len(found[0].sections) == 2


def test_count_the_parts_do_not_bear_out_warns():
    # three counted, two numbered parts the outline reads as sections: the count and its noun
    # close the sentence, so the sections are what it counts, and the trainee is warned
    found = [r for r in _roadmaps(TALK, "我体会最深的是三点。") if "三点" in r.text]
    assert len(found) == 1 and len(found[0].sections) == 2 and found[0].warning


def test_count_further_back_is_no_roadmap():
    lead = "我们对三个部门的意见做了梳理，大家都很认真。"
    assert not [r for r in _roadmaps(TALK, lead) if "三个部门" in r.text]


# the real sentences the corrected gold now marks, which the rule reads (the gold files carry
# their links; the test asks the analysis finds each with as many parts as the gold gives)
REAL = [
    ("study_heldout_b12.json", "gwr_national_2000", "着重抓好四个环节"),
    ("study_heldout_b31.json", "吉林", "重点做好八个方面工作"),
    ("study_heldout_b34.json", "gwr_national_2009", "年内要重点抓好五个方面"),
    ("study_heldout_b41.json", "重庆", "主要抓了九个方面工作"),
    ("study_dev_b10.json", "20161201", "我们设置了内部控制的三层防线"),
    ("study_dev_b11.json", "20130527", "要从岗位职级、干部配置两个角度来调整"),
    ("study_heldout_b29.json", "20080131", "觉得地区部的汇报有几个问题"),
    ("study_heldout_b18.json", "第五卷_051", "中国有两条缺点，同时又是两条优点"),
]


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (the real texts) is absent")
@pytest.mark.parametrize("gold, stem, words", REAL)
def test_real_counted_statements(gold, stem, words):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from study_scoring import gold_document

    entry = next(e for e in json.loads((GOLD / gold).read_text("utf-8")) if stem in e["file"])
    link = entry["roadmap_links"][entry["roadmap"].index(words)]
    found = [r for r in analyze(gold_document(entry, SHARED)).roadmap if words in r.text]
    assert len(found) == 1, f"{entry['file']}: {words}"
    assert len(found[0].sections) == len(link["parts"])
    assert found[0].warning is None


LABELLED = """开学典礼上的讲话

同学们：

新学期开始了，校长让我给大家讲几句话。我决定给大家送三个“锦囊”。

锦囊一：一把尺子

做人做事要有标准，量别人之前先量自己。

锦囊二：一双草鞋

路要一步一步走，脚踏实地才能走得远。

锦囊三：一盏灯

心里有光，遇到困难也不会迷路。

祝同学们新学期学习进步！
"""


def test_counted_lead_over_intertitles_numbered_after_a_noun():
    # 锦囊一：… 锦囊三： (the outline's intertitles numbered after the writer's own noun) are
    # sections numbered from 1, as 一、… 三、 are
    found = [r for r in _roadmaps(LABELLED, "") if "三个“锦囊”" in r.text]
    assert len(found) == 1 and found[0].count == 3 and len(found[0].sections) == 3


def test_quoted_abbreviation_over_its_sections():
    # “三抓”: its one character in each of the three sections' headings (set 12's 三慎, px48c)
    found = [r for r in _roadmaps(REPORT, "今年重点要在“三抓”上下功夫。") if "三抓" in r.text]
    assert len(found) == 1 and found[0].count == 3 and len(found[0].sections) == 3
    # an abbreviation whose character the headings do not hold announces nothing
    assert not [r for r in _roadmaps(REPORT, "今年重点要在“三严”上下功夫。") if "三严" in r.text]


def test_counted_statement_before_an_aside():
    # the count, then one sentence of exhortation with no count: still the roadmap (px48c)
    lead = "今年重点抓好三个方面的工作。各单位要结合自身实际，把措施定实，防止大而化之。"
    found = [r for r in _roadmaps(REPORT, lead) if "重点抓好" in r.text]
    assert len(found) == 1 and found[0].count == 3 and len(found[0].sections) == 3
    # an aside that counts something itself, or a count the sections do not bear out: none
    lead = "今年重点抓好三个方面的工作。各单位要拿出两套方案，把措施定实。"
    assert not [r for r in _roadmaps(REPORT, lead) if "重点抓好" in r.text]
    lead = "今年重点抓好四个方面的工作。各单位要结合自身实际，把措施定实。"
    assert not [r for r in _roadmaps(REPORT, lead) if "重点抓好" in r.text]


PAST_ONE = """在招商推介会上的致辞

尊敬的各位嘉宾：

大家好！欢迎各位朋友来到推介会现场，共叙友谊、共谋发展。

本县地处省境西南，近年来经济保持较快增长，去年生产总值达到三百亿元。今天，我向大家推介本县的“三个优势”。

这里山清水秀、四季分明，森林覆盖率达到六成以上，去年接待游客一千万人次。

这是一片交通便捷的开放之地

两条高速公路在县域交会，城际铁路已经通车，一小时可达机场。

这是一片产业集聚的发展之地

三大主导产业加快壮大，规模以上工业企业增加到一百六十家。

这是一片服务贴心的兴业之地

企业开办一天办结，项目审批全程代办，让投资者省心、安心。

各位嘉宾，欢迎大家到本县投资兴业！谢谢大家！
"""


@pytest.mark.parametrize(("heads", "linked"), [(3, True), (4, False)])
def test_a_count_with_one_plain_paragraph_before_the_sections(heads: int, linked: bool):
    # 我向大家推介…“三个优势”。 then a paragraph on the scenery, then three unnumbered headings:
    # the count announces them; with a fourth heading it counts something else
    text = PAST_ONE
    if heads == 4:
        text = text.replace(
            "各位嘉宾，欢迎", "这是一片宜居宜业的幸福之地\n\n教育医疗资源丰富。\n\n各位嘉宾，欢迎"
        )
    roads = [r for r in analyze(parse_text(text)).roadmap if "三个优势" in r.text]
    assert [len(r.sections) for r in roads] == ([3] if linked else [])
