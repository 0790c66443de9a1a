"""A short pledge's counted points and how it ends (fits on tests/modern_blind13's x08 and x09,
session 49): points a quoted formula counts right before them (我将努力做到“三个坚持”： then
第一，/第二，/第三，) with a closing after them are the text's outline, not a list inside it
(sequences.list_as_skeleton); a closing never opens on a member of a numbered run
(closing_start.past_run_member); a meeting's units addressed (各部门、各乡镇) are its listeners
(closing.turns_to_whole); a Markdown ``<details>`` block is apparatus. Our own sentences."""

from __future__ import annotations

import pytest

from drafter.corpus import load_document, parse_text
from drafter.corpus.closing import turns_to_whole
from drafter.corpus.closing_start import past_run_member
from drafter.corpus.readers.markdown import parse_markdown

_POINTS = [
    "第一，坚持依法办事，自觉接受监督。我将认真学习有关法律法规，严格依法决策，定期报告工作，"
    "做到事事有回音、件件有落实。",
    "第二，坚持以人为本，努力办好群众满意的事业。我将把主要精力放在补短板、提质量上，"
    "着力解决群众反映强烈的突出问题，让每一位群众都能感受到实实在在的变化。",
    "第三，坚持廉洁自律，始终保持清正本色。我将严格遵守各项纪律规定，管好自己、带好队伍，"
    "发现一起、查处一起。",
]
_END = "任命既是信任，更是责任。我将以此为新的起点，恪尽职守，决不辜负组织的重托！谢谢大家！"


def _pledge(lead: str) -> str:
    paras = [
        "在县人大常委会会议上的表态发言",
        "尊敬的主任、各位副主任，各位委员：",
        "刚才，常委会会议表决通过了对我的任命。我衷心感谢组织的信任和培养，这既是肯定和鼓励，"
        "更是一份沉甸甸的责任。",
        f"我在基层工作多年，深知群众的期盼，也清醒地认识到自己的差距。{lead}",
        *_POINTS,
        _END,
    ]
    return "\n\n".join(paras) + "\n"


@pytest.mark.parametrize(
    "lead", ["今后，我将努力做到“三个坚持”：", "今后，我将努力做到三个“坚持”："]
)
def test_points_a_formula_counts_before_a_closing_are_the_outline(lead: str) -> None:
    doc = parse_text(_pledge(lead), "x.txt")
    heads = [s.marker + s.heading for s in doc.outline.sections]
    assert heads == [p.split("。")[0] for p in _POINTS]
    assert doc.outline.closing == [_END]


def test_an_uncounted_list_stays_a_list_and_the_closing_never_cuts_it() -> None:
    doc = parse_text(_pledge("今后，我将努力做到以下几点："), "x.txt")
    assert doc.outline.sections == []
    assert not any(p.startswith("第") for p in doc.outline.closing)


def test_a_closing_start_on_a_runs_member_moves_past_the_run() -> None:
    texts = ["开头。", *_POINTS, _END]
    assert past_run_member(texts, 3) == 4  # 第三， goes on 第二，: the run's
    assert past_run_member(texts, 1) == 1  # 第一， goes on nothing
    assert past_run_member(texts[:-1], 3) is None  # the run goes on to the end
    # a number that goes on no run of its family (二、 with no 一、 above) may open it
    assert past_run_member(["开头。", "第二，另起。", _END], 1) == 1


def test_the_units_of_an_offices_meeting_are_its_listeners() -> None:
    assert turns_to_whole(
        "改革没有完成时，只有进行时。希望各部门、各乡镇拿出只争朝夕的劲头，"
        "把今天会议部署的各项任务一项一项抓到位。"
    )
    # the units told what to do, with no hope and no word of the meeting: the body's
    assert not turns_to_whole("各部门要把数据共享纳入年度考核，考核结果与评先评优挂钩。")


_MD = """# 在推进会上的讲话

同志们：

今天召开推进会，主要是总结上半年工作，部署下半年工作。

<details>
<summary>会议议程（点击展开）</summary>

- 县数据局通报推进情况
- 常务副县长讲话

</details>

一年来，全县工作取得了明显进展，但也要清醒地看到存在的问题。

希望各部门、各乡镇拿出只争朝夕的劲头，把今天会议部署的各项任务抓到位。
"""


def test_a_details_block_is_set_aside_with_its_summary_first() -> None:
    blocks = parse_markdown(_MD.split("\n"))
    assert [b.text for b in blocks if b.kind == "aside"] == [
        "会议议程（点击展开）",
        "县数据局通报推进情况",
        "常务副县长讲话",
    ]
    assert "</details>" not in [b.text.strip() for b in blocks]


def test_a_details_block_is_apparatus_not_body(tmp_path) -> None:
    path = tmp_path / "speech.md"
    path.write_text(_MD, encoding="utf-8")
    doc = load_document(path)
    assert doc.apparatus.appendix[:3] == [
        "会议议程（点击展开）",
        "县数据局通报推进情况",
        "常务副县长讲话",
    ]
    body = "\n".join(doc.outline.preamble + doc.outline.closing)
    assert doc.outline.sections == []
    assert "会议议程" not in body and "通报推进情况" not in body
    assert doc.outline.closing[0].startswith("希望各部门")


def test_markdown_footnotes_are_endnotes_and_their_marks_leave_the_text(tmp_path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "# 在推进会上的讲话\n\n同志们：\n\n企业开办时间压缩到半个工作日以内[^a]。数据分类分级"
        "保护制度要建立健全[^2]。\n\n---\n\n[^a]: 按全流程办理时间统计。\n[^2]: 按省里的指南执行。\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.apparatus.endnotes == ["[1] 按全流程办理时间统计。", "[2] 按省里的指南执行。"]
    text = "\n".join(p.text for p in doc.paragraphs())
    assert "[^" not in text and "按全流程" not in text
    assert [n for _, n in doc.apparatus.marks] == ["1", "2"]
