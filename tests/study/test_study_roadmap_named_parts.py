"""A speaker takes up parts named one by one, then their count, then speaks (stop 20):
下面，我就干部队伍建设、改进工作作风和抓好工作落实三个问题讲一些意见。

The commonest formal announcement of a Chinese speech, and the rules missed it: they took a
count before the verb only right after 就/对/围绕 (就下面几个问题讲…), so the named parts in
between hid it (gwr 1957: 下面我想对于教育改革和向科学进军两个问题讲一些意见。 before the sections
关于教育改革问题 / 关于向科学进军问题). Guards: no speaking verb (…三个方面进行检查), a count of
what someone else said (关于…两个问题，省委已经讲得很清楚).
"""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

HEADINGS = """在全县干部大会上的讲话

同志们：

今天召开全县干部大会，主要任务是动员全县干部进一步转变作风。ANNOUNCE

一、关于干部队伍建设

干部队伍建设是根本。要选好用好干部。

二、关于改进工作作风

作风建设永远在路上。要坚决反对形式主义。

三、关于抓好工作落实

落实是关键。要一级抓一级。

同志们，让我们共同努力。
"""
PARAGRAPHS = """在全县干部大会上的讲话

同志们：

今天召开全县干部大会，主要任务是动员全县干部进一步转变作风。ANNOUNCE

第一，干部队伍建设是根本。要选好用好干部，把想干事、能干事的干部用起来。

第二，作风建设永远在路上。要坚决反对形式主义、官僚主义，切实减轻基层负担。

第三，落实是关键。要一级抓一级，层层抓落实。

同志们，让我们共同努力。
"""


def _roadmap(text: str, announce: str):
    doc = parse_text(text.replace("ANNOUNCE", announce), "t.txt")
    return analyze(doc).roadmap, [p.text for p in doc.paragraphs()]


@pytest.mark.parametrize(
    "announce",
    [
        "下面，我就干部队伍建设、改进工作作风和抓好工作落实三个问题讲一些意见。",
        "下面，我围绕干部队伍建设、作风建设、工作落实三个方面讲一讲。",
        "下面，我对干部队伍建设、作风建设和工作落实等几个问题谈点看法。",
    ],
)
@pytest.mark.parametrize("text", [HEADINGS, PARAGRAPHS])
def test_parts_named_before_their_count_and_the_verb_announce_the_parts(text, announce):
    roadmap, paras = _roadmap(text, announce)
    road = next(r for r in roadmap if r.text == announce)
    assert [paras[i][:2] for i in road.sections] in (
        ["一、", "二、", "三、"],
        ["第一", "第二", "第三"],
    )
    assert road.warning is None


def test_named_parts_counted_whatever_the_verb_announce_the_sections():
    # session 45's convention (tests/study/gold/README.md): a count of the parts ending the
    # lead-in, borne out by as many numbered sections, is a roadmap whatever its verb; this
    # sentence was a negative here before (no speaker announcing them)
    sentence = "我们要对干部队伍建设、作风建设和工作落实三个方面进行检查。"
    roadmap, paras = _roadmap(HEADINGS, sentence)
    road = next(r for r in roadmap if r.text == sentence)
    assert [paras[i][:2] for i in road.sections] == ["一、", "二、", "三、"]
    assert road.warning is None


@pytest.mark.parametrize(
    "sentence",
    [
        "关于干部队伍建设和作风建设两个问题，省委已经讲得很清楚。",
        "我们围绕干部队伍建设和作风建设两个方面讲求实效。",  # 讲求: to seek, not to speak
    ],
)
def test_named_parts_with_no_speaker_announcing_them_are_none(sentence):
    roadmap, _ = _roadmap(HEADINGS, sentence)
    assert roadmap == []
