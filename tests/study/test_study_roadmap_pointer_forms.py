"""Two pointer roadmaps the seventh blind modern set missed (session 43), on our own texts.

* A sentence that opens looking back (上述 / 以上 / 综上) and turns ahead in its last clause
  (…，归结起来，主要有以下几点。): the look-back word used to refuse the whole sentence;
  a turn of topic (以上…，以下要谈…, many words after the pointer) still does.
* Items numbered 1. 2. 3. whose text opens with a date (1.10月底前… / 2.2027年起…): the
  outline's grammar reads 1.10 as a decimal, so the run of parts after 按以下步骤推进：
  broke at its first item.

Neither form occurs in the real texts of ../shared as a roadmap (the real gold and a sweep of
every non-law text found the same roadmaps before and after); both are general readings.
"""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.roadmap.markers import part_marker
from drafter.study.roadmap.sentence import ahead_count


@pytest.mark.parametrize(
    "sentence",
    [
        "上述短板的形成，既有投入不足的原因，也有机制不顺的原因，归结起来，主要有以下几点。",
        "综上，课题组提出以下建议：",
        "上面讲了成绩，对今后的工作，我们考虑如下：",
    ],
)
def test_look_back_opening_turning_ahead_points(sentence):
    assert ahead_count(sentence) is not False


@pytest.mark.parametrize(
    "sentence",
    [
        "以上讲的是队伍建设的问题，以下要谈一谈作风建设方面存在的一些具体问题。",
        "以上就是今年的主要工作。",
        "总之，以下几点要牢记在心，不能有丝毫放松。",
    ],
)
def test_look_back_without_a_closing_pointer_stays_out(sentence):
    assert ahead_count(sentence) is False


@pytest.mark.parametrize(
    "text, number",
    [("1.10月底前完成设计", 1), ("2.2027年起纳入预算", 2), ("12.3月底前验收", 12)],
)
def test_number_before_a_date_opens_a_part(text, number):
    assert part_marker(text) == ("arabic", number, "")


@pytest.mark.parametrize("text", ["2.5%左右的增长", "1.5个月内完成", "3.14是圆周率"])
def test_decimal_is_no_marker(text):
    assert part_marker(text) is None


SPEECH = """在全镇农田建设推进会上的讲话

同志们：

今天的会议，主要是部署今冬明春的农田建设。

一、抓紧推进项目建设

今年全镇要新建高标准农田八千亩。具体工作按以下步骤推进：

1.10月底前完成设计审查；

2.11月中旬前完成招标，施工队伍进场；

3.春节前完成主体工程。

二、加强组织领导

各村要明确专人负责，上述问题的根源，归结起来，主要有以下几点。

（一）认识不到位

有的村把农田建设当作一般任务。

（二）投入不到位

资金拼盘没有落实。

同志们，让我们抓紧行动！
"""


def test_steps_and_turned_pointer_found_with_their_parts():
    doc = parse_text(SPEECH, "speech.txt")
    roads = {r.text: r for r in analyze(doc).roadmap}
    paras = [p.text for p in doc.paragraphs()]
    steps = next(r for t, r in roads.items() if "按以下步骤推进" in t)
    assert [paras[i][:2] for i in steps.sections] == ["1.", "2.", "3."]
    points = next(r for t, r in roads.items() if "主要有以下几点" in t)
    assert [paras[i][:3] for i in points.sections] == ["（一）", "（二）"]
