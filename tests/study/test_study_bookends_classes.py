"""Openings, closings and transitions: the classes of misses found by the blind second batch
(tests/study/gold/study_bookends_b2.json), each pinned on sentences written for these tests.
Every test fails on the rules as they were before the fix it names."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def study(text: str):
    return analyze(parse_text(text, "talk.txt"))


def kinds(bookend) -> list[str]:
    return [p.kind for p in bookend.parts]


def transitions(text: str) -> list[str]:
    return [t.text for t in study(text).transitions]


BODY = "一、抓好落实\n要一件一件抓。\n二、抓好队伍\n要敢于担当。\n"


def test_salutation_running_into_the_first_paragraph_is_a_salutation_part():
    s = study(
        "各位代表，各位同志：今天的大会开幕，是有重大意义的。大会的目的，只有一个，"
        "就是把全年任务落到实处。\n" + BODY
    )
    assert kinds(s.opening) == ["称呼", "意义", "会议目的"]
    assert s.opening.parts[0].text == "各位代表，各位同志："
    assert s.opening.parts[1].text == "今天的大会开幕，是有重大意义的。"
    assert s.opening.type == "阐明意义式"


def test_purpose_is_the_meetings_not_any_aim_and_a_praised_meeting_is_an_affirmation():
    s = study("对手还在步步紧逼，他们的目的是要抢走我们的市场。\n" + BODY)
    assert "会议目的" not in kinds(s.opening)
    s = study("这次会议开得很好，大家讲得也很实在。\n" + BODY)
    assert kinds(s.opening) == ["肯定成绩"]
    assert s.opening.type == "肯定成绩式"
    s = study("这个方案，看起来是得人心的。\n" + BODY)
    assert s.opening.type == "肯定成绩式"
    s = study("这个方案为什么得人心呢？\n" + BODY)  # a question affirms nothing
    assert "肯定成绩" not in kinds(s.opening)


def test_background_of_a_meeting_a_plan_and_a_list_of_contents_are_not_what_they_name():
    s = study("这次大会，是在全市上下大好形势下召开的。\n" + BODY)
    assert kinds(s.opening) == ["形势"]
    s = study("我们要把成绩巩固下来，再往前走一步。\n" + BODY)
    assert "肯定成绩" not in kinds(s.opening)
    s = study("我代表市政府向大会报告工作。报告的主要内容是：关于形势，关于任务。\n" + BODY)
    assert kinds(s.opening) == ["交代事由", "过渡"]
    s = study("具有深远意义的新规划已经出台。\n" + BODY)  # names a thing, not why we meet
    assert "意义" not in kinds(s.opening)


def test_closing_slogans_end_a_long_closing_and_do_not_keep_the_tasks_in_it():
    tasks = "".join(f"各级党委要把第{n}项任务列入议程。\n" for n in "一二三四五")
    s = study(
        "同志们：\n一、形势\n形势很好。\n二、任务\n任务很重。\n同志们！\n"
        + tasks
        + "同志们！让我们团结起来，去争取胜利！\n打倒一切困难！\n人民万岁！\n"
    )
    assert s.closing.text.startswith("同志们！让我们团结起来")
    assert "各级党委" not in s.closing.text
    assert s.closing.type == "号召激励式"


def test_a_last_point_is_no_closing_but_a_turn_of_the_talk():
    text = "同志们：\n一、形势\n形势很好。\n二、任务\n任务很重。\n最后，解释一个问题。有人说任务太重了，其实不重。\n"
    s = study(text)
    assert s.closing.text == ""
    assert "最后，解释一个问题。" in [t.text for t in s.transitions]


def test_a_last_paragraph_that_only_wishes_is_a_closing_and_总起来说_sums_up():
    s = study(
        "今天讲三件事。\n第一，要学习。大家多读书。\n第二，要实干。大家多做事。\n"
        "各位不辞辛苦来开会，我很高兴地祝贺这次大会的成功。\n"
    )
    assert s.closing.type == "祝愿式"
    s = study(
        "今天讲三件事。\n第一，要学习。大家多读书。\n第二，要实干。大家多做事。\n"
        "说到这里，我们可以总起来说几句。学习和实干，缺一不可。\n"
    )
    assert s.closing.type == "总结强调式"


def test_report_lead_ins_to_lists_and_the_turn_from_achievements_to_problems():
    s = study(
        "各位代表：\n一、过去一年的工作\n过去一年，全市经济稳中有进。主要做了以下工作。\n"
        "（一）稳增长。\n投资增长百分之五。\n（二）惠民生。\n新增就业三万人。\n"
        "总结成绩的同时，我们也清醒地认识到，发展中还有不少困难。\n"
        "二、今年的工作\n今年的目标是增长百分之五。重点做好三个方面工作。\n"
        "（一）抓项目。\n项目要早开工。\n（二）抓改革。\n改革要见实效。\n"
    )
    texts = [t.text for t in s.transitions]
    # the lead-in that points at the parts is a roadmap sentence (reported there, once)
    assert "主要做了以下工作。" in [r.text for r in s.roadmap]
    assert "重点做好三个方面工作。" in texts
    assert any(t.startswith("总结成绩的同时") for t in texts)


def test_sentences_about_the_talk_and_a_conceded_achievement_are_transitions():
    texts = transitions(
        "今天讲两件事。\n第一，要学习。大家多读书。\n"
        "我们推行这个办法是有成绩的。但是也有缺点。有的单位走了过场。\n"
        "第二，要实干。大家多做事。今天我讲了学习和实干，大家回去再想一想。\n"
        "这一点大家都清楚。因此，在这里就不需要多讲。\n"
    )
    assert "我们推行这个办法是有成绩的。" in texts
    assert any(t.startswith("今天我讲了学习和实干") for t in texts)
    assert "因此，在这里就不需要多讲。" in texts


def test_a_sentence_that_only_starts_with_the_same_time_is_no_transition():
    texts = transitions(
        "同志们：\n一、市场\n我们在争夺高端市场的同时，不能丢了低端市场。\n"
        "二、队伍\n我们在用好老员工的同时，要大胆起用新人。\n"
    )
    assert texts == []


def test_closing_begins_where_the_speaker_turns_to_the_people_in_the_room():
    s = study(
        "一、要学习\n大家要多读书。\n二、要实干\n实干才能出成绩。\n"
        "这一年大家辛苦了。在座的每一位要带好头，做好榜样。\n"
        "明年是关键的一年，不抓紧就会落后。\n"
        "希望大家把今天讲的带回去，认真落实。\n"
    )
    assert s.closing.text.startswith("这一年大家辛苦了。")
    assert kinds(s.closing) == ["希望要求", "希望要求"]
    assert s.closing.type == "提出希望式"


def test_hope_as_a_noun_is_no_request():
    s = study(
        "一、要学习\n大家要多读书。\n二、要实干\n实干才能出成绩。\n"
        "总之，你们就是明天的希望。谢谢大家！\n"
    )
    assert "希望要求" not in kinds(s.closing)
    assert s.closing.type == "总结强调式"


def test_opening_ends_where_a_why_question_opens_the_argument_the_headings_number():
    s = study(
        "这个方案，看起来是得人心的。大家讨论得很充分。\n"
        "为什么要这样广泛地讨论呢？有几个好处。首先，集思广益。其次，统一思想。\n"
        "大家为什么拥护这个方案呢？主要有两条。\n"
        "第一、这个方案总结了经验\n经验是宝贵的。\n第二、这个方案结合了实际\n实际是复杂的。\n"
    )
    assert s.opening.text == "这个方案，看起来是得人心的。大家讨论得很充分。"
    assert s.opening.type == "肯定成绩式"


def test_the_good_situation_at_home_and_abroad_carries_a_report_to_its_tasks():
    texts = transitions(
        "各位代表：\n一、形势\n国际形势很好。国内形势也很好。\n"
        "在当前国内外大好形势下，把我们自己的事情办好，十分重要。我们要抓紧。\n"
        "二、任务\n任务很重。\n"
    )
    assert any(t.startswith("在当前国内外大好形势下") for t in texts)


def test_a_count_before_its_items_and_a_reference_to_the_points_by_count_are_transitions():
    s = study(
        "这个方案，看起来是得人心的。大家讨论得很充分。\n"
        "为什么要这样广泛地讨论呢？有几个好处。首先，集思广益。其次，统一思想。\n"
        "大家为什么拥护这个方案呢？主要有两条：一条是总结了经验，一条是结合了实际。\n"
        "第一、这个方案总结了经验\n经验是宝贵的。\n第二、这个方案结合了实际\n实际是复杂的。\n"
        "大家说它好，就是因为有这两条。\n"
    )
    texts = [t.text for t in s.transitions]
    # the count whose two items are then the two sections is reported as their roadmap
    lead = "主要有两条：一条是总结了经验，一条是结合了实际。"
    assert lead in [r.text for r in s.roadmap] and lead not in texts
    assert "大家说它好，就是因为有这两条。" in texts


def test_slogans_alone_are_no_closing_it_starts_at_the_salutation_before_them():
    tasks = "".join(f"第{n}项任务要抓紧落实，按期完成。\n" for n in "一二三")
    s = study(
        "同志们：\n一、形势\n形势很好。\n二、任务\n任务很重。\n"
        + tasks
        + "同志们！\n我们的事业是大有希望的，我们对胜利充满信心。\n"
        "道路是曲折的，困难的时候要看到光明。\n人民万岁！\n"
    )
    assert s.closing.text.startswith("同志们！\n我们的事业")
    assert "希望要求" not in kinds(s.closing)  # 大有希望: a hope held, no request


def test_a_closing_that_starts_inside_the_last_paragraph():
    s = study(
        "必须注意经济工作\n"
        "经济建设必须环绕着革命战争这个中心任务。这是我们首先要明白的。\n"
        "第一，要从组织上动员群众。各级政府要把这些工作放在议事日程上。\n"
        "第二，要培养大批干部。没有干部，什么也做不成。总起来说，假如我们争取了上述的一切条件，"
        "革命战争的胜利就是属于我们的。\n"
    )
    closing = s.closing
    assert closing.text.startswith("总起来说") and closing.start > 0
    assert closing.type == "总结强调式" and [p.kind for p in closing.parts] == ["总结"]


def test_a_last_paragraph_that_only_says_it_is_so_sums_up():
    s = study(
        "友谊还是侵略\n"
        "他说的三条原则，我们已经一条一条看过了。\n"
        "不干涉内政，是否也算一条原则呢，他没有说，大概不能算吧。老爷的逻辑，就是这样。\n"
    )
    assert s.closing.type == "总结强调式"
    assert any(p.kind == "总结" and "就是这样" in p.text for p in s.closing.parts)


def test_a_summing_up_inside_the_last_point_is_the_points_own():
    s = study(
        "做革命的促进派\n"
        "这次会议开得很好。\n"
        "第一点，要整风。大家要大胆地放。\n"
        "最后一点，我们要下苦功学习。学什么呢？一个是理论，一个是技术。总而言之，学问很多，"
        "大体要稍微摸一下。\n"
    )
    assert s.closing.start == 0 and not s.closing.text.startswith("总而言之")


def test_opening_ends_inside_its_paragraph_at_a_why_question():
    s = study(
        "必须注意经济工作\n"
        "革命战争的激烈发展，要求我们立即开展经济战线上的运动。为什么？现在我们的一切工作，"
        "都应当为着革命战争的胜利。我们一定要经过同志们在这次会议上的讨论，把任务定下来。\n"
        "从出入口贸易来看，我们第一个大宗出口是粮食。\n"
        "这是一个伟大的任务。\n"
    )
    opening = s.opening
    assert opening.stop is not None and opening.text.endswith("运动。")
    assert opening.type == "开门见山式" and opening.parts == []
