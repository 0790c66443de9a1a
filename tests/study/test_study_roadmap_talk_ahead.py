"""Announcements read by what follows them (stop 25, helper rd2), on our own speech.

A survey of every text of ../shared (bench/roadmap_survey.py) found roadmap sentences the
phrase rules missed on first contact: a speaker turning to the talk with 下面 and no count
(下面谈谈我对这次变革的粗浅体会。), a count of a noun outside the list of nouns of talk (下面
说说，我们持续成功的三个要素。), an order of topics not opened by 首先 (今天我想讲的，…，然后
讲到…), and a section closing on 就是我们在下面要来说明的 before the sections numbered on from it.
The first two are taken only where a run of numbered parts follows at once, as many as a
named count says; what keeps a sentence out is tried too.
"""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

HEAD = """在公司年度工作会议上的讲话

同志们：

这一年大家辛苦了，成绩来之不易。ANNOUNCE

"""
BODIES = [
    "队伍要稳。骨干要留得住，新人要带得好，这样工作才能接续下去。",
    "质量要好。每一个环节都要有人把关，出了问题要查到底。",
    "成本要低。能省的钱一定要省，该花的钱也不能舍不得。",
]


HEADINGS = "\n\n".join(
    f"{m}、{h}\n\n{b}" for m, h, b in zip("一二三", ("关于队伍", "关于质量", "关于成本"), BODIES)
)
NUMBERED = "\n\n".join(
    f"{m}、{h}\n\n{b}" for m, h, b in zip("123", ("关于队伍", "关于质量", "关于成本"), BODIES)
)
TWO_HEADINGS = "\n\n".join(
    f"{m}、{h}\n\n{b}" for m, h, b in zip("一二", ("关于队伍", "关于质量"), BODIES)
)
UNNUMBERED = "\n\n".join(
    f"{h}\n\n{b}" for h, b in zip(("队伍问题", "质量问题", "成本问题"), BODIES)
)
TAIL = "\n\n同志们，新的一年，让我们一起努力！\n"


def _roadmap(announce: str, parts: str):
    doc = parse_text(HEAD.replace("ANNOUNCE", announce) + parts + TAIL, "t.txt")
    return [r for r in analyze(doc).roadmap if r.text == announce]


@pytest.mark.parametrize(
    "announce, parts, count",
    [
        ("下面谈谈我对这一年工作的粗浅体会。", HEADINGS, None),  # a pointer, no count
        ("下面我围绕队伍、质量和成本，讲讲我们是怎样做的。", HEADINGS, None),
        ("下面说说，我们今年做成事情的三个要素。", NUMBERED, 3),  # 要素: no noun of talk
        ("今天我想讲的，主要是队伍的事情，然后讲到质量和成本。", HEADINGS, None),  # an order
        # a battery of our own spoken forms (bench-style, 80 announcements x 8 layouts) left
        # these four: 报告 and 提醒 as verbs before a count, 概括起来讲, 这几个 taken up now
        ("下面简要报告三个方面的工作。", HEADINGS, 3),
        ("我只想提醒三点。", HEADINGS, 3),
        ("概括起来讲，就是三句话。", HEADINGS, 3),
        ("我现在来讲一下这几个问题。", HEADINGS, None),
        # a second battery (the announcements in five places: the opening's last sentence, one
        # with a short aside after it, its own paragraph, a section's lead, the closing)
        ("我讲的主要是三个问题。", HEADINGS, 3),  # the talk now, not 我讲的三个问题 (back)
        # a third battery (informal and older spoken forms)
        ("这个问题，分三方面来说。", HEADINGS, 3),  # the talk divides its matter: no 我 needed
        ("我想用三个词来概括。", HEADINGS, 3),  # 用 takes the parts up, as 将/把
        ("今天跟大家聊三件事。", HEADINGS, 3),  # 聊 a verb of talk (not 聊天)
        ("好，有这样几个问题要讲一讲。", NUMBERED, None),  # a lead-in before 有…几个问题
        # counts in figures, as company talks and reports write them
        ("我讲3点意见。", HEADINGS, 3),
        ("我跟大家讲三点。", HEADINGS, 3),  # 大家 is whom he speaks to, not another speaker
        # words given to the listeners (送/给/留 + a count of talk), and views held for them
        ("我送大家三句话。", HEADINGS, 3),
        ("今天给大家留三个问题。", HEADINGS, 3),
        ("我对大家有三点希望。", HEADINGS, 3),
        ("我的观点有三个。", HEADINGS, 3),  # the views named before their count
        ("今年重点做好以下3个方面工作：", HEADINGS, 3),
        # topics named one by one are as good as their count
        ("今天我讲讲队伍、质量和成本问题。", HEADINGS, 3),
        ("我想就队伍、质量、成本谈谈意见。", HEADINGS, 3),
    ],
)
def test_a_turn_to_the_talk_before_numbered_parts_is_a_roadmap(announce, parts, count):
    (road,) = _roadmap(announce, parts)
    assert road.count == count
    assert len(road.sections) == 3
    assert road.warning is None


@pytest.mark.parametrize(
    "announce, parts",
    [
        ("下面说说，我们今年做成事情的三个要素。", TWO_HEADINGS),  # the count does not match
        ("下面谈谈我对这一年工作的粗浅体会。", UNNUMBERED),  # nothing numbered follows
        ("今天来座谈一下这一年工作的问题。", HEADINGS),  # a topic: no pointer, no count
        ("当然，今天我也会讲到一些不足。", HEADINGS),  # an aside (也)
        ("现在，我代表公司，向大会报告工作，请予审议。", HEADINGS),  # the report delivered whole
        ("这是我要讲的第一点。", HEADINGS),  # a part's close, not an announcement
        ("上次我讲的三个问题，大家落实得不错。", HEADINGS),  # said before
        ("他们在聊天时提到三件事。", HEADINGS),  # 聊天, and 提到 by others
        # a plan's document proposing (主要 an adjective here, not the speaker's 主要讲…)
        ("《规划》从经济、民生、安全等3个方面提出12项主要指标。", HEADINGS),
        ("提拔了2000个干部。", HEADINGS),  # a figure's last digits are no count
        ("下面由张总介绍情况。", HEADINGS),  # another speaker's talk
        ("今天我讲讲队伍、质量问题。", HEADINGS),  # two topics named, three parts: no match
        # a precision battery: 下面 for those below, and someone else speaking
        ("政府给大家三个名额。", HEADINGS),  # a gift that is no talk
        ("下面的同志说，工作压力很大。", HEADINGS),
        ("下面有人讲，这个办法不行。", HEADINGS),
        ("现在很多人说，三个问题都解决了。", HEADINGS),
        ("今天报纸上说有三个原因。", HEADINGS),
        ("这里面有人提出三个办法。", HEADINGS),
        ("现在社会上讲一些大道理。", HEADINGS),
    ],
)
def test_what_keeps_a_turn_to_the_talk_out(announce, parts):
    assert _roadmap(announce, parts) == []


SECTIONS = """关于形势和任务

第一节 过去的情况

这一年有成绩，也有问题。那么，问题出在哪里？原因是什么？办法是什么？这些问题，就是我们在下面要来说明的。

第二节 问题在哪里

问题在于重视不够。

第三节 原因是什么

原因在于制度不全。

第四节 办法是什么

办法是建章立制。
"""


def test_a_section_pointing_below_announces_the_sections_numbered_on():
    study = analyze(parse_text(SECTIONS, "t.txt"))
    (road,) = [r for r in study.roadmap if "下面要来说明" in r.text]
    assert road.labels == [
        "第二节 问题在哪里",
        "第三节 原因是什么",
        "第四节 办法是什么",
    ]


def test_a_turn_to_the_talk_with_a_short_aside_after_it():
    announce = "下面，我讲一些意见。"
    head = HEAD.replace("ANNOUNCE", announce + "讲得不对的地方，请同志们批评。")
    for parts in (HEADINGS, NUMBERED):
        study = analyze(parse_text(head + parts + TAIL, "t.txt"))
        (road,) = [r for r in study.roadmap if r.text == announce]
        assert len(road.sections) == 3


@pytest.mark.parametrize(
    "announce, markers",
    [
        ("下面，我讲一些意见。", ("第一，", "第二，", "第三，")),  # talk_ahead, first part run on
        ("我今天重点讲讲三个转变。", ("一是", "二是", "三是")),  # 转变: no noun of talk
        ("下面，我着重强调三个问题。", ("首先，", "其次，", "最后，")),  # 最后 closes the run
    ],
)
def test_an_announcement_whose_first_part_runs_on(announce, markers):
    body = "".join(
        f"{m}{b}" + ("\n\n" if k < 2 else "") for k, (m, b) in enumerate(zip(markers, BODIES))
    )
    text = HEAD.replace("ANNOUNCE", announce + body) + TAIL
    study = analyze(parse_text(text, "t.txt"))
    (road,) = [r for r in study.roadmap if r.text == announce]
    assert len(road.sections) == 3


ALIKE = "\n\n".join(
    (
        "要把队伍带好。骨干要留得住，新人要带得好，这样工作才能接续。",
        "要把质量抓好。每一个环节都要有人把关，出了问题要查到底。",
        "要把成本降下来。能省的钱一定要省，该花的钱也不能舍不得。",
    )
)


def test_a_counted_turn_to_the_talk_over_paragraphs_opening_alike():
    # no marker: only a count the paragraphs match lets the side-by-side parts be taken
    (road,) = _roadmap("我今天重点讲讲三个转变。", ALIKE)
    assert road.count == 3 and len(road.sections) == 3
    assert _roadmap("我今天重点讲讲两个转变。", ALIKE) == []
