"""A sentence that names a report (…在听取了某某同志 / 关于某某工作的报告 / 并进行了讨论…)
is no title: a web page that linked the report's name put it on a line of its own, and the
joiner, seeing a short paragraph ending in 报告, took it as a whole title and cut the sentence
after it. A title is never a clause: the paragraph in progress holds a ， and goes on.
Own sentences, simplified and traditional; the class was found on a 1954 government work
report in ../shared (corpus/scale), whose linked names stand on lines of their own."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.reflow import should_join

SIMPLIFIED = """各位代表：

本次代表大会第一次会议，在听取了王某某同志
关于城市建设规划草案的报告
并进行了两天的认真讨论以后，已经顺利地完成了一项重要的工作，通过了我们的规划纲要。
现在，我代表市人民政府作工作报告。

过去一年，全市经济保持平稳增长。
"""

TRADITIONAL = """各位代表：

本次代表大會第一次會議，在聽取了王某某同志
關於城市建設規劃草案的報告
並進行了兩天的認真討論以後，已經順利地完成了一項重要的工作，通過了我們的規劃綱要。
現在，我代表市人民政府作工作報告。

過去一年，全市經濟保持平穩增長。
"""


@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL], ids=["simplified", "traditional"])
def test_a_report_named_in_a_sentence_does_not_end_it(text):
    paragraphs = [p.text for p in parse_text(text).paragraphs()]
    sentence = next(t for t in paragraphs if t.startswith("本次代表"))
    # the named report and what follows it stay in the sentence
    assert sentence.endswith("通过了我们的规划纲要。") or sentence.endswith(
        "通過了我們的規劃綱要。"
    )
    assert not any(t.startswith(("并进行", "並進行")) for t in paragraphs)


def test_a_whole_title_still_stands_apart_from_the_text_under_it():
    # a title (no clause in it) over an unpunctuated first line stays a line of its own
    assert not should_join("关于城市建设规划草案的报告", "各位代表", gap=False, width=None)
    assert not should_join(
        "在全市城市建设工作会议上的讲话", "同志们今天我们召开这次会议", gap=False, width=None
    )
    # a sentence naming the report, cut after the name, goes on
    assert should_join(
        "本次代表大会第一次会议，在听取了王某某同志关于城市建设规划草案的报告",
        "并进行了两天的认真讨论以后，已经顺利地完成了一项重要的工作",
        gap=False,
        width=None,
    )
