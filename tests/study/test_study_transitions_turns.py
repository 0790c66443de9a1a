"""Transitions a report makes between its parts (stop 21): the turn from its record to its problems
(我们也清醒看到…), to the lessons of the years reviewed (回顾…，我们深切感受到…), the speaker stopping
to take a matter up (这里要专门讲一下…), a sentence pointing at what follows (注重以下几点。), and the
part just given looked back on in the middle of a sentence (…，以上是第一个问题). And what is no
transition however it starts: a section's own first point opened by 同时/在…基础上, its own
conclusion opened by 所以. Each case is written here and failed before its rule."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def transitions(text: str) -> list[str]:
    return [t.text for t in analyze(parse_text(text, "report.txt")).transitions]


def report(review_end: str, tasks_lead: str = "今年要抓好三项工作。") -> str:
    """A short work report: a review, a paragraph after it, then the tasks under headings."""
    return (
        "政府工作报告\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
        "一、过去一年工作回顾\n\n"
        "一年来，全市经济平稳运行，粮食再获丰收，城乡居民收入稳步增长。\n\n"
        "这些成绩的取得，是全市人民团结奋斗的结果。\n\n"
        f"{review_end}\n\n"
        "二、今年的主要任务\n\n"
        f"{tasks_lead}\n\n"
        "（一）稳住工业\n\n工业是全市经济的基础，要稳住存量，扩大增量。\n\n"
        "（二）扩大消费\n\n消费是增长的主动力，要办好各类促消费活动。\n\n"
        "（三）办好民生实事\n\n要把群众最关心的事一件一件办好。\n\n"
        "各位代表！让我们团结一心，为完成全年目标任务而努力奋斗！\n"
    )


def test_the_turn_from_the_record_to_the_problems():
    for turn in (
        "我们也清醒看到，全市经济发展中还存在不少困难和问题。",
        "回顾过去一年，我们清醒地看到，前进道路上还有许多困难。",
        "同时，我们清醒认识到，全市发展还面临不少挑战。",
        "一年来的调整，虽然取得很大成绩，但是也要看到，经济中的潜在危险还没有完全消除。",
        "我们说当前的形势很好，并不是说一切都好，发展中也还存在一些问题。",
    ):
        # after 各位代表！ or after a sentence that closes the review
        for para in (f"各位代表！{turn}主要是投资偏弱。", f"成绩来之不易。{turn}主要是投资偏弱。"):
            assert turn in transitions(report(para)), para


def test_seeing_clearly_with_no_problem_named_is_the_sections_own_point():
    text = report("我们要清醒地认识到，我们还担不起全省龙头的担子，任重而道远。")
    assert not any("清醒" in t for t in transitions(text))


def test_the_lessons_of_the_years_reviewed():
    for lesson in (
        "回顾五年发展历程，我们深切感受到：必须坚持从实际出发，一件接着一件办。",
        "过去五年历程，让我们深刻体会到，推动高质量发展，必须坚持人民至上。",
        "最深切的感受是，全市人民拧成一股绳，再大的困难也能克服。",
    ):
        assert lesson in transitions(report(lesson)), lesson
    # a conviction held by others is the argument, not the speaker's turn to lessons
    text = report("我们党深刻认识到，实现发展必须依靠人民。")
    assert not any("深刻认识到" in t for t in transitions(text))


def test_the_speaker_stops_to_take_a_matter_up():
    for here in (
        "这里要专门讲一下农民培训的问题。",
        "这里有必要简单地谈谈大家关心的物价问题。",
        "这里，着重对经济增长和物价两个指标作些说明。",
    ):
        text = report(f"这些成绩来之不易。{here}这是一项繁重的任务。")
        assert here in transitions(text), here
    # 这里所说的… / 这里说的是… explains a word, it does not turn the talk
    text = report("这里所说的收入，是指可支配收入。这里说的是城镇居民。")
    assert not any(t.startswith("这里") for t in transitions(text))


def test_a_sentence_pointing_at_what_follows():
    # its parts run in (一是…二是…), so no roadmap links it to sections: still a lead-in
    for lead in (
        "做好今年工作，要坚持稳中求进，注重以下几点。",
        "经过认真研究，对今年的工作提出以下建议，请大会予以审议。",
        "围绕提高效益，必须认真贯彻执行下列三条方针。",
    ):
        text = report(f"{lead}一是稳住工业。二是扩大消费。三是办好民生实事。")
        assert lead in transitions(text), lead
    # a numbered item's own first sentence, though it points at what it lists
    text = report("（九）必须实行下列两方面的改革。第一方面，改革税制。第二方面，改革价格。")
    assert transitions(text) == []


def test_a_count_of_parts_right_before_the_headings_it_counts():
    for lead in ("重点从三个方面实现突破。", "今后一年，政府将着力推进三个方面重点任务。"):
        text = report("这些成绩来之不易。", f"今年的目标是增长百分之五。{lead}")
        assert lead in transitions(text), lead


def test_the_part_just_given_looked_back_on_inside_a_sentence():
    for back in (
        "人的主观能动性还是很重要的，上面我讲了很多客观因素，但是主观能动可以解决问题。",
        "这是一个很重要的问题，以上是第一个问题，服务意识问题。",
    ):
        assert back in transitions(report(back)), back


def test_a_sections_own_first_point_or_conclusion_is_no_transition():
    text = report(
        "同时，我们要抓成本管理，服务成本管理。",
        "在生产增长的基础上不断提高人民的生活水平，是我们经济工作的一项基本原则。"
        "所以各部门必须要团结合作，推动转变。",
    )
    assert transitions(text) == []


def talk(*paragraphs: str) -> str:
    """A talk without headings: an opening, the given paragraphs, a closing."""
    body = "\n\n".join(paragraphs)
    return (
        "关于作风的讲话\n\n同志们：\n\n今天讲一讲作风问题。\n\n"
        "有些同志工作浮在面上，群众很有意见。\n\n"
        f"{body}\n\n"
        "希望大家都来改进作风。\n"
    )


def test_the_speaker_turns_with_let_me_or_by_reporting_now():
    for turn in (
        "让我再讲一点历史。",
        "现在让我们把问题转到另一点。",
        "现在我向大会报告的，是正在拟定的方案的一些要点。",
    ):
        text = talk("作风问题由来已久。", f"{turn}这是一个老问题。")
        assert turn in [t.text for t in analyze(parse_text(text, "talk.txt")).transitions], turn
    # 让我再说一遍 repeats, it does not turn
    text = talk("作风问题由来已久。", "让我再说一遍：作风就是形象。")
    assert not analyze(parse_text(text, "talk.txt")).transitions


def test_a_matter_closed_by_saying_it_was_said_at_a_paragraphs_start_or_end():
    said = "这个问题的正面，已经说完了。"
    text = talk("作风问题由来已久。", f"{said}它的反面也要看到。")
    assert said in [t.text for t in analyze(parse_text(text, "talk.txt")).transitions]
    # deep inside an argument it only recalls a point
    long = "第一句。第二句。第三句。这件事的可能性前面已经说过了。第五句。第六句。"
    text = talk("作风问题由来已久。", long)
    assert not analyze(parse_text(text, "talk.txt")).transitions


def test_a_closing_that_opens_by_looking_back_on_the_talk():
    text = (
        "关于作风的讲话\n\n同志们：\n\n今天讲两点。\n\n"
        "一、改进文风\n\n文章要短。\n\n二、改进会风\n\n会议要少。\n\n"
        "今天讲的主要是这几点。希望大家回去认真落实，把作风切实改进。\n"
    )
    s = analyze(parse_text(text, "talk.txt"))
    assert s.closing.text.startswith("今天讲的主要是这几点")
    assert "今天讲的主要是这几点。" in [t.text for t in s.transitions]
