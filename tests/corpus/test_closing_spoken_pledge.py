"""Closings a 表态发言, a spoken remark and a 致辞 mark in their own words (px47c), and the
recorder's note on a talk taken down kept out of the body. Own fixtures, written for the
project; each rule with a text it must find and one it must leave alone."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.closing import closing_by_cue

BODY = "全县上下要把思想统一到县委的决策部署上来，一以贯之抓好各项工作的落实。"
THANKS = "谢谢大家！"


def test_a_pledges_last_request_opens_the_closing() -> None:
    pledge = "请市委、市委督导组放心，我们一定按时完成整改任务，并及时报告整改情况。"
    assert closing_by_cue([BODY, BODY, BODY, pledge, THANKS], 1) == 3
    # 放心 said of someone else inside the body is no pledge
    assert closing_by_cue([BODY, BODY, "要让群众吃得放心、住得安心，" + BODY, THANKS], 1) == 3


def test_a_spoken_remark_ending_itself_opens_the_closing() -> None:
    assert closing_by_cue([BODY, BODY, "好，今天就讲这些。大家辛苦了！"], 1) == 2
    assert closing_by_cue([BODY, BODY, "我就说到这里。"], 1) == 2
    # the same words about what another said are body
    assert closing_by_cue([BODY, BODY, "刚才老王讲这些问题的时候很激动，" + BODY], 1) is None


def test_a_maxim_before_the_call_opens_the_closing() -> None:
    last = "发展只有起点，没有终点。让我们齐心协力，为建设美好家园作出新的贡献！"
    assert closing_by_cue([BODY, BODY, BODY, last, THANKS], 1) == 3
    # a long sentence of the body before 让我们 is no maxim: the thanks stay the closing
    long_first = "去年全县共发生生产安全事故十二起，比上年下降百分之二十。让我们看看原因。"
    assert closing_by_cue([BODY, BODY, BODY, long_first, THANKS], 1) == 4


def test_a_maxim_before_a_hope_or_a_pledge_opens_the_closing() -> None:
    # the maxim turns to a hope for all or to the speaker's own pledge (set 12, px48c)
    hope = "结业不是终点，而是新的起点。希望同志们珍惜组织的培养，在新的岗位上建功立业！"
    assert closing_by_cue([BODY, BODY, BODY, hope, THANKS], 1) == 3
    pledge = "荣誉只代表过去，奋斗永远在路上。回去以后，我将带领大家继续加油干！"
    assert closing_by_cue([BODY, BODY, BODY, pledge, THANKS], 1) == 3
    # 我们将 after a line of the body is the body's plan, not the speaker's pledge
    plan = "这项工作很重要。今年我们将新建学校两所。"
    assert closing_by_cue([BODY, BODY, BODY, plan, THANKS], 1) == 4


def test_a_last_wish_line_ends_the_wind_up_above_it() -> None:
    # 最后，祝大家…！ found by its opener closes the hope above it, as 谢谢大家！ does
    text = (
        "在培训班结业典礼上的讲话\n\n一、珍惜收获\n\n"
        + BODY
        + "\n\n二、学以致用\n\n"
        + BODY
        + "\n\n结业不是终点，而是新的起点。希望同志们在新的岗位上建功立业！"
        + "\n\n最后，祝大家工作顺利、身体健康！\n"
    )
    doc = parse_text(text)
    assert doc.outline.closing and doc.outline.closing[0].startswith("结业不是终点")


def test_the_recorders_note_is_apparatus() -> None:
    note = "整理说明：根据现场录音整理，口语保留，未经本人审阅。"
    doc = parse_text(f"在座谈会上的讲话\n\n{note}\n\n{BODY}\n\n{BODY}\n")
    texts = [p.text for p in doc.paragraphs()]
    assert not any(t.startswith("整理说明") for t in texts)
    assert BODY in texts
