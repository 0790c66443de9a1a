"""Roadmap sentences read more generally (stop 19): batch 11 (blind once, development since)
showed announcements the earlier rules, fitted to what they had seen, did not carry to.

Each case below is written here and failed before its rule: verbs of showing and choosing
what to say (解释我的几点看法 / 抽出几条来说一说 / 举出几个例子), a selection whose numbers skip
(第一条 第二条 第四条), examples one a paragraph up to the paragraph that draws them together
(由此看来，…), a heading that closes on what it points at (…予以以下支持) over unnumbered
paragraphs, a pointer whose stop was lost before the headings (…有以下几点), a pointer closing an
earlier clause (…向大会作以下报告，请予审议。) and a statement heading that ended in a colon over
numbered sub-sections (the outline drops the colon; the file's text keeps it). Guards: a
heading that opens with 以下 for "next" (以下再说…的情况), a verb of showing in the past
(他列举了八条), a topic label ending in a colon (三、授权：).
"""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def roadmap(text: str):
    doc = parse_text(text, "t.txt")
    return analyze(doc), [p.text for p in doc.paragraphs()]


def test_a_verb_of_explaining_with_ji_and_a_possessive_announces_the_sections():
    text = """关于数据安全工作的说明

数据安全的决议大家都看过了。今天我只是给大家解释我的几点看法，便于共同理解。

一、建立可靠的防护系统

防护的对象是恶意的攻击。

二、核心资产重点防护

非核心的资料可以逐步开放。

三、安全是全员的责任

每个部门都要有人负责。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "几点看法" in r.text)
    assert road.count is None and road.warning is None
    assert [paras[i][:2] for i in road.sections] == ["一、", "二、", "三、"]


def test_picking_some_items_of_a_longer_list_links_numbers_that_skip():
    text = """怎样写好调查报告

老师傅总结过十条写报告的规矩，我现在抽出几条来说一说。

第一条：“先跑现场，后动笔。”

讲的是要到现场去，不是坐在办公室里想。

第二条：“不知道的不写。”

讲的是要老实，不要编造。

第四条：“写完了读给群众听。”

讲的是要让群众来检验。

这几条都是好规矩，我们应当照着办。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "抽出几条" in r.text)
    assert [paras[i][:3] for i in road.sections] == ["第一条", "第二条", "第四条"]


def test_examples_one_a_paragraph_up_to_the_paragraph_that_draws_them_together():
    text = """认识是怎样深化的

认识总是从浅入深的。为了说明这个道理，下面再举出几个具体的例子。

学徒刚进工厂的时候，只看见机器的外表，不懂得它的道理。干了几年，才懂得了机器的构造。

农民对于天气的认识也是这样。开头只是记住几次风雨，后来才总结出了农谚。

我们再来看打仗。指挥员开头只有一些零碎的经验，打了许多仗，才摸到了规律。

由此看来，认识的过程总是先有感觉，后有概念。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "举出几个具体的例子" in r.text)
    assert [paras[i][:4] for i in road.sections] == ["学徒刚进", "农民对于", "我们再来"]


def test_a_heading_closing_on_what_it_points_at_links_its_unnumbered_paragraphs():
    text = """关于改善艰苦地区生活条件的意见

一、食堂建设

1、为支持食堂尽快建成，公司可以给予以下支持

就餐费用由公司补贴一半。

装修和设备的费用由公司承担。

厨师的聘用以当地解决为主。

2、各部门要积极配合

行政部门要抽调干部。

二、员工健康

每半年体检一次。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "以下支持" in r.text)
    assert [paras[i][:3] for i in road.sections] == ["就餐费", "装修和", "厨师的"]


def test_a_heading_opening_with_yixia_for_next_is_no_pointer():
    text = """一九五八年的工作

一、工业战线

钢铁产量大大增加。

二、以下再说农业战线上的情况

粮食获得了丰收。

棉花也增产了。

三、以下再说交通运输

铁路修了很多。

公路也修了很多。
"""
    study, _ = roadmap(text)
    assert not any("以下再说" in r.text for r in study.roadmap)


def test_a_verb_of_showing_in_the_past_announces_nothing():
    text = """怎样写好调查报告

老师傅当年列举了三条写报告的规矩。

第一条：“先跑现场，后动笔。”

第二条：“不知道的不写。”

第三条：“写完了读给群众听。”
"""
    study, _ = roadmap(text)
    assert not any("列举了三条" in r.text for r in study.roadmap)


def test_a_pointer_whose_stop_was_lost_before_the_headings_still_announces_them():
    text = """五年工作的基本经验

五年来，各项事业都有了很大发展。

回顾五年来的历程，我们获得了不少有益的经验，其中最值得认真吸取的有以下几点

一、坚持改革总揽全局

改革必须促进建设。

二、坚持从实际出发

一切工作都要尊重实践。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "以下几点" in r.text)
    assert [paras[i][:2] for i in road.sections] == ["一、", "二、"]


def test_a_clause_closing_on_what_it_points_at_before_a_closing_clause_of_purpose():
    text = """政府工作报告

各位代表：

现在，我代表市政府，就当前的经济形势、今后的工作方针，向大会作以下报告，请予审议。

（一）当前的经济形势

经济运行总体平稳。

（二）今后的工作方针

要坚持稳中求进。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "以下报告" in r.text)
    assert [paras[i][:3] for i in road.sections] == ["（一）", "（二）"]


def test_a_statement_heading_that_ended_in_a_colon_announces_its_numbered_subsections():
    text = """学习先进企业的内控经验

一、为什么要学习

我们的内控还很薄弱。

二、先进企业的方法与我们很不一样，但多年的经验证明，他们的内控是有效的：

（1）管理层对内控环境负责

各级管理层都是第一责任人。

（2）流程在全球一致

每个流程都有一个负责人。

三、授权：

（1）授权要逐级下放

（2）授权要有监督
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "内控是有效的：" in r.text)
    assert [paras[i][:3] for i in road.sections] == ["（1）", "（2）"]
    # a topic label ending in a colon names its sub-sections, it does not announce them
    assert not any(r.text.startswith("三、授权") for r in study.roadmap)


def test_a_count_of_talk_with_nothing_after_it_to_point_at_is_not_reported():
    text = """展会座谈纪要

问题一：外界的评论说错了什么？

答：你们不关注，我们整个战略在第一段，第二段也要讲，也要为他们说两句话，但根本不是重点。评论文章写错了。

问题二：风险怎么考虑？

答：短时间内不会被颠覆。
"""
    study, _ = roadmap(text)
    assert not any("说两句话" in r.text for r in study.roadmap)


def test_questions_announced_inside_a_paragraph_run_up_to_the_paragraph_looking_back():
    text = """国际形势的几个问题

编辑部要我写一篇文章。我想根据我的观察，说明几个大家都关心的问题。因为这些问题正在议论着。

有些人说：那个国家要打仗了。这种意见，我以为是不正确的。

有些人说：战争不可避免了。这种意见，我以为也是不正确的。

国内许多的人，对于边界问题，糊涂起来了。其实道理很简单。

上述的这些问题，都是当前大家议论纷纷的问题。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "说明几个" in r.text)
    assert [paras[i][:4] for i in road.sections] == ["有些人说", "有些人说", "国内许多"]


def test_a_quoted_or_reported_document_is_not_the_speakers_plan():
    text = """关于时局的谈话

某报记者发表了一篇谈话。该谈话举出解决事件的三个条件：

一，立即停止进攻；

二，惩办肇事者；

三，赔偿损失。

编者为此写了一个说明。这个说明全文如下：

一、要团结

大家要团结起来。

二、要进步

大家要努力进步。
"""
    study, _ = roadmap(text)
    assert not any("该谈话" in r.text or "全文如下" in r.text for r in study.roadmap)


def _opening_then_two_sections(opening: str) -> str:
    return (
        f"在工作会议上的讲话\n\n{opening}\n\n"
        "一、关于生产\n\n生产要抓紧。\n\n二、关于销售\n\n销售要扩大。\n"
    )


def test_counts_of_talk_in_the_past_announce_nothing():
    for said in (
        "上次会议我讲过三点意见。",
        "我在上次会上提出三点要求，现在看来落实得不错。",
        "刚才我讲的两个问题，请大家讨论。",
    ):
        study, _ = roadmap(_opening_then_two_sections(f"同志们，今年的工作总的是好的。{said}"))
        assert not study.roadmap, said
    study, _ = roadmap(_opening_then_two_sections("去年我在这里讲过三点，今天我再讲两点。"))
    assert [r.count for r in study.roadmap] == [2]


def _opening_then_three_sections(sentence: str) -> str:
    return (
        f"讲话\n\n同志们：\n\n今天召开这次会议很重要。{sentence}\n\n一、关于形势\n\n形势很好。\n\n"
        "二、关于任务\n\n任务很重。\n\n三、关于措施\n\n措施要实。\n"
    )


def test_announcements_in_the_common_spoken_forms_find_the_three_sections():
    for sentence in (
        "有这么几个问题需要讲一讲。",  # a count opening the sentence, a modal and the verb
        "要讲的话很多，只讲三条。",  # an adverb before the clause-opening verb
        "我要向大家交代几件事。",  # 交代
        "我就三个问题发表一些意见。",  # 发表
        "对这个问题，我有几点考虑。",  # the speaker's views counted, no verb of saying
        "我的意见有三条。",
    ):
        study, paras = roadmap(_opening_then_three_sections(sentence))
        road = next((r for r in study.roadmap if sentence[:5] in r.text), None)
        assert road is not None, sentence
        assert [paras[i][:2] for i in road.sections] == ["一、", "二、", "三、"], sentence


def test_what_the_speaker_has_that_is_no_view_announces_nothing():
    for sentence in ("我有三个孩子。", "我们有三个工厂。", "我上次有三点意见。"):
        study, _ = roadmap(_opening_then_three_sections(sentence))
        assert not any(sentence[:4] in r.text for r in study.roadmap), sentence


def test_a_salutation_run_into_a_pointer_does_not_hide_it():
    text = """政府工作报告

各位代表：

过去一年，全市经济平稳运行。各位代表，今年要重点抓好以下几项工作。

一、稳定经济运行

要扩大有效投资。

二、深化改革开放

要优化营商环境。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "以下几项工作" in r.text)
    assert [paras[i][:2] for i in road.sections] == ["一、", "二、"]
    assert not any(r.text.startswith("各位代表：") for r in study.roadmap)
