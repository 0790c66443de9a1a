"""Three outline classes of spoken records (session 44, issue 8; modern_blind7 t04, t08, t10):

- parallel openers whose subject points back (这是一座…的城市。) run into the paragraphs of an
  address are no run-in topics (drafter/corpus/topic_runs.py);
- an interview's intertitles written as a keyword, a colon and a phrase (回顾：…) standing over
  its turns are level-1 headings (drafter/corpus/intertitles.py);
- a numbered run another speaker says after the first speaker's last part, under his name
  line, goes on the parts' level, not under that last part (candidates._next_speaker_run).

Our own sentences, and one real interview read from ../shared (skipped without it)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import SHARED
from tests.corpus.conftest import levelled

_BODY = (
    "近年来，我们坚持把生态保护放在突出位置，一年接着一年干，一茬接着一茬抓，"
    "城乡面貌发生了很大的变化，群众的获得感、幸福感不断增强，来这里投资兴业的朋友也越来越多。"
)


def _address(openers: list[str]) -> str:
    paras = ["尊敬的各位来宾，朋友们：", "大家好！今天，我们在这里隆重举行首届湖滨文化节开幕式。"]
    paras += [f"{o}{_BODY}" for o in openers]
    paras += ["最后，预祝文化节圆满成功！", "谢谢大家！"]
    return "在首届湖滨文化节开幕式上的致辞\n\n" + "\n\n".join(paras) + "\n"


def test_parallel_openers_pointing_back_are_no_headings():
    openers = ["这是一座山水相依的城市。", "这是一座充满活力的城市。", "这是一座开放包容的城市。"]
    assert levelled(_address(openers)) == []


def test_parallel_topics_naming_their_subject_stay_headings():
    # the same layout with topics of their own (a report's 城市建设。… 乡村建设。…) is read
    openers = ["城市建设。", "乡村建设。", "文化建设。"]
    assert levelled(_address(openers)) == [(1, "城市建设"), (1, "乡村建设"), (1, "文化建设")]


_Q = [
    "记者：过去一年，全区经济运行总体平稳，您能简要谈谈取得的成绩吗？",
    "王建平：好的。过去一年，我们顶住压力，主要指标保持在合理区间，重点项目建设提速，"
    "民生实事全部办结，这些成绩来之不易，是全区干部群众一起干出来的。",
    "记者：今年的工作重点放在哪里？",
    "王建平：今年我们主要抓三件事，一是稳增长，二是抓改革，三是惠民生，每一件都有具体的目标"
    "和责任人，年底要交账。",
]


def _interview(titles: list[str]) -> str:
    paras = ["本报记者　李明　2026年2月1日"]
    for title in titles:
        paras += [title, *_Q]
    return "凝心聚力谋发展\n——访某区区长王建平\n\n" + "\n\n".join(paras) + "\n"


def test_keyed_intertitles_over_an_interviews_turns_are_parts():
    titles = ["回顾：稳中求进交出合格答卷", "展望：聚焦重点开创崭新局面"]
    assert levelled(_interview(titles)) == [(1, titles[0]), (1, titles[1])]


def test_a_field_line_over_turns_is_no_intertitle():
    titles = ["时间：2026年1月28日上午", "地点：区政府第一会议室"]
    assert levelled(_interview(titles)) == []


def test_keyed_lines_outside_a_dialogue_are_no_intertitles():
    para = _BODY
    text = "工作情况\n\n" + "\n\n".join(
        ["回顾：稳中求进交出合格答卷", para, para, "展望：聚焦重点开创崭新局面", para, para]
    )
    assert "回顾：稳中求进交出合格答卷" not in [h for _, h in levelled(text + "\n")]


_PART = "各部门要按照会议的部署，抓紧制定工作方案，明确时间表和路线图，确保各项任务按期完成。"
_POINT = "这项工作要落到实处，既要有硬措施，也要有好作风，年底前要向县委、县政府报告进展情况。"


def _record(turn: list[str]) -> str:
    """The host's opening, 李明's 一、…三、, then ``turn`` (the floor changing hands, or not),
    then 第一，…第三，, then the host's last words."""
    paras = [
        "张华：",
        "同志们：",
        "现在开会。今天的会议有两项议程，首先请李县长讲话，然后请王市长讲话。",
    ]
    paras += ["下面，请李县长讲话。", "李明：", "同志们："]
    paras += ["一、统一思想", _PART, "二、突出重点", _PART, "三、狠抓落实", _PART, _PART]
    paras += turn
    paras += ["今天来参加这次会议，很受启发，我再强调几点。"]
    paras += [
        "第一，要提高站位。" + _POINT,
        "第二，要压实责任。" + _POINT,
        "第三，要改进作风。" + _POINT,
    ]
    paras += ["张华：", "同志们，今天的会议开得很好，希望大家抓好落实。散会！"]
    return "全县工作会议主持词及讲话\n\n" + "\n\n".join(paras) + "\n"


_HOST = ["张华：", "刚才，李县长作了很好的讲话，请大家认真贯彻落实。下面，请王市长讲话。"]


def test_a_second_speakers_points_after_his_name_line_are_his_top_level():
    got = levelled(_record([*_HOST, "王芳：", "同志们："]))
    assert [(lvl, h) for lvl, h in got] == [
        (1, "一、统一思想"),
        (1, "二、突出重点"),
        (1, "三、狠抓落实"),
        (1, "第一，要提高站位"),
        (1, "第二，要压实责任"),
        (1, "第三，要改进作风"),
    ]


def test_points_after_the_hosts_turn_are_the_next_speakers():
    # the host hands the floor over in words, with no name line for the next speaker
    got = levelled(_record(_HOST))
    assert [lvl for lvl, h in got if h.startswith("第")] == [1, 1, 1]


def test_points_with_no_other_speaker_named_stay_under_the_last_part():
    got = levelled(_record([]))
    assert [lvl for lvl, h in got if h.startswith("第")] == [2, 2, 2]


_INTERVIEW = "corpus/speeches/ren/20160305_28年只对准一个城墙口冲锋.md"


def test_a_real_interviews_intertitles_read_without_their_numbers():
    """ren 20160305 (a 新华社 interview) heads its 记者：/任正非： turns with numbered keyed
    intertitles (1、成功密码：坚持只做一件事 … 10、中国企业走出去：…); with the numbers taken
    off, as a paper that leaves them out prints them, the ten lines still head the turns, one
    level, the long ones with a comma (战略耐性：…，也不可能成功) no tier under the short."""
    from holdout import held_out

    path = SHARED / _INTERVIEW
    if not path.is_file():
        pytest.skip(f"../shared is absent: {_INTERVIEW} is a real text")
    if _INTERVIEW in held_out():
        pytest.skip(f"{_INTERVIEW} is held out this session")
    text = re.sub(r"(?m)^\d{1,2}、(?=[^\n]{2,10}：)", "", path.read_text("utf-8"))
    got = levelled(text)
    keyed = [(lvl, h) for lvl, h in got if "：" in h]
    assert len(keyed) == 10 and all(lvl == 1 for lvl, _ in keyed)
    assert keyed[0][1].startswith("成功密码：") and keyed[-1][1].startswith("中国企业走出去：")
