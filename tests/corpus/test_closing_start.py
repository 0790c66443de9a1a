"""Where the closing starts, decided once (drafter.corpus.closing.settle_start) for the outline
and the study alike. Texts written for the project, not taken from ../shared."""

from __future__ import annotations

from drafter.corpus import parse_text
from drafter.corpus.closing import closing_like, closing_words
from drafter.study.analyze import analyze
from drafter.study.layout import layout

TASK = "全面推进乡村振兴，加快建设农业强县，确保粮食产量稳定在五十万吨以上。"
HEAD = "政府工作报告\n\n各位代表：\n\n现在，我代表县人民政府，向大会报告工作，请予审议。\n\n"
PARTS = f"一、过去一年的工作\n\n{TASK}\n\n{TASK}\n\n二、今年的主要任务\n\n{TASK}\n\n{TASK}\n\n"
ARMY = "驻县部队为全县发展作出了重要贡献。我们要继续发扬双拥传统，支持国防建设。"
SELF = "做好今年的工作，对政府自身建设提出了更高要求。要坚持依法行政，自觉接受监督。"
CALL = "蓝图已经绘就，实干创造未来。让我们紧密团结，奋力谱写全县高质量发展新篇章！"


def _closing(text: str) -> list[str]:
    doc = parse_text(text)
    study = analyze(doc)
    lay = layout(doc)
    # the study's closing is the outline's: the same paragraphs, one decision
    assert study.closing.paragraphs == lay.closing
    return doc.outline.closing


def _closing_after(last: str) -> list[str]:
    """The outline's closing when the paragraph ``last`` ends the report, after one of its last
    part's own paragraphs: how most tests below put a candidate closing to the rules."""
    return parse_text(HEAD + PARTS + f"{TASK}\n\n{last}\n").outline.closing


def test_repeated_salutations_closing_starts_at_the_one_that_calls() -> None:
    """各位代表！ before the army, before the government's own work and before the call: the
    first two open unnumbered parts of the report, the closing is the call."""
    closing = _closing(HEAD + PARTS + f"各位代表！{ARMY}\n\n各位代表！{SELF}\n\n各位代表！{CALL}\n")
    assert closing == [f"各位代表！{CALL}"]


def test_repeated_salutations_without_a_call_keep_the_first() -> None:
    closing = _closing(HEAD + PARTS + f"各位代表！{SELF}\n\n各位代表！{TASK}\n")
    assert closing[0] == f"各位代表！{SELF}"


def test_salutation_alone_over_unnumbered_parts_keeps_the_last_block() -> None:
    """各位代表！ standing alone over each unnumbered part (army, government) and over the
    call: the closing is the last block, not the first 各位代表！."""
    blocks = [ARMY, TASK, SELF, TASK, CALL]
    tail = "".join(f"各位代表！\n\n{b}\n\n" for b in blocks[:1])
    tail += f"{blocks[1]}\n\n各位代表！\n\n{blocks[2]}\n\n{blocks[3]}\n\n各位代表！\n\n{CALL}\n"
    closing = _closing(HEAD + PARTS + tail)
    assert closing == ["各位代表！", CALL]


def test_salutation_opening_the_last_part_leaves_the_part_its_text() -> None:
    """五、… then 同志们，… as the part's first words: that part is body, and the speech closes
    at its last salutation."""
    text = (
        "在全县工作会议上的讲话\n\n同志们：\n\n今天召开会议，部署全年工作。\n\n"
        f"一、关于发展\n\n{TASK}\n\n二、关于团结\n\n同志们，我们大家都可以看到，全县面貌已经发生"
        f"很大变化。{TASK}\n\n{TASK}\n\n{TASK}\n\n同志们，我们面临的条件总体是有利的。只要"
        "我们坚持下去，目标就一定能够实现。\n"
    )
    doc = parse_text(text)
    assert doc.outline.closing == [
        "同志们，我们面临的条件总体是有利的。只要我们坚持下去，目标就一定能够实现。"
    ]
    assert len(doc.outline.sections[-1].paragraphs) == 3


def test_one_salutation_keeps_its_whole_closing() -> None:
    """同志们！ and four paragraphs of exhortation before the call: one closing, not only the
    call (a long closing is trimmed only under a salutation standing alone)."""
    exhort = "全县上下必须增强忧患意识，谦虚谨慎，戒骄戒躁，始终保持奋发有为的精神状态。"
    text = (
        HEAD
        + PARTS
        + f"同志们！实现全县高质量发展，是全县人民的共同心愿。\n\n{exhort}\n\n{exhort}\n\n"
        + f"{exhort}\n\n{CALL}\n"
    )
    closing = _closing(text)
    assert closing[0].startswith("同志们！实现全县高质量发展")
    assert len(closing) == 5


def test_last_point_is_body_not_closing() -> None:
    """最后，解释一个问题 opens the speaker's last point: no closing there."""
    text = HEAD + PARTS + "最后，解释一个问题。有人说，今年的目标定高了。不能这样看。\n"
    doc = parse_text(text)
    assert doc.outline.closing == []
    assert doc.outline.sections[-1].paragraphs[-1].startswith("最后，解释一个问题")


def test_numbered_conclusion_part_is_heading_and_its_text_the_closing() -> None:
    """八、结束语 stays a heading; the closing is its first paragraph on."""
    words = "我这个人不善于表扬人，但我说的都是心里话，希望大家继续努力。"
    doc = parse_text(HEAD + PARTS + f"三、结束语\n\n{words}\n")
    assert [s.heading for s in doc.outline.sections][-1] == "结束语"
    assert doc.outline.closing == [words]


def test_a_last_part_titled_conclusion_is_the_closing_whatever_its_spacing() -> None:
    """四　结　　论 (the conclusion, spaced as old books set it) is a conclusion's title as 结束语
    is: the part stays a heading and the closing is its text, from its first paragraph."""
    words = ["一定要坚持第一种方针，争取第一个前途。", "全县人民团结起来，坚决地实行第一种方针！"]
    doc = parse_text(HEAD + PARTS + "三、结　　论\n\n" + "\n\n".join(words) + "\n")
    assert doc.outline.sections[-1].heading.replace("\u3000", "") == "结论"
    assert doc.outline.closing == words


def test_signature_without_a_date_is_the_closing() -> None:
    """An order signed by posts and names and no date: the signature is its closing."""
    text = HEAD + PARTS + "县人民政府县长\u3000张明华\n\n县人民武装部政治委员\u3000李\u3000强\n"
    doc = parse_text(text)
    assert doc.outline.closing == [
        "县人民政府县长\u3000张明华",
        "县人民武装部政治委员\u3000李\u3000强",
    ]
    assert doc.outline.sections[-1].paragraphs == [TASK, TASK]


def test_a_date_alone_at_the_end_is_no_closing() -> None:
    """A speech whose date stands under its last words, as Word's official layout sets it,
    and no one signs: the date is no 结尾 (a last part's text goes on to it), in both
    Chinese numerals and figures, under a heading standing alone or after its text."""
    for date in ("2016年5月28日", "一九三九年十二月二十一日", "2016 年 5 月 28 日"):
        doc = parse_text(HEAD + PARTS + f"{date}\n")
        assert doc.outline.closing == [], date
        assert doc.outline.sections[-1].paragraphs[-1] == date
    # what winds up above the date is still the closing, and the date runs with it
    doc = parse_text(HEAD + PARTS + f"{CALL}\n\n2016年5月28日\n")
    assert doc.outline.closing == [CALL, "2016年5月28日"]


def test_an_office_and_a_date_still_sign_a_report_as_its_closing() -> None:
    """The signature the issue names (an office and a date at the end of a report) is
    untouched: only a date with no one signing is read as a dateline."""
    doc = parse_text(HEAD + PARTS + "青山县人民政府\n\n2025年4月2日\n")
    assert doc.outline.closing == ["青山县人民政府", "2025年4月2日"]


def test_summing_up_with_zongshang_starts_the_closing() -> None:
    """总上…， sums the parts up as 总之， does."""
    words = "总上三件事，都是全县干部群众共同努力的结果，值得认真总结。"
    assert _closing_after(words) == [words]


def test_last_point_with_an_ordinal_or_an_aside_is_body() -> None:
    """最后，第三，… and 最后，我顺便讲一点… open a last point; a 总之 inside it sums that point,
    not the speech."""
    for last in (
        "最后，第三，我要说到全县的青年工作。青年是全县发展的生力军。",
        "最后，我顺便讲一点写材料的问题。材料要短。总之，一要准确，二要简明。",
    ):
        doc = parse_text(HEAD + PARTS + last + "\n")
        assert doc.outline.closing == []
        study = analyze(doc)
        assert study.closing.paragraphs == []


def test_last_paragraph_that_refers_back_to_the_items_is_the_closing() -> None:
    """以上三项，… after the last numbered item sums the items up: the closing."""
    words = "以上三项，望各单位结合实际认真执行。"
    doc = parse_text(HEAD + PARTS + f"三、加强督查\n\n{TASK}\n\n{words}\n")
    assert doc.outline.closing == [words]


def test_short_word_of_confidence_at_the_end_is_the_closing() -> None:
    words = "加强团结，真抓实干，我们就一定会实现全年目标。"
    assert _closing_after(words) == [words]
    # an instruction with 一定要 is the body's
    order = "各乡镇一定要把责任落实到人。"
    assert _closing_after(order) == []


def test_last_paragraph_that_hopes_of_the_listeners_is_the_closing() -> None:
    words = "今年的任务很重。希望大家鼓起劲来，奋发努力，作出新的成绩。"
    assert _closing_after(words) == [words]
    # a long paragraph on its subject that ends on one hope stays the section's
    long = f"{TASK}{TASK}{TASK}{TASK}希望大家认真研究。"
    assert _closing_after(long) == []


def test_long_last_paragraph_ending_on_confidence_is_the_closing() -> None:
    words = f"{TASK}{TASK}我们坚持下去，全县的明天一定会更美好，我们的目标一定能够实现。"
    assert _closing_after(words) == [words]


def test_what_the_speaker_had_to_say_is_said() -> None:
    """我要对你说的话已经说完了。 ends a letter or a talk as 我的讲话完了 does."""
    words = "我要对你们说的话大致已经说完了。不对的地方，请大家指正。"
    assert _closing_after(words) == [words]


def test_last_paragraph_opening_with_a_summing_up_is_the_closing() -> None:
    """总的来说，… opening the last paragraph: the outline's closing, as the study reads it."""
    words = "总的来说，今年的工作有成绩，也有不足，我们要再接再厉。"
    closing = _closing(HEAD + PARTS + f"{TASK}\n\n{words}\n")
    assert closing == [words]


def test_slogans_take_in_the_call_above_them() -> None:
    """Slogans at the end close a speech that calls just before them: the closing takes in the
    call (全县人民团结起来…), the exclamation above the slogans, and no numbered item."""
    call = "全县干部群众团结起来，坚决完成全年目标任务。"
    text = (
        HEAD
        + PARTS
        + f"（三）抓好落实。{TASK}\n\n{call}\n\n打倒形式主义！\n\n全县人民大团结万岁！\n"
    )
    closing = parse_text(text).outline.closing
    assert closing == [call, "打倒形式主义！", "全县人民大团结万岁！"]


def test_closing_under_a_label_line_is_taken_whole() -> None:
    """An unnumbered 结束语 line after the last part: the author marked the closing, so all of
    it stands (the 各位代表！ over the year's tasks too), the label first; the closing's own
    words start under the label (tests/gold/README.md, set 7)."""
    tail = f"结束语\n\n各位代表！\n\n{SELF}\n\n各位代表！\n\n{CALL}\n"
    closing = _closing(HEAD + PARTS + tail)
    assert closing == ["结束语", "各位代表！", SELF, "各位代表！", CALL]
    assert closing_words(closing) == 1
    assert closing_words(["各位代表！", CALL]) == 0


def test_bracketed_label_opens_the_closing() -> None:
    """【结束语】 leading the last paragraph of a talk that gives no other sign of ending."""
    last = "【结束语】今天的讨论很有收获，大家回去以后要把会议精神传达到每个岗位。"
    closing = _closing_after(last)
    assert closing == [last]
    assert closing_words(closing) == 0


def test_bracketed_label_alone_on_its_line_titles_the_closing() -> None:
    """【结尾】 (or 【结束语】) standing alone after the last part's exchange: cleaning keeps it
    (it is no web page's button such as 【打印】), the closing starts at it, and its own words
    at the paragraph under it, all the paragraphs below taken whole."""
    qa = "提问：我们部门今年如何配合改革？\n\n回答：先把流程理顺，再谈配合。"
    for label in ("【结尾】", "【结束语】"):
        closing = _closing(HEAD + PARTS + f"{qa}\n\n{label}\n\n{SELF}\n\n{ARMY}\n")
        assert closing == [label, SELF, ARMY]
        assert closing_words(closing) == 1
    # a bar of buttons is still dropped as the page's, never read as text
    doc = parse_text(HEAD + PARTS + f"{TASK}\n\n【打印】【关闭】\n")
    assert all("打印" not in p.text for p in doc.paragraphs())


def test_looking_back_on_the_whole_talk_opens_the_closing() -> None:
    """今天讲的主要是这几点。 opening the last paragraph: the wind-up, even when the rest of the
    paragraph goes on with what to do."""
    last = (
        "今天讲的主要是这几点。各部门回去以后要认真研究，结合实际抓好落实。"
        "年底前要把进展报上来，我们统一检查。检查结果要通报全县。"
    )
    assert _closing_after(last) == [last]


def test_summary_of_a_part_gives_way_to_the_talks_own_wind_up() -> None:
    """以上所讲… sums up a part and the talk goes on (a last point with 第一是…第二是…); the
    closing is the last paragraph that looks back on the whole talk, its applause aside."""
    body = "我们要把作风建设抓在手上，一刻也不能放松。这是全党的大事，各级都要重视。"
    text = (
        "在全县干部大会上的讲话\n\n同志们：\n\n今天讲讲作风问题。\n\n"
        + f"{body}\n\n" * 5
        + "以上所讲的几种关系，都是干部之间的关系，都要处理好。\n\n"
        + f"{body}\n\n{body}\n\n"
        + "最后，整顿作风有两条宗旨必须注意：第一是惩前毖后，第二是治病救人。\n\n"
        + "趁着今天开会的机会，我讲了这许多话，希望同志们加以考虑。（热烈的鼓掌）\n"
    )
    closing = _closing(text)
    assert closing == ["趁着今天开会的机会，我讲了这许多话，希望同志们加以考虑。（热烈的鼓掌）"]


def test_stage_note_after_the_last_words_does_not_hide_them() -> None:
    """（掌声） after the thanks is the record's, not the speaker's last sentence."""
    assert closing_like("这次会议开得很好，谢谢大家。（掌声）")
    assert not closing_like("这次会议开得很好。（掌声）")


def test_last_step_of_a_procedure_is_not_a_closing() -> None:
    """…然后… 最后，由全体会议审议通过。: a procedure's steps, told in order; 最后 is its
    last step, not the speaker winding up."""
    text = (
        "县政府工作规则\n\n一、总则\n\n本规则适用于县政府各部门。\n\n二、修订\n\n"
        "本规则每五年修订一次。\n\n修订时，由各部门提出修改意见。\n\n"
        "然后，由县政府办公室汇总整理，形成修订草案。\n\n最后，由县政府全体会议审议通过后施行。\n"
    )
    assert _closing(text) == []


def test_last_paragraph_that_turns_to_the_listeners_and_the_outcome() -> None:
    """No word opens the closing; the last paragraph has turned from the subject: sure of the
    outcome (只要我们…就一定能…) and calling on the listeners (站出来)."""
    last = (
        "这几年我们走过了很多弯路。困难还会有，挑战还会更多。"
        "但只要我们坚持改革，就一定能够走出困境。是英雄好汉的，站出来！"
    )
    assert _closing_after(last) == [last]


def test_a_condition_on_the_subject_is_not_a_turn() -> None:
    """只要… 就会… about how a measure works, in a paragraph of directives: body."""
    last = "流程责任人要对变革落地负责，一定要解决权力问题。只要考核代表处的人均效率，大家就会关注变革。"
    assert _closing_after(last) == []


def test_closing_begins_above_its_last_flourish() -> None:
    """A short last line (我们的目的一定要实现，也一定能实现。) caps the closing; the paragraph
    above it, where the speaker has turned, is where it begins."""
    above = "只要我们不怕牺牲，我们就一定会度过难关。期望你们成长起来，担负起时代的重任。"
    last = "我们的目的一定要实现，也一定能实现。"
    assert _closing_after(f"{above}\n\n{last}") == [above, last]


def test_salutations_alone_over_parts_close_on_the_last_blocks_long_call() -> None:
    """各位代表！ alone over 国防, over 政府自身建设 and over the call, the call one long sentence
    (…紧密地团结在…周围，…为…不懈奋斗！): the closing is the last block."""
    call = (
        "奋斗创造历史，实干成就未来。我们要更加紧密地团结在县委周围，坚定信心，开拓进取，"
        "为全面完成今年各项目标任务、加快建设经济强县和美丽家园、推动全县经济社会发展再上新台阶、"
        "奋力谱写新时代高质量发展新篇章不懈奋斗！"
    )
    tail = f"各位代表！\n\n{ARMY}\n\n各位代表！\n\n{SELF}\n\n{TASK}\n\n各位代表！\n\n{call}\n"
    assert _closing(HEAD + PARTS + tail) == ["各位代表！", call]


def test_last_word_of_belief_in_the_listeners_is_the_closing() -> None:
    """我相信… as the talk's last word: the speaker has turned to the outcome."""
    last = "我相信全县干部群众一定能把这件大事办好！"
    assert _closing_after(last) == [last]


def test_salutation_with_a_colon_alone_over_the_call_opens_the_closing() -> None:
    """各位代表： standing alone (a colon, as an older report writes it) after the last heading,
    over the army's paragraph and again over the call: the closing is the last block, as
    with 各位代表！; the salutations over the body's own paragraphs stay in the body."""
    tail = f"各位代表：\n\n{ARMY}\n\n{SELF}\n\n各位代表：\n\n{TASK}{CALL}\n"
    closing = _closing(HEAD + PARTS + tail)
    assert closing == ["各位代表：", TASK + CALL]


def test_paragraph_ending_on_a_call_above_the_flourish_opens_the_closing() -> None:
    """A last flourish (我们一定会成功的。) under a paragraph that starts on the county's
    situation and ends on a call (…大家共同奋斗。): the closing begins at that paragraph."""
    above = "全县正从高速增长走向高质量发展。竞争越来越激烈。我们需要团结一心，大家共同奋斗。"
    last = "我们一定会成功的，我们一定能成功。"
    assert _closing_after(f"{above}\n\n{last}") == [above, last]


def test_paragraph_on_the_subject_above_the_flourish_stays_in_the_body() -> None:
    """The same flourish under a paragraph that ends on the subject: the flourish alone."""
    above = "全县正从高速增长走向高质量发展。竞争越来越激烈。各乡镇要抓紧完善项目清单。"
    last = "我们一定会成功的，我们一定能成功。"
    assert _closing_after(f"{above}\n\n{last}") == [last]


def test_short_lines_after_the_long_paragraphs_are_the_closing() -> None:
    """The body's long paragraphs end, and three short lines exhort (我们应该迎接它。 /
    伸出你的双手，…): the closing is the run of lines, from the first."""
    lines = [
        "新的县城就在我们面前，我们应该迎接它。",
        "新城的轮廓已经看得见了。",
        "伸出你的双手，新城是我们的。",
    ]
    assert _closing_after("\n\n".join(lines)) == lines


def test_short_lines_that_only_state_the_subject_are_no_closing() -> None:
    """Short lines that neither call nor look ahead (a run of plain statements): body."""
    lines = ["东区的道路已经修好。", "西区的道路正在修建。"]
    assert _closing_after("\n\n".join(lines)) == []


def test_short_last_part_titled_as_a_rally_is_the_conclusion() -> None:
    """三、全县上下团结起来，争取更大的胜利 over two paragraphs and a slogan: the part stays a
    heading and the closing is its text, from its first paragraph."""
    first = "这次大会是在全县发展的关键时刻召开的。大会开得很成功。"
    call = "全县上下要紧密团结，振奋精神，为完成今年的各项任务而努力工作！"
    slogan = "全县人民大团结万岁！"
    doc = parse_text(
        HEAD + PARTS + f"三、全县上下团结起来，争取更大的胜利\n\n{first}\n\n{call}\n\n{slogan}\n"
    )
    assert doc.outline.sections[-1].heading == "全县上下团结起来，争取更大的胜利"
    assert doc.outline.closing == [first, call, slogan]


def test_long_last_part_titled_as_a_rally_keeps_its_body() -> None:
    """The same title over five paragraphs on the subject: a part of the body."""
    doc = parse_text(HEAD + PARTS + "三、全县上下团结起来，争取更大的胜利\n\n" + f"{TASK}\n\n" * 5)
    assert doc.outline.closing == []


def test_occasion_taken_to_say_a_few_words_above_the_thanks_opens_the_closing() -> None:
    """借着今天的机会讲几句话，希望… above a bare 谢谢大家！: the speaker looks back on the
    talk there, so the closing starts at that paragraph, not at the thanks."""
    words = "借着今天的机会讲几句话，希望大家把担子挑起来。全县的未来靠你们。"
    assert _closing_after(f"{words}\n\n谢谢大家！") == [words, "谢谢大家！"]


def test_bare_thanks_under_a_paragraph_on_the_subject_is_the_closing_alone() -> None:
    """The same thanks under the last part's own paragraph: the thanks alone."""
    assert _closing_after("谢谢大家！") == ["谢谢大家！"]


def test_farewell_announced_as_the_last_word_inside_the_last_paragraph() -> None:
    """…占领全省市场的三成。最后，祝大家马到成功！ in one paragraph: the paragraph is the
    closing, though it opens on the last point's figures."""
    last = (
        "明年是决战之年，我们要扩大队伍，占领全省市场的30%。最后，祝大家马到成功，再聚同饮庆功酒。"
    )
    assert _closing_after(last) == [last]


def test_thanks_leading_into_more_directives_is_no_farewell() -> None:
    """最后，感谢… followed by directives on the subject: the body's last point."""
    last = (
        "各乡镇要抓紧完善项目清单。最后，感谢大家这些年的努力。"
        "财政部门要在年底前完成资金清算，审计部门要跟进。"
    )
    assert _closing_after(last) == []


def test_we_alone_have_a_future_if_is_a_word_of_confidence() -> None:
    """A last paragraph that turns to the listeners and ends 我们才有未来！: the closing."""
    last = "全县整体情况是好的。我们有能力自己站起来。我们只有敞开心胸，容纳人才，我们才有未来！"
    assert _closing_after(last) == [last]


def test_lone_salutation_paragraph_after_the_last_part_sums_up_that_part() -> None:
    """同志们！ over one paragraph on the last part's subject, straight above 同志们！ over the
    long wind-up: the closing is the block that runs to the end."""
    part = "同志们！干部队伍建设好了，各项工作就有了坚强保证。"
    whole = "同志们！全县人民勤劳勇敢。历史只会眷顾奋进者。"
    youth = "青年兴则全县兴。全县要关心青年，为他们成长搭建舞台。"
    closing = _closing(HEAD + PARTS + f"{part}\n\n{whole}\n\n{youth}\n")
    assert closing == [whole, youth]


def test_lone_salutation_paragraph_on_the_meeting_itself_opens_the_closing() -> None:
    """The lone paragraph speaks of the meeting (从这次大会到明年…): the whole, the closing."""
    meeting = "同志们！从这次大会到明年，是全县爬坡过坎的关键一年。"
    whole = "同志们！全县人民勤劳勇敢。历史只会眷顾奋进者。"
    youth = "青年兴则全县兴。全县要关心青年，为他们成长搭建舞台。"
    closing = _closing(HEAD + PARTS + f"{meeting}\n\n{whole}\n\n{youth}\n")
    assert closing == [meeting, whole, youth]


def test_closing_begins_above_a_last_word_of_confidence_where_the_speaker_turned() -> None:
    """A last paragraph ending 我们的目标一定会达到 (three sentences, no flourish) under one
    that has already turned (我们一定会成功的…): the closing begins at the one above."""
    above = "胜利鼓舞着我们。我们一定会成功的，我们没有不成功的理由。"
    last = "时代在呼唤我们。全县的未来要靠我们去创造。我们的目标一定会达到，也一定能达到。"
    assert _closing_after(f"{above}\n\n{last}") == [above, last]


def test_salutation_over_the_governments_resolve_gives_way_to_the_rallying_one() -> None:
    """各位代表， over the government's resolve to build itself (…我们要加强自身建设，努力建设
    人民满意的政府。) and 各位代表！ over 让我们…: the closing is the rallying one."""
    resolve = "各位代表，踏上新征程，我们要加强自身建设，努力建设人民满意的政府。要坚持依法行政。"
    closing = _closing(HEAD + PARTS + f"{resolve}\n\n各位代表！{CALL}\n")
    assert closing == [f"各位代表！{CALL}"]


def test_last_word_that_the_listeners_will_surely_win_through() -> None:
    """A last paragraph on the trainees' own growth ending …你们就一定会有出息！: the closing,
    as …我们就一定会… is."""
    last = "机会掌握在你们自己手上。珍惜机会，提升自己，超越自我，你们就一定会有出息！"
    assert _closing_after(last) == [last]


def test_last_sentence_that_addresses_the_audience_makes_the_last_paragraph_the_closing() -> None:
    """…取得了进展。同志们，今年的担子更重了，大家一起扛起来。: the speaker names the
    listeners in the very last sentence; the paragraph is the closing."""
    last = "两年来全县各项工作都取得了进展。同志们，今年的担子更重了，大家一起扛起来。"
    assert _closing_after(last) == [last]


def test_salutation_inside_a_body_paragraph_is_no_closing() -> None:
    """同志们， opening a middle sentence, the paragraph going on about the subject: body."""
    last = "两年来全县各项工作都取得了进展。同志们，道路修好了。各乡镇要抓紧完善项目清单。"
    assert _closing_after(last) == []


def test_verdict_on_todays_report_is_the_closing() -> None:
    """你们今天的汇报挺好，下一步继续沟通。 ending the remarks at a 汇报会: the closing."""
    last = "你们今天的汇报挺好，总体上我们达成了共识，下一步继续沟通。"
    assert _closing_after(last) == [last]


def test_letter_that_ends_hoping_for_its_one_reader_is_the_closing() -> None:
    """A letter to each new employee ends 希望您加速磨炼，…: the closing, as 希望你们… is."""
    last = "全县正在飞速发展，迫切需要干部，希望您加速磨炼，与我们一起担起明天的重任。"
    assert _closing_after(last) == [last]


def test_trust_in_the_listeners_as_the_last_word_is_the_closing() -> None:
    """相信你们，… as the last line: the speaker is sure of the listeners."""
    last = "相信你们，这面旗帜一定会在全县高高飘扬。"
    assert _closing_after(last) == [last]


def test_notice_closes_on_the_formula_that_sums_its_items_up() -> None:
    """A notice whose numbered items the text sums up by count (右列四条，…) closes on that
    formula, even when the last item's own text runs over two paragraphs."""
    items = "\n\n".join(
        [
            "（一）凡属有利于团结的事业，本处一律保护，不得侵犯。",
            "（二）凡属借故生事、扰乱地方者，一经查明，依法惩处。",
            "（三）各地商户照常营业，市场秩序由地方政府负责维持。",
            "（四）当此紧张期间，凡从事破坏者，准许群众检举。",
            "证据确实者，准许就地扣押，交由政府依法审理。",
        ]
    )
    formula = "右列四条，全区军民人等一律遵照，不得违背。特此布告。"
    doc = parse_text(f"某某边区政府布告\n\n{items}\n\n{formula}\n")
    assert [s.heading[:4] for s in doc.outline.sections] == [
        "凡属有利",
        "凡属借故",
        "各地商户",
        "当此紧张",
    ]
    assert doc.outline.closing and doc.outline.closing[0].startswith("右列四条")


def test_a_last_paragraph_that_takes_the_cases_above_as_a_whole_by_count() -> None:
    """以上三种做法各有优点… as the last paragraph, several paragraphs under the last heading:
    the points laid out above summed up by count, the closing; 以上这些措施… with no count
    the points laid out above summed up by count, the closing."""
    whole = "以上三种做法各有优点，都值得学习，但是要从试点开始，逐步推开。"
    assert _closing_after(f"{TASK}\n\n{TASK}\n\n{whole}") == [whole]


def test_the_ways_above_applied_as_a_whole_open_the_closing_without_a_count() -> None:
    """按照以上这些方法，… as the next-to-last paragraph: the methods laid out above applied as a
    whole to what comes of them, the closing from there (set 44's ren 20140723); a bare
    以上这些措施，都是为了… describing the measures stays the last part's text (set 9's 1980)."""
    ways = "按照以上这些方法，明年的粮食产量能不能再上一个台阶？在座的同志都说能。"
    hope = "这次改革我们没有经验，但是大家努力学习，改进自己的工作，今天充满了机会，大家要珍惜。"
    assert _closing_after(f"{TASK}\n\n{ways}\n\n{hope}") == [ways, hope]
    bare = "以上这些措施，都是为了进一步调动农民种粮的积极性，保障粮食安全。"
    assert _closing_after(f"{TASK}\n\n{bare}\n\n{hope}") == [hope]


ITEMS = [
    "1、全县干部要学习新修订的土地管理法。依法依规推进乡村建设，不能随意占用耕地。",
    "2、加强农田水利建设。今年冬修水利要早动手，确保来年灌溉用水。",
    "3、集中精力抓好粮食生产。各乡镇要把播种面积落实到村到户，不留空档。",
    "4、强调安全生产的责任。乡镇主要负责人是第一责任人，要守土尽责。",
]
FORECAST = "未来两三年是全县发展的关键时期，每个人都有机会，唯有一个要求——埋头苦干！"


def test_the_paragraph_after_items_of_one_paragraph_each_is_the_closing() -> None:
    """A last part (or a second speaker's turn) made of numbered items that each hold their
    whole text, then one unnumbered paragraph: that paragraph is no item's text, the closing."""
    text = HEAD + PARTS + "三、几点具体要求\n\n" + "\n\n".join(ITEMS) + f"\n\n{FORECAST}\n"
    assert parse_text(text).outline.closing == [FORECAST]


def test_the_paragraph_after_an_item_with_text_of_its_own_stays_its_text() -> None:
    """When the last item stands alone over its text (4、… / its paragraph), the paragraph under
    it is that item's; and items ending in ； are clauses of one sentence, which goes on."""
    items = [*ITEMS[:3], "4、强调安全生产的责任", "乡镇主要负责人是第一责任人，要守土尽责。"]
    text = HEAD + PARTS + "三、几点具体要求\n\n" + "\n\n".join(items) + f"\n\n{FORECAST}\n"
    assert parse_text(text).outline.closing == []
    clauses = [t.replace("。", "；") for t in ITEMS]
    text = HEAD + PARTS + "三、几点具体要求\n\n" + "\n\n".join(clauses) + f"\n\n{FORECAST}\n"
    assert parse_text(text).outline.closing == []


REVIEW_HEAD = (
    "在全市安全生产检查讲评会上的讲话\n\n同志们：\n\n这次检查历时半个月，现在我讲评一下。\n\n"
)
REVIEW_PARTS = "".join(
    f"{head}\n\n{TASK}\n\n{TASK}\n\n{TASK}\n\n"
    for head in ("一、总体情况", "二、存在的问题", "三、下一步要求")
)
AFTER = "希望各单位对照问题，抓紧整改，确保各项工作落到实处。"


def test_own_talk_named_opens_the_closing() -> None:
    """以上讲评，… / 以上表态。: the speaker names his own talk (a review of the units after an
    inspection, a pledge, an exchange) as 以上意见 / 以上汇报 are named, and winds up there;
    offered 仅供大家参考 without a 我, it is still his, not a 范文 site's line."""
    for noun in ("讲评", "点评", "讲话", "述职", "表态", "交流"):
        wind = f"以上{noun}，主要是这次看到的情况，不一定准确，仅供大家参考。"
        closing = _closing(REVIEW_HEAD + REVIEW_PARTS + f"{wind}\n\n{AFTER}\n")
        assert closing == [wind, AFTER], noun
        last = wind + AFTER  # the text's last paragraph, where a site's 仅供参考 line stands
        assert _closing(REVIEW_HEAD + REVIEW_PARTS + f"{last}\n") == [last], noun


def test_own_talk_noun_inside_a_phrase_is_body() -> None:
    """以上讲话精神要传达到每个支部: the noun runs on into the body's phrase (no comma or stop
    after it), so the paragraph stays in the last part."""
    body = "以上讲话精神要传达到每个支部，各单位要结合实际抓好落实，确保各项要求落到实处。"
    closing = _closing(REVIEW_HEAD + REVIEW_PARTS + f"{body}\n\n{TASK}\n")
    assert body not in closing


def test_site_line_after_the_text_still_goes() -> None:
    """以上内容仅供参考 / 以上就是…: a 范文 site's line after the speech is still clutter; only
    the talk named by its speaker (以上讲评，) is kept."""
    doc = parse_text(REVIEW_HEAD + REVIEW_PARTS + f"{AFTER}\n\n以上内容仅供大家参考。\n")
    assert "以上内容仅供大家参考。" not in doc.outline.closing + doc.outline.sections[-1].paragraphs
