"""Announcements with no count whose parts follow all the same (session 38, helper rm4).

Three kinds the census of every study gold found missed (bench/study_quality.py --verbose):

* a speaker turning below to several things (下面，我就来说明…的若干确定的结论。) ending a lead
  right before sub-sections no marker numbers: the sections are the parts (论联合政府, b39);
* a colon over short dashed heads, each over its own body (我们的主要体会是： then ——必须坚持…。
  / its explanation / ——必须坚持…。 …): the heads are the parts (gwr 2005, b40);
* a pointer closing on a colon mid-paragraph, its first item run on and the next ones opening
  paragraphs of their own (必须把握好以下原则：一是…。 then 二是… / 三是…) (gwr 2009, b34).

Each is tried on our own text (with what keeps a sentence out) and on the real text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roadmap_scoring import score_roadmaps  # noqa: E402

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = Path(__file__).resolve().parent / "gold"

BODIES = [
    "队伍要稳。骨干要留得住，新人要带得好，这样工作才能接续下去。",
    "质量要好。每一个环节都要有人把关，出了问题要查到底。",
    "成本要低。能省的钱一定要省，该花的钱也不能舍不得。",
]


def _roadmaps(text: str, words: str):
    return [r for r in analyze(parse_text(text, "t.txt")).roadmap if words in r.text]


def _sections_opening(text: str, road) -> list[str]:
    doc = parse_text(text, "t.txt")
    return [doc.paragraphs()[i].text[:4] for i in road.sections]


TURN = """在公司年度工作会议上的讲话

同志们：

这一年大家辛苦了，成绩来之不易。ANNOUNCE

队伍问题

{}

质量问题

{}

成本问题

{}

同志们，新的一年，让我们一起努力！
""".format(*BODIES)


def test_a_turn_below_to_several_things_announces_unnumbered_sections():
    text = TURN.replace("ANNOUNCE", "下面，我就来说明我们在这一年里得出的若干确定的结论。")
    (road,) = _roadmaps(text, "若干确定的结论")
    assert road.count is None
    assert _sections_opening(text, road) == ["队伍问题", "质量问题", "成本问题"]
    assert road.warning is None


@pytest.mark.parametrize(
    "announce",
    [
        "下面，我讲一个故事。",  # one matter
        "下面谈谈我对这一年工作的粗浅体会。",  # not said to be several (rd2's call, kept)
        "今天我们来说明若干确定的结论。",  # no 下面: a time, not a pointer below
        "以上，我说明了若干确定的结论。",  # a look back
    ],
)
def test_what_keeps_a_turn_before_unnumbered_sections_out(announce):
    text = TURN.replace("ANNOUNCE", announce)
    assert _roadmaps(text, announce.rstrip("。")[-4:]) == []


HEADS = """政府工作报告

过去一年，我们在实践中思想认识得到升华。我们的主要体会是：

——必须坚持队伍建设。

{}

——必须坚持质量第一。

{}

——必须坚持成本领先。

{}

各位代表！新的一年，让我们一起努力！
""".format(*BODIES)


def test_a_colon_over_dashed_heads_with_bodies_announces_the_heads():
    (road,) = _roadmaps(HEADS, "我们的主要体会是")
    assert road.count is None
    assert _sections_opening(HEADS, road) == ["——必须"] * 3


def test_one_dashed_head_or_heads_with_no_body_announce_nothing_new():
    one = HEADS.split("——必须坚持质量第一。")[0] + "各位代表！让我们一起努力！\n"
    assert _roadmaps(one, "我们的主要体会是") == []
    # heads one after another with no body (a plain bulleted list) were read before: one
    # roadmap over the three bullets, as numbered_paragraphs reads them
    bare = HEADS
    for body in BODIES:
        bare = bare.replace(body + "\n\n", "")
    (road,) = _roadmaps(bare, "我们的主要体会是")
    assert len(road.sections) == 3


RUN_ON = """政府工作报告

一、今年的总体要求

做好今年政府工作，必须把握好以下原则：一是保队伍。{}

二是保质量。{}

三是保成本。{}

二、今年的主要任务

今年要抓好各项工作。
""".format(*BODIES)


def test_a_pointer_whose_first_item_runs_on_announces_the_numbered_paragraphs():
    (road,) = _roadmaps(RUN_ON, "必须把握好以下原则")
    assert road.text.endswith("以下原则：")
    assert len(road.sections) == 3
    assert road.warning is None


def test_a_pointer_with_all_its_items_inline_is_no_roadmap():
    inline = RUN_ON.replace("\n\n二是保质量。", "二是保质量。").replace(
        "\n\n三是保成本。", "三是保成本。"
    )
    assert _roadmaps(inline, "必须把握好以下原则") == []


@pytest.mark.parametrize(
    "gold, stem, words",
    [
        ("study_heldout_b39.json", "第三卷_025", "下面，我就来说明我们党"),
        ("study_heldout_b40.json", "gwr_national_2005", "我们的主要体会是"),
        ("study_heldout_b34.json", "gwr_national_2009", "必须把握好以下原则"),
    ],
)
def test_the_real_texts_are_found_and_linked(gold, stem, words):
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared (the real texts) is not present")
    entries = [e for e in json.loads((GOLD / gold).read_text("utf-8")) if stem in e["file"]]
    score = score_roadmaps(entries, SHARED)
    assert not any(words in m for m in score.misses)
    assert not any(words in w for w in score.wrong_links)


TOPICS = """在年度工作会议上的报告

同志们：

这一年大家辛苦了。ANNOUNCE

一、队伍建设取得新进展

{}

二、明年质量工作的任务

{}

同志们，让我们一起努力！
""".format(*BODIES[:2])


def test_the_speaker_naming_the_topics_of_the_sections_announces_them():
    """The fourth kind (b28's 19970410, b35's gwr 1980): the speaker now reports or sums up
    the topics he names, and the sections that follow are those topics, in order."""
    text = TOPICS.replace("ANNOUNCE", "现在，我着重报告今年队伍建设的情况和明年质量工作的安排。")
    (road,) = _roadmaps(text, "我着重报告")
    assert road.count is None
    assert _sections_opening(text, road) == ["一、队伍", "二、明年"]


@pytest.mark.parametrize(
    "announce",
    [
        "现在，我着重报告财务的情况和市场的安排。",  # the topics are not the sections'
        "我听了队伍建设的汇报和明年质量工作的汇报。",  # someone else's reports, heard
        "以上，我报告了队伍建设的情况和明年质量工作的安排。",  # a look back
        "队伍建设和明年质量工作都很重要。",  # no speaker delivering them
    ],
)
def test_what_keeps_named_topics_out(announce):
    text = TOPICS.replace("ANNOUNCE", announce)
    assert _roadmaps(text, announce[:6]) == []


@pytest.mark.parametrize(
    "gold, stem, words",
    [
        ("study_heldout_b28.json", "19970410", "我代表公司对96年工作进行总结"),
        ("study_heldout_b35.json", "gwr_national_1980", "现在，我着重报告1979年以来"),
    ],
)
def test_the_real_named_topics_are_found(gold, stem, words):
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared (the real texts) is not present")
    entries = [e for e in json.loads((GOLD / gold).read_text("utf-8")) if stem in e["file"]]
    score = score_roadmaps(entries, SHARED)
    assert not any(words in m for m in score.misses)
    assert not any(words in w for w in score.wrong_links)
    assert score.precision == 1.0, score.spurious
