"""Pronouns closing a list (两者, 二者, 三者): frames exactly when they close a coordinated
list in their own sentence (the settled gold convention), read by
drafter/study/frames/closing_lists.py. Sentences written for these tests."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.frames import find_frames
from drafter.study.layout import layout


def _frames(text: str) -> list[tuple[str, list[str]]]:
    return [(f.phrase, f.items) for f in find_frames(layout(parse_text(text, "t.txt")))]


def _pronouns(text: str) -> list[tuple[str, list[str]]]:
    return [(p, i) for p, i in _frames(text) if "者" in p]


def test_a_pronoun_closing_the_clause_before_is_a_frame():
    found = _pronouns("我们要处理好质量和效率，二者不可偏废。")
    assert found == [("二者", ["质量", "效率"])]


def test_a_pronoun_in_the_clause_of_its_list():
    found = _pronouns("办公室的日常工作，写材料和跑会议应该两者兼顾。")
    assert len(found) == 1
    assert found[0][1] == ["写材料", "跑会议"]


def test_three_parts_of_a_list_closed_by_three():
    found = _pronouns("学习、调研、落实，三者缺一不可。")
    assert found == [("三者", ["学习", "调研", "落实"])]


def test_a_list_said_of_the_whole_with_de_closes_before_the_pronoun():
    # 是…的 said of the whole list: the 的 is no part of its last side; sides coined alike
    # (有X) are a list whatever the tagger reads each as
    found = _pronouns("调研必须是有据、有序、有效的，三者缺一，就要走弯路。")
    assert found == [("三者", ["有据", "有序", "有效"])]


def test_no_frame_after_the_items_sentence_ended():
    assert _pronouns("干部要懂政策。干部要懂业务。我们要把两者结合起来。") == []


def test_no_frame_after_contrasted_clauses():
    # 一方面…另一方面…: clause pairs, each with its own verb, not a coordinated list
    assert _pronouns("一方面要抓改革，另一方面要抓质量和效率，两者都不能放松。") == []


def test_no_frame_when_the_join_compares():
    # 和…相比 / 和…一样: 和 is a preposition here, it joins no list
    assert _pronouns("我们的产品和同行相比，两者差距不小。") == []
    assert _pronouns("别人能做出和眼睛一样好的镜头，两者之间差别不大。") == []


def test_a_pronoun_after_a_count_of_its_own_items_folds_into_it():
    text = "企业有两个支柱：技术和市场，二者缺一不可。"
    assert _pronouns(text) == []
    assert any(p == "两个支柱" for p, _ in _frames(text))


def test_a_bare_count_closing_a_list_is_a_frame_with_that_list():
    found = _frames("这次会议分为大会和分组会两种，不要混在一起。")
    assert ("两种", ["大会", "分组会"]) in found


def test_a_count_after_etc_takes_the_clauses_before():
    text = "我们提出精简机构，改进作风，严格纪律和密切联系群众等四项，各地都要落实。"
    assert ("四项", ["精简机构", "改进作风", "严格纪律", "密切联系群众"]) in _frames(text)


def test_the_first_part_loses_the_verb_that_leads_to_the_list():
    found = _frames("厂里的产品，又分甲等、乙等二类，价格不同。")
    assert ("二类", ["甲等", "乙等"]) in found


def test_a_bare_count_without_a_list_before_is_no_frame():
    assert not any(p == "两种" for p, _ in _frames("这个问题有两种，以后再说。"))


def test_a_connective_before_the_pronoun_leaves_the_list_in_the_clause_before():
    # (…两者的节奏不同 says the two differ: no frame since the session-26 settlement)
    found = _pronouns("很难把研发和销售同时做好，因为两者要相互配合。")
    assert found == [("两者", ["研发", "销售"])]


def test_a_count_summing_up_the_numbered_paragraphs_before_it():
    text = (
        "为此，特作如下规定：\n\n（一）各单位按时报送材料。\n\n（二）材料须经负责人审核。\n\n"
        "（三）逾期不报者通报批评。\n\n以上三条，各单位一律遵照执行。"
    )
    found = dict(_frames(text))
    assert found.get("三条") == ["各单位按时报送材料", "材料须经负责人审核", "逾期不报者通报批评"]


def test_numbered_paragraphs_led_in_by_their_own_count_are_no_second_frame():
    text = (
        "为此，作出三条规定：\n\n（一）各单位按时报送材料。\n\n（二）材料须经负责人审核。\n\n"
        "（三）逾期不报者通报批评。\n\n以上三条，各单位一律遵照执行。"
    )
    assert [p for p, _ in _frames(text)].count("三条") <= 1
    assert "三条规定" in [p for p, _ in _frames(text)]


def test_a_count_summing_up_part_of_a_longer_run_is_not_read():
    text = (
        "（一）各单位按时报送材料。\n\n（二）材料须经负责人审核。\n\n（三）逾期不报者通报批评。\n\n"
        "以上两条，各单位一律遵照执行。"
    )
    assert "两条" not in dict(_frames(text))


def test_a_count_summing_up_numbered_points_with_a_body_paragraph_between():
    # a point's second sentence split off as a paragraph (此项工作量不大…) stands between two
    # numbered ones, inside the second of two documents: the run still sums up (gold README,
    # "Settled, session 40": a list standing before its count)
    text = (
        "一\u3000十一月的指示\n\n对方欲以开会、进攻两项办法打击我们，其实将适得其反。\n\n"
        "二\u3000四月的通知\n\n在上述情况下，会议决定：\n\n一、各单位按时报送材料。\n\n"
        "二、材料须经负责人审核。此项工作量不大，时间完全有保障。\n\n三、逾期不报者通报批评。\n\n"
        "以上三项，为上月所决定，业已分别实行。特此通知。"
    )
    found = dict(_frames(text))
    assert found.get("三项") == ["各单位按时报送材料", "材料须经负责人审核", "逾期不报者通报批评"]


def test_a_count_summing_up_paragraphs_that_name_their_own_place():
    # …这是第一种。…这是第三种。 then a short paragraph 主要的有这三种。
    text = (
        "官僚主义有各种表现。\n\n文件不看，会议不听，只管签字。这是第一种。\n\n"
        "下去走一圈，不问群众的难处。这是第二种。\n\n报喜不报忧，层层加码。这是第三种。\n\n"
        "还可以举出一些。主要的有这三种。"
    )
    found = dict(_frames(text))
    assert found.get("三种") == ["文件不看", "下去走一圈", "报喜不报忧"]


def test_two_unnumbered_paragraphs_break_the_run():
    text = (
        "官僚主义有各种表现。\n\n文件不看，会议不听，只管签字。这是第一种。\n\n"
        "下去走一圈，不问群众的难处。这是第二种。\n\n群众有意见。\n\n意见也没有人管。\n\n"
        "报喜不报忧，层层加码。这是第三种。\n\n还可以举出一些。主要的有这三种。"
    )
    assert "三种" not in dict(_frames(text))


def test_a_pointer_count_without_a_counter_takes_the_list_before():
    text = "决定成败的不只是人才、技术与资金，上述三要素离开了管理都形不成力量。"
    assert ("三要素", ["人才", "技术", "资金"]) in _frames(text)


def test_a_pointer_count_without_a_list_before_is_no_frame():
    assert "三要素" not in dict(_frames("我们讲过很多次，这三要素离开了管理都形不成力量。"))


def test_spans_of_time_after_a_pointer_stay_out():
    # 这两天, 这三年: lengths of time, not summaries, even right after a list
    text = "春节、国庆，这两天都要值班。去年、前年和今年，这三年变化很大。"
    assert _frames(text) == []


def test_the_list_may_stand_a_clause_or_two_back_in_the_pronouns_sentence():
    text = "把理论与实践分离开来，是不懂工作的人的做法，我们则要把二者结合起来。"
    assert _pronouns(text) == [("二者", ["理论", "实践"])]


def test_no_earlier_list_past_a_clause_that_names_the_things_by_a_pronoun():
    text = "压迫和剥削中国人民的不是别的，正是他们二者，二者互相勾结。"
    assert _pronouns(text) == []


def test_no_list_of_one_side_when_two_subjects_are_set_against_each_other():
    text = "实干派的方法是调查和研究，空谈派的方法则是空想，二者是相反的。"
    assert _pronouns(text) == []


def test_a_pronoun_named_again_in_the_next_clause_is_one_frame():
    found = _pronouns("要把质量和效率统一起来，二者之中质量是基础，二者缺一不可。")
    assert found == [("二者", ["质量", "效率"])]


def _items_of(text: str, phrase: str) -> list[str] | None:
    return next((i for p, i in _frames(text) if p == phrase), None)


def test_a_back_reference_takes_the_things_named_with_its_own_noun():
    text = (
        "我们有打仗的军队，又有劳动的军队。打仗的军队，我们有八路军；这支军队也要当两支用。"
        "我们有了这两支军队，就什么困难都能克服。"
    )
    assert _items_of(text, "两支军队") == ["打仗的军队", "劳动的军队"]


def test_a_back_reference_takes_the_semicolon_parts_of_the_sentence_before():
    text = (
        "过去的工作中，一方面，没有把干部教育好，以致重犯错误；另一方面，太着重个人的责任，"
        "未能团结更多的人。这两个缺点，我们应引为鉴戒。"
    )
    items = _items_of(text, "两个缺点")
    assert items is not None and items[0].startswith("没有把干部教育好")


def test_the_closing_sums_up_the_last_sections_from_inside_its_first_sentence():
    # 总之，…上面三点…: the pointer need not open the closing paragraph
    text = (
        "关于做好安全生产工作的讲话\n\n同志们，今年的安全形势总体平稳。\n\n"
        "一、建立责任体系，层层压实责任\n\n各单位要把责任落实到每个岗位。\n\n"
        "二、开展隐患排查，及时消除风险\n\n排查要覆盖全部场所，不留死角。\n\n"
        "三、加强教育培训，提高全员素质\n\n培训要结合实际，讲求实效。\n\n"
        "总之，我们要把上面三点抓起来，让安全工作再上一个台阶。"
    )
    assert dict(_frames(text)).get("三点") == ["建立责任体系", "开展隐患排查", "加强教育培训"]


def test_the_closing_does_not_sum_up_sections_that_do_not_number_from_one():
    text = (
        "关于做好安全生产工作的讲话\n\n同志们，今年的安全形势总体平稳。\n\n"
        "一、建立责任体系，层层压实责任\n\n各单位要把责任落实到每个岗位。\n\n"
        "二、开展隐患排查，及时消除风险\n\n排查要覆盖全部场所，不留死角。\n\n"
        "三、加强教育培训，提高全员素质\n\n培训要结合实际，讲求实效。\n\n"
        "总之，我们要把上面两点抓起来，让安全工作再上一个台阶。"
    )
    assert "两点" not in dict(_frames(text))


def test_a_whole_in_parts_closing_a_list_of_de_phrases():
    found = dict(_frames("所以，人的本领，不外先天的和后天的两部分。"))
    assert found.get("两部分") == ["先天", "后天"]
    # one 的 before the count: the count heads its phrase, no list is closed
    assert not dict(_frames("这是工作中最难和最累的两部分。")).get("两部分")


def test_a_pointer_in_the_first_sentence_after_numbered_paragraphs_sums_them_up():
    text = (
        "明年要抓好几件事。\n\n1、机关要精简，人员下沉一线。\n\n2、研发要聚焦，集中力量突破。\n\n"
        "3、交付要做好，提升客户满意度。\n\n我们这三点做好了，效益自然上来。"
    )
    found = dict(_frames(text))
    assert found.get("三点") == ["机关要精简", "研发要聚焦", "交付要做好"]


def test_a_pronoun_closing_words_run_together_after_their_verb():
    found = _pronouns("为了克服困难，必须强调抗战团结进步三者不可缺。")
    assert found == [("三者", ["抗战", "团结", "进步"])]
    assert _pronouns("我们三者都要去。") == []


def test_a_quoted_name_beside_another_takes_no_items_from_the_list_before():
    # 纳入中央预算内投资、“两重”“两新”、专项债: 两新 is one name of a list, as 两重 beside it;
    # it took 投资 and 两重 as its two items (ux27's walk, two 2026 provincial reports)
    from drafter.corpus.load import parse_text
    from drafter.study.frames import find_frames
    from drafter.study.layout import layout

    text = "标题\n\n争取更多项目纳入中央预算内投资、“两重”“两新”、专项债等支持范围。"
    frames = {f.phrase: f for f in find_frames(layout(parse_text(text, "t.txt")))}
    assert frames["两新"].items == []
