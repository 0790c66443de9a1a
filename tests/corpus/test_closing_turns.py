"""Closings read from how a speech turns at its end, with no opener (同志们， / 最后，) to mark
them: the speaker speaking of the talk or the meeting itself, restating what matters most,
greeting the room, opening the last paragraph on a couplet; an editor's date after the last
words does not hide them. Texts written for the project, not taken from ../shared; each rule
has a text it must close and one it must leave alone."""

from __future__ import annotations

import pytest

from drafter.corpus import parse_text
from drafter.corpus.closing import undated

BODY = "今年要抓好三项重点工作。要压实责任，细化措施，确保各项任务落到实处。"
WORK = "研发要把质量放在第一位，版本发布前要经过三轮测试，问题单要在两周内闭环。"
SPEECH = (
    "在研发管理座谈会上的讲话\n\n"
    f"一、质量是生命\n\n{WORK}\n\n{BODY}\n\n二、人才是根本\n\n{BODY}\n\n{WORK}\n\n"
)


def _closing(ending: str) -> list[str]:
    return parse_text(SPEECH + ending + "\n").outline.closing


@pytest.mark.parametrize(
    "last",
    [
        # the speaker on how much he has said, then his hope for the room
        "上级已经作了决定，所以我来讲了许多。希望同志们把我讲的加以考虑，结合自己的情况想一想。",
        # what the listeners brought today
        "今天大家提出了很多好建议，可以在内部刊物上发表，但要站在全局上看问题。",
        "你们今天的汇报思路很清晰，材料可以发给各部门学习。",
        "今天和一线员工座谈，你们的问题我答不上来，这说明你们比我懂。",
        # what he meant to say, said
        "我今天想讲的就是这一点，谢谢大家花了这么多时间，我喜欢积极发言的人。",
        # his verdict on their work
        "总经理：挺好的，你们做得不错，我很高兴，看得出你们的管理是有方法的。",
    ],
)
def test_the_speaker_speaking_of_the_talk_or_the_meeting_closes(last: str) -> None:
    assert _closing(f"{BODY}\n\n{last}") == [last]


def test_today_as_a_time_word_in_the_last_point_is_body() -> None:
    last = "今天的市场竞争已经白热化，我们的版本要比对手早三个月上市。"
    assert _closing(f"{BODY}\n\n{last}") == []


def test_the_speaker_restating_what_matters_most_opens_the_closing() -> None:
    lines = [
        "让我再说一遍：",
        "质量是研发的生命，这就是我们的方针。",
        "人才是公司的根本，这就是我们的方针。",
    ]
    assert _closing(f"{BODY}\n\n" + "\n\n".join(lines)) == lines
    again = "我再次强调，质量就是我们的生命线。这一仗关系公司的未来，全要靠你们。"
    assert _closing(f"{BODY}\n\n{again}\n\n{WORK}") == [again, WORK]


def test_restating_far_from_the_end_is_the_body() -> None:
    again = "我再次强调，版本发布前要经过三轮测试。"
    assert _closing(f"{again}\n\n{BODY}\n\n{WORK}\n\n{BODY}\n\n{WORK}") == []


def test_an_editors_date_after_the_last_words_does_not_hide_the_closing() -> None:
    last = (
        "今年我们看到了一点进步。改革不能急于求成。希望大家认真努力，我们的管理一定会赶上先进企业。"
    )
    assert _closing(f"{BODY}\n\n{last}（2015年7月13日）") == [f"{last}（2015年7月13日）"]
    assert undated(f"{last}（2015年7月13日）") == last
    assert undated("第三季度（7月至9月）") == "第三季度（7月至9月）"


def test_greeting_the_room_and_thanking_it_sends_it_off() -> None:
    last = "就要过春节了，先给大家拜个早年！你们在海外艰苦奋斗，家属也作出了很大牺牲。请你们转达我对家人的感谢。"
    assert _closing(f"{BODY}\n\n{last}") == [last]


def test_thanks_in_the_last_point_without_a_greeting_is_body() -> None:
    last = "客户对我们的交付很满意。我们要感谢客户的信任，把每个项目做好。"
    assert _closing(f"{BODY}\n\n{last}") == []


def test_a_last_paragraph_that_opens_on_a_couplet_winds_up() -> None:
    last = "长风破浪会有时，直挂云帆济沧海。市场的冬天总会过去，谁准备好了棉衣，谁就能活下来。"
    assert _closing(f"{BODY}\n\n{last}") == [last]


def test_even_clauses_opening_a_working_paragraph_are_no_couplet() -> None:
    last = "减少品种，扩大规模，提升工艺，降低成本。这是摆在我们面前的现实问题，必须正视。"
    assert _closing(f"{BODY}\n\n{last}") == []
    mine = "我们有雄心壮志，也想潇洒走一回，这都是好的，但还是要踏踏实实。研发要坚持开放。"
    assert _closing(f"{BODY}\n\n{mine}") == []


@pytest.mark.parametrize(
    "last",
    [
        "团结起来、共同奋斗。这就是我们的目标。",
        "我们像奔腾的骏马，没有什么能阻挡我们前进的步伐，唯有我们自己的懈怠。",
    ],
)
def test_a_short_last_word_of_resolve_closes(last: str) -> None:
    assert _closing(f"{BODY}\n\n{last}") == [last]


def test_a_last_point_announced_with_need_is_no_closing() -> None:
    text = SPEECH + "最后，需要讲一点研发和市场的关系。\n\n" + f"{WORK}\n"
    assert parse_text(text).outline.closing == []


@pytest.mark.parametrize(
    "last",
    [
        # the speaker's own confidence, in a short last paragraph
        "我们走过了许多弯路。但是错误常常是正确的先导。这一次改造，我相信一定会有好的结果。",
        # the hope placed in the listeners
        "你们背负着公司发展的重任，希望寄托在你们身上。",
    ],
)
def test_a_short_last_paragraph_of_confidence_or_hope_in_the_listeners_closes(last: str) -> None:
    assert _closing(f"{BODY}\n\n{last}") == [last]


def test_a_long_directive_ending_on_the_speakers_belief_is_body() -> None:
    last = (
        "因此请你们结合年度工作，从处理群众来信入手，检查一次作风问题，并限期整改到位。"
        "凡典型的事例，应在内部通报中广为揭发；情节严重的，必须依纪依规严肃处理。"
        "同时要把好的典型调查清楚，加以表扬，使全体干部向好的典型看齐，发扬正气。"
        "我们相信，各地这种好的典型是一定不少的。"
    )
    assert _closing(f"{BODY}\n\n{last}") == []


def test_the_tasks_looked_back_on_as_a_whole_open_the_closing() -> None:
    tasks = "这些就是全厂今年所应努力实现的主要任务。我们将不怕任何困难去实现这些任务。"
    last = "今年是极其重要的一年，我们应当加紧努力。"
    assert _closing(f"{BODY}\n\n{tasks}\n\n{last}") == [tasks, last]


def test_a_closing_above_a_bare_date_line_is_read_as_at_any_end() -> None:
    """A text that ends on a date line alone: the speaker's own wind-up above it is found by
    the same rules as at any text's end, and with none the date alone is no closing (session
    34: a dateline, as Word's official layout sets it; it had been the whole closing)."""
    last = "前进的道路上还会有困难。只要我们团结一心，就一定能够实现目标。希望大家共同努力。"
    assert _closing(f"{BODY}\n\n{last}\n\n2025年3月1日") == [last, "2025年3月1日"]
    assert _closing(f"{BODY}\n\n{WORK}\n\n2025年3月1日") == []


@pytest.mark.parametrize(
    "last",
    [
        "把力量集中于全年的重点工作，这就是全厂职工的任务。",  # the task summed up
        "以上，是我的希望，就当作开班的讲话。",  # what was said, called his hope
        "我觉得，要有以上这些方法，才能把研发管好。各级主管一定要讲究工作方法。",
        "今天我还是很高兴，看到大家都在认真做这件事，短时间内也不容易看出成绩。",
    ],
)
def test_a_last_paragraph_that_looks_back_on_the_talk_closes(last: str) -> None:
    assert _closing(f"{BODY}\n\n{last}") == [last]


def test_thanks_to_the_listeners_inside_a_short_last_paragraph_close() -> None:
    last = "我鼓励你们奋斗，我自己会践行。谢谢在艰苦地区奋斗的员工，你们辛苦了。"
    assert _closing(f"{BODY}\n\n{last}") == [last]
    # thanks to a customer in the last point are the point's
    body = "我们要感谢客户的信任。交付要按期完成，质量要达标，回款要及时，服务要跟上。"
    assert _closing(f"{BODY}\n\n{body}") == []


def test_a_summing_up_with_the_argument_running_on_below_is_a_point_summed() -> None:
    """总之，… more than four paragraphs from the end, none of the last reading as a closing:
    the body's point summed up, not the talk's closing; near the end it is the closing."""
    head = "在研发管理座谈会上的讲话\n\n" + "\n\n".join([WORK, BODY] * 4)
    summing = "总之，质量和进度都要抓，一个也不能放松。"
    rest = [f"怎样才能把质量抓上去呢？{WORK}", BODY, WORK, BODY, WORK]
    far = parse_text(head + f"\n\n{summing}\n\n" + "\n\n".join(rest) + "\n").outline.closing
    assert summing not in far and len(far) <= 1  # at most the last paragraph, by position
    near = parse_text(head + f"\n\n{summing}\n\n{BODY}\n").outline.closing
    assert near == [summing, BODY]


def test_the_meeting_spoken_of_above_the_last_hope_starts_the_closing() -> None:
    meeting = (
        "今天有许多新员工参加，这是一个承前启后的大会，只要大家认同我们的传统，我们将会走得更远。"
    )
    hope = "再过十年，我们再相会，我相信你们是大有可为的。希望寄托在你们身上！"
    assert _closing(f"{BODY}\n\n{meeting}\n\n{hope}") == [meeting, hope]


def test_the_speakers_hope_for_the_listeners_opens_the_closing() -> None:
    hope = "我希望大家不要做昙花一现的英雄。公司确实取得了一些成就，但不能躺在成就上睡觉。"
    assert _closing(f"{BODY}\n\n{hope}\n\n{WORK}") == [hope, WORK]
    # a hope about a department's work is a directive of the body
    directive = "希望研发和市场两个部门要加强沟通，共同找到有效的解决方案。"
    assert _closing(f"{BODY}\n\n{directive}\n\n{WORK}") == []


def test_turns_of_one_speaker_alone_are_no_minutes():
    # every labelled paragraph by one voice: no one answers the others, nothing to find
    # (reading back an exported draft whose parts all open on 甲： raised an IndexError)
    from drafter.corpus.closing.exchange import closing_after_last_answer

    texts = [f"甲：第{n}件事要抓紧办，{WORK}" for n in "一二三四五六七"]
    assert closing_after_last_answer(texts, 0) is None
