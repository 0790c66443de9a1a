"""Study analysis on texts written for these tests (the real-text figures are in
test_study_gold.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from cli_run import run_cli

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.roadmap import roadmap_count
from drafter.study.siblings import heading_pattern
from drafter.study.stats import seconds_for
from drafter.study.text import count_chars, sentences

SPEECH = """在全市青年干部培训班开班式上的讲话
同志们：
举办这次青年干部培训班，主要目的是帮助大家尽快适应岗位。近年来，全市青年干部队伍建设取得了明显成效。下面，我讲三点意见。
一、坚定理想信念，做到“三个必须”
这方面，我想和大家交流三个问题。
（一）必须对党忠诚
忠诚是第一位的。
（二）必须心系群众
群众是我们的根。
（三）必须敢于担当
担当是干部的本分。
二、提高本领，做到“四勤”
一是腿勤。多到基层走走。二是嘴勤。多向群众请教。三是手勤。勤记笔记。四是脑勤。多想问题。
三、严守纪律，筑牢“两道防线”
要守住思想防线和行为防线。总书记提出的“四个意识”，大家要牢记。要做到“三个多”：多学、多思、多练。
同志们，青春由磨砺而出彩。让我们为建设美好城市作出新的更大贡献！
谢谢大家！
"""


def study():
    return analyze(parse_text(SPEECH, "speech.txt"))


def test_roadmap_in_opening_links_top_sections():
    s = study()
    texts = [r.text for r in s.roadmap]
    assert "下面，我讲三点意见。" in texts
    r = next(r for r in s.roadmap if r.text == "下面，我讲三点意见。")
    assert r.count == 3 and len(r.sections) == 3 and r.warning is None


def testroadmap_count_mismatch_warns():
    text = SPEECH.replace("下面，我讲三点意见。", "下面，我讲四点意见。")
    s = analyze(parse_text(text))
    r = next(r for r in s.roadmap if "四点意见" in r.text)
    assert r.warning and "4" in r.warning and "3" in r.warning
    assert r.warning in s.warnings


def test_frames_with_items_from_sections_ordinals_and_colon():
    s = study()
    by = {f.phrase: f for f in s.frames}
    assert by["三点意见"].items == ["坚定理想信念", "提高本领", "严守纪律"]
    assert by["三个必须"].items == ["必须对党忠诚", "必须心系群众", "必须敢于担当"]
    assert by["三个必须"].source == "sections"
    assert by["四勤"].items == ["腿勤", "嘴勤", "手勤", "脑勤"] and by["四勤"].listed
    assert by["三个多"].items == ["多学", "多思", "多练"]


def test_mentioned_frames_are_kept_apart():
    s = study()
    mentioned = {f.phrase for f in s.mentioned_frames}
    assert "四个意识" in mentioned
    assert "两道防线" in mentioned  # two lines named in prose, not as a list
    assert all(not f.items for f in s.mentioned_frames if f.phrase == "四个意识")


def test_plain_counts_are_not_frames():
    s = analyze(parse_text("同志们：\n我在这里工作了三个月，认识了两个人，走访了五个县。\n"))
    assert s.frames == []


def test_opening_and_closing_parts_and_types():
    s = study()
    kinds = [p.kind for p in s.opening.parts]
    assert kinds[0] == "称呼" and "会议目的" in kinds and "肯定成绩" in kinds
    assert kinds[-1] == "过渡"
    assert s.opening.type == "开宗明义式"
    ckinds = [p.kind for p in s.closing.parts]
    assert "号召" in ckinds and "致谢" in ckinds
    assert s.closing.type == "号召激励式"


def test_transition_lead_in():
    s = study()
    assert any(t.text.startswith("这方面") and t.kind == "lead-in" for t in s.transitions) or any(
        r.text.startswith("这方面") for r in s.roadmap
    )


def test_sibling_frame_pattern_and_slots():
    pattern, slots = heading_pattern(["坚持忠诚可靠", "坚持服务大局", "坚持高度负责"])
    assert pattern == "坚持…"
    assert slots == [["忠诚可靠"], ["服务大局"], ["高度负责"]]
    pattern, slots = heading_pattern(
        ["统筹协调是办公室的第一要务，务必放在首位", "信息工作是办公室的重要职责，务必提质增效"]
    )
    assert pattern == "…是办公室的…，务必…"
    assert slots[1] == ["信息工作", "重要职责", "提质增效"]
    assert heading_pattern(["加强领导", "改进作风"]) is None


def test_section_stats_add_up():
    s = study()
    top = [r for r in s.sections if r.level == 1]
    assert len(top) == 3
    assert all(r.chars > 0 for r in s.sections)
    assert sum(r.share for r in top) < 1.0
    first = s.sections[0]
    children = [r for r in s.sections if r.level == 2][:3]
    assert first.chars > sum(c.chars for c in children)
    slow = analyze(parse_text(SPEECH), rate=110)
    assert (
        slow.sections[0].seconds == 2 * s.sections[0].seconds
        or abs(slow.sections[0].seconds - 2 * s.sections[0].seconds) <= 1
    )
    assert seconds_for(220, 220) == 60


def test_text_helpers():
    assert count_chars("同志们：\n 好！") == 6
    assert [x.text for x in sentences("第一句。第二句！“第三句。”尾")] == [
        "第一句。",
        "第二句！",
        "“第三句。”",
        "尾",
    ]


def test_cli_json_shape(tmp_path, capsys):
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    # in this process: tests/cli_run.py says why (test_core_imports_no_qt starts one)
    out = run_cli(capsys, "study", str(path), "--json").stdout
    data = json.loads(out)
    assert set(data) >= {"frames", "roadmap", "opening", "closing", "sections"}
    frame = data["frames"][0]
    assert set(frame) >= {"phrase", "number", "items", "paragraph", "listed"}
    assert isinstance(frame["number"], int)
    assert set(data["opening"]) >= {"type", "text"}
    section = data["sections"][0]
    assert set(section) >= {"heading", "level", "chars", "seconds", "frame"}
    assert "下面，我讲三点意见。" in data["roadmap"]


def test_cli_text_and_bad_file(tmp_path, capsys):
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    run = run_cli(capsys, "study", str(path), "--rate", "200", check=False)
    assert run.returncode == 0 and "数字概括" in run.stdout and "每分钟 200 字" in run.stdout
    missing = tmp_path / "nope.txt"
    run = run_cli(capsys, "study", str(missing), check=False)
    assert run.returncode == 2 and str(missing) in run.stderr


def test_core_imports_no_qt():
    code = "import sys, drafter.study, drafter.study.mining; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    "sentence",
    [
        "这就是我要说的第一个问题。",
        "我曾经讲过一句话，干部要挺身而出。",
        "以上我说了三个方面的看法。",
        "他在会上说：“我讲三点意见。”",
        "我给青年们讲几句话。",
        "从这个角度出发，我认为这次活动的意义有两方面。",
        "“坚持抗战”，“坚持团结”，这是我们提出来的两大口号。",
    ],
)
def test_not_roadmap(sentence):
    assert roadmap_count(sentence) is False


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("下面，我讲三点意见。", 3),
        ("借此机会，我就做好办公室工作谈几点体会。", None),
        ("下面，我围绕“坚持一个原则”、“保持两个畅通”，就办公室工作讲几点意见。", 2),
        ("我重点从如何履行职责、如何培养人才等两个方面，与大家交流一些想法。", 2),
        ("为此，给大家提三点希望。", 3),
    ],
)
def test_roadmap(sentence, count):
    assert roadmap_count(sentence) == count


ANNOUNCED = """在座谈会上的讲话

同志们：

这几年成绩很大。我想了一下，有三个因素：

1、压力不够

大家自己感觉压力很大，但从投资角度来说压力完全不够。

2、方法不对

平台化需要高端架构师加上一大批基层编程人员。

3、决心的问题

目标和方向确定了，就要把力量投足。软件这几年有两点是可以肯定的：

1、产品竞争力：逐步提升。

2、业务聚焦：调整到位。

我觉得在以下两个方面需要改进：

1、敢于自我批判

不去自我批判，不和业界最好的公司对比，我们是走不出来的。

2、重视软件架构

这个过程中我们要大规模地引进架构师，转变开发模式。

右派有两条出路。一条，夹紧尾巴，改邪归正。一条，继续胡闹，自取灭亡。战争存在三个问题：一、能不能打；二、能不能守；三、有没有东西吃。

"""


def test_announced_parts_are_roadmaps_and_frames():
    s = analyze(parse_text(ANNOUNCED, "a.txt"))
    roadmap = {r.text: r for r in s.roadmap}
    factors = roadmap["我想了一下，有三个因素："]
    assert factors.count == 3 and len(factors.sections) == 3 and factors.warning is None
    assert roadmap["软件这几年有两点是可以肯定的："].count == 2
    improve = roadmap["我觉得在以下两个方面需要改进："]
    assert len(improve.sections) == 2
    frames = {f.phrase: f for f in s.frames}
    assert frames["三个因素"].items == ["压力不够", "方法不对", "决心的问题"]
    assert frames["两点"].items == ["产品竞争力", "业务聚焦"]
    assert frames["两个方面"].items == ["敢于自我批判", "重视软件架构"]
    assert frames["两条出路"].items == ["夹紧尾巴", "继续胡闹"]
    assert frames["三个问题"].items == ["能不能打", "能不能守", "有没有东西吃"]


def test_roadmap_with_the_parts_named_before_the_verb():
    from drafter.study.roadmap import roadmap_count

    assert roadmap_count("现在我就下面几个问题讲一些意见。") is None  # 几: a roadmap, count unknown
    assert roadmap_count("今天我围绕三个方面汇报工作。") == 3
    assert roadmap_count("他对这三个问题讲得很清楚。") is False
    assert roadmap_count("我觉得地区部的汇报有几个问题。") is False


def test_a_small_part_of_a_long_text_reads_under_one_per_cent_not_nothing():
    from drafter.study.stats import share_label

    assert share_label(129 / 32357) == "<1%"  # one 坚持 of a long report
    assert share_label(0.0) == "0%"  # nothing is nothing
    assert share_label(0.005) == "<1%" and share_label(0.006) == "1%"
    assert share_label(0.29) == "29%" and share_label(1.0) == "100%"


def test_minutes_at_the_users_rate():
    from drafter.study.stats import clamp_rate, seconds_for

    assert seconds_for(6407, 220) == 1747 and seconds_for(6407, 180) == 2136
    assert clamp_rate(None) == 220 and clamp_rate(10) == 60 and clamp_rate(9999) == 600
