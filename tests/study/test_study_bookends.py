"""Openings, closings and transitions on texts written for these tests (the figures on
real texts are in test_study_bookends_gold.py). Each test pins one class of text the
rules once got wrong."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def study(text: str):
    return analyze(parse_text(text, "talk.txt"))


def kinds(bookend) -> list[str]:
    return [p.kind for p in bookend.parts]


# A transcript: no numbered headings, points marked only by 第一点，/第二，, a turn of the
# talk in the middle (现在我谈谈…) and a last paragraph that opens with a hope.
TRANSCRIPT = """关于质量工作的讲话
*这是在公司质量工作会议上的讲话。
我们这次请来了很好的老师，大家一定要珍惜。老师讲的东西，我们先照着做，做熟了再说改进。
当然，照着做不是不动脑子。理解了才能做好，做好了才能改进。
第一点，质量是做出来的，不是检验出来的。每个环节都要把好关。
第二，质量要算经济账。返工的成本比一次做好高得多。
现在我谈谈供应商的问题。供应商的质量就是我们的质量。
供应商要分级管理，好的多给订单，差的限期整改。
我希望大家把这次学习当成一次机会，真正把质量工作抓上去。
"""


def test_text_without_headings_has_an_opening_up_to_its_first_point():
    s = study(TRANSCRIPT)
    assert s.opening.text.startswith("我们这次请来了很好的老师")
    assert s.opening.text.endswith("理解了才能做好，做好了才能改进。")
    assert "第一点" not in s.opening.text
    assert "这是在公司质量工作会议上的讲话" not in s.opening.text  # editor's note
    assert s.opening.type == "开门见山式"  # no part the rules name: straight to the subject


def test_text_without_headings_has_a_closing_when_its_last_paragraph_begins_as_one():
    s = study(TRANSCRIPT)
    assert s.closing.text.startswith("我希望大家")
    assert kinds(s.closing) == ["希望要求"]
    assert s.closing.type == "提出希望式"


def test_turn_of_the_talk_is_a_transition_without_headings():
    s = study(TRANSCRIPT)
    assert [t.text for t in s.transitions] == ["现在我谈谈供应商的问题。"]
    # Traditional characters, as old texts are read.
    old = study(TRANSCRIPT.replace("现在我谈谈供应商的问题。", "現在我談談供應商的問題。"))
    assert [t.text for t in old.transitions] == ["現在我談談供應商的問題。"]


def test_one_paragraph_editorial_opening_and_a_closing_by_position():
    """An editorial with no parts: its first paragraph opens, its last (no closing's words in
    it) closes by position alone, so it carries no type label."""
    s = study(
        "为了说明问题，先看看他们自己是怎么说的。\n他们说：“我们一向是朋友。”\n"
        "朋友是这样做的吗？事实正好相反。\n这些事，大家都看得清楚。\n"
    )
    assert s.opening.text == "为了说明问题，先看看他们自己是怎么说的。"
    assert s.closing.text == "这些事，大家都看得清楚。"
    assert s.closing.type is None


def test_a_farewell_inside_the_last_paragraph_starts_a_closing_given_by_position():
    """The last paragraph of a text with no parts is its closing by position, but the speaker
    turns only at the farewell that ends it: the study's closing starts there."""
    body = "我们的产品已经覆盖了全省。生产规模还不够大，管理还有很多问题。"
    farewell = "十分真诚地欢迎您们再次光临华为指导。"
    s = study("\n".join([body] * 3 + [body + farewell]) + "\n")
    assert s.closing.text == farewell


def test_a_summing_up_inside_a_last_paragraph_given_by_position_opens_no_later_start():
    """A last paragraph given as the closing by position is the closing from its first word:
    a summing-up inside it (总而言之，…) sums that paragraph's own turn, so the study's closing
    starts where the outline's does (the outline gold, sets 23 and 28)."""
    body = "我们的产品已经覆盖了全省。生产规模还不够大，管理还有很多问题。"
    last = "时局发展到了一个新的时期，我们对此要有准备。总而言之，我们要有准备。"
    s = study("\n".join([body] * 3 + [last]) + "\n")
    assert s.closing.text == last


SPEECH = """在年中工作推进会上的讲话
各位委员、各位同志们：
“放管服”主要是指简政放权、放管结合、优化服务。在当前以项目为中心的管理下，各部门各有考虑。
一、抓好审批改革
这个问题更是困难，因为涉及的部门多。要一件一件理清楚。
二、抓好队伍建设
我们特意把这一段放在最后，因为它最要紧。干部要敢于担当。
"""


def test_salutation_string_is_one_salutation_and_weak_cues_label_nothing():
    s = study(SPEECH)
    assert kinds(s.opening) == ["称呼"]  # 主要是指 is no meeting purpose, 在当前…下 no situation
    assert s.opening.type == "开门见山式"


def test_lead_in_needs_a_link_not_just_the_sections_subject():
    s = study(SPEECH)
    assert [t.text for t in s.transitions] == ["我们特意把这一段放在最后，因为它最要紧。"]


def test_affirmation_needs_an_achievement_and_our_descendants_are_no_call():
    s = study(
        "同志们：\n自从去年调整机构以来，大家换了办公地点。\n一、要务实\n要讲实效。\n"
        "二、要创新\n要敢于创新。\n我希望大家记住这段经历，让我们的后人知道今天的艰辛。\n"
    )
    assert "肯定成绩" not in kinds(s.opening)
    assert s.closing.type == "提出希望式"
    assert "号召" not in kinds(s.closing)


def test_long_closing_keeps_only_its_closing_paragraphs():
    body = "".join(f"我们必须坚持第{n}条原则，把工作做扎实。\n" for n in "一二三四五六")
    s = study(
        "各位代表：\n我代表市政府向大会报告工作。\n一、过去一年的工作\n各项工作稳步推进。\n"
        "二、今年的任务\n今年要抓好三件大事。\n各位代表！\n"
        + body
        + "在新的一年里，我们要团结起来，争取更大的胜利！\n"
    )
    assert s.closing.text == "在新的一年里，我们要团结起来，争取更大的胜利！"
    assert s.closing.type == "号召激励式"


def test_turn_needs_the_speaker_for_proposals_and_about_needs_a_speaking_verb():
    s = study(
        "同志们：\n今天讲两个问题。\n一、关于作风\n"
        "关于会风文风，上面说过了。\n现在有些单位，对群众提出的意见不肯改。\n"
        "现在我想对几个单位提出批评意见。\n二、关于纪律\n"
        "关于纪律问题，我再讲几句。\n关于审批的时限，必须控制在三天以内。\n"
    )
    texts = [t.text for t in s.transitions]
    assert "现在我想对几个单位提出批评意见。" in texts
    assert "关于纪律问题，我再讲几句。" in texts
    assert "关于会风文风，上面说过了。" in texts  # refers back to the talk
    assert not any(t.startswith("现在有些单位") for t in texts)
    assert not any(t.startswith("关于审批的时限") for t in texts)
