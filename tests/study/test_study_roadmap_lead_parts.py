"""Roadmap classes read in the misses of the development groups at stop 21 (batches 10, 11, 13
and 14), each on sentences written here; every case failed before its rule.

* a formal verb takes what was counted as the matter spoken of (着重对两个目标加以说明), with no
  noun of talk;
* a roadmap ending a lead paragraph that is not the lead's last announces the paragraphs right
  after it in the same lead (关于经济增长。… / 关于价格水平。…), not the sub-sections further on.
"""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.roadmap.sentence import ahead_count, roadmap_count

REPORT = """政府工作报告

一、过去一年的工作

过去一年，全市经济运行总体平稳，各项事业取得新进展。

二、今年的工作安排

今年全市工作的总体要求是：坚持稳中求进，推动高质量发展。

今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，居民消费价格涨幅3%左右。这里，着重对两个目标加以说明。

关于经济增长。增长目标定在6%左右，既考虑了需要，也考虑了可能。

关于价格水平。物价涨幅定在3%左右，留有一定余地。

实现今年的目标，要把握好以下原则。

第一，坚持改革开放。改革是最大的动力。

第二，坚持创新驱动。创新是第一动力。

第三，坚持民生为本。发展为了人民。
"""


def test_a_formal_verb_takes_the_counted_matter_as_what_is_spoken_of():
    assert roadmap_count("这里，着重对两个目标加以说明。") == 2
    assert roadmap_count("下面对三项改革作些简要说明。") == 3
    # no formal verb and no noun of talk: what is counted is no matter of talk
    assert roadmap_count("我对这两个美国人说了几句。") is False
    # said by others, not the speaker now
    assert roadmap_count("他们对三个问题进行了说明。") is False


def test_parts_that_follow_in_the_same_lead_are_the_ones_announced():
    doc = parse_text(REPORT, "t.txt")
    paras = [p.text for p in doc.paragraphs()]
    study = analyze(doc)
    road = next(r for r in study.roadmap if "两个目标" in r.text)
    assert road.count == 2 and road.warning is None
    assert [paras[i][:6] for i in road.sections] == ["关于经济增长", "关于价格水平"]


MEMO = """在后勤保障工作会上的讲话

一、员工保障工作要从最艰苦的地方开始。

二、要重视一线员工的健康和安全问题：

在偏远地区工作的员工，每年要进行一次体检。

各级主管要合理安排工作，减少过度加班。

对于危害员工安全的情况，要及时上报处理。

三、授权：

各部门负责人可以审批本部门的保障费用。

超过限额的费用，报公司审批。

四、要学习其他单位的成功经验。
"""


def test_a_heading_asking_for_something_to_be_done_announces_the_paragraphs_under_it():
    doc = parse_text(MEMO, "t.txt")
    paras = [p.text for p in doc.paragraphs()]
    study = analyze(doc)
    road = next(r for r in study.roadmap if "健康和安全" in r.text)
    assert road.count is None and road.warning is None
    assert [paras[i][:4] for i in road.sections] == ["在偏远地", "各级主管", "对于危害"]
    # a topic label over paragraphs names, it does not announce
    assert not any("授权" in r.text for r in study.roadmap)


DIVIDED = """政府工作报告

各位代表：

我代表市人民政府向大会报告工作。这个报告分为三个部分：（1）关于经济建设；（2）关于社会事业；（3）关于政府建设。

过去一年，全市人民团结奋斗，取得了显著成绩。

一、关于经济建设

全市经济保持平稳增长。

二、关于社会事业

教育、卫生事业加快发展。

三、关于政府建设

政府自身建设不断加强。
"""


def test_a_report_naming_its_own_division_announces_its_sections():
    doc = parse_text(DIVIDED, "t.txt")
    paras = [p.text for p in doc.paragraphs()]
    road = next(r for r in analyze(doc).roadmap if "分为三个部分" in r.text)
    assert road.count == 3 and road.warning is None
    assert [paras[i][:6] for i in road.sections] == ["一、关于经济", "二、关于社会", "三、关于政府"]
    # parts that are not the sections (their first shares no word with the first heading)
    other = DIVIDED.replace("关于经济建设；", "关于农业问题；", 1)
    assert not any("分为三个部分" in r.text for r in analyze(parse_text(other, "t.txt")).roadmap)


def test_verbs_of_summing_up_the_talk_announce_its_parts():
    # 简述/概述 are verbs of saying; 重点/要点 are what a talk's points are called
    assert roadmap_count("今后还需不懈努力，下面简述几项重点。") is None
    assert roadmap_count("下面我概述三个要点。") == 3
    assert roadmap_count("这里概述两个方面。") == 2
    # said before, or by someone else
    assert roadmap_count("他概述了三个方面。") is False


def test_a_pointer_in_place_of_a_count_announces_parts():
    # 就…以下问题作一些说明: the speaker now, a pointer where the count would be
    assert roadmap_count("现在我想就农村工作的以下问题作一些说明。") is None
    # someone else's explanation, or no verb of saying
    assert roadmap_count("他就以下问题作了说明。") is False
    assert roadmap_count("以下问题需要研究。") is False


LEADS = """政府工作报告

一、今年的主要任务

（一）深化改革

今年是改革的关键一年，要坚定不移推进各项改革。今年着重抓好以下方面：

推进国有企业改革，完善治理结构。继续推动国有资本调整和企业重组。

深化财税体制改革，加快预算制度建设。改革预算制度，强化预算管理。

加快金融体制改革，加强金融监管。继续深化银行业改革，防范金融风险。

在推进改革中，要加快现代市场体系建设，深入整顿和规范市场秩序，推进社会信用制度建设。

（二）改善民生

要千方百计扩大就业。
"""


def test_parts_opening_with_a_short_lead_sentence_after_a_pointer():
    doc = parse_text(LEADS, "t.txt")
    paras = [p.text for p in doc.paragraphs()]
    road = next(r for r in analyze(doc).roadmap if "以下方面" in r.text)
    assert [paras[i][:4] for i in road.sections] == ["推进国有", "深化财税", "加快金融"]


UNMARKED_FIRST = """在宣传工作会议上的讲话

同志们！这次会议开得很好。我现在就同志们讨论的问题讲三点意见。

我们现在处在一个大变动的时期。形势在变，任务在变，我们的思想也要跟着变。

第二点：关于干部的情况

干部队伍总的是好的。

第三点：关于整风

整风就是整顿思想作风和工作作风。
"""


def test_a_first_part_left_unmarked_before_the_second():
    doc = parse_text(UNMARKED_FIRST, "t.txt")
    paras = [p.text for p in doc.paragraphs()]
    road = next(r for r in analyze(doc).roadmap if "三点意见" in r.text)
    assert [paras[i][:4] for i in road.sections] == ["我们现在", "第二点：", "第三点："]
    assert road.warning is None


QA = """在培训班座谈会上的讲话

今天我主要讲两个问题。

一、关于公司的战略

公司的战略就是聚焦。

二、关于流程变革

流程变革要以多打粮食为目标。

三、问答环节：

问：流程变革什么时候完成？答：两年完成。
"""


def test_a_questions_and_answers_section_is_no_announced_part():
    doc = parse_text(QA, "t.txt")
    paras = [p.text for p in doc.paragraphs()]
    road = next(r for r in analyze(doc).roadmap if "两个问题" in r.text)
    assert [paras[i][:4] for i in road.sections] == ["一、关于", "二、关于"]
    assert road.warning is None


def test_a_bare_pointer_clause_takes_the_count_of_the_clause_before():
    assert ahead_count("我把一年来的工作归总起来，总共做了五件大事，如下所记。") == 5
    # the pointer clause names the count itself, or none is named
    assert ahead_count("今年的工作，主要有以下三点。") == 3
    assert ahead_count("我把一年来的工作归总起来，如下所记。") is None


def test_what_the_talk_will_explain_pointed_to_below():
    assert roadmap_count("这个纲领包含着许多重大问题，需要在下面加以说明。") is None
    # below in space, not in the talk
    assert roadmap_count("敌人在上面丢炸弹，我们在下面开大会。") is False
    assert roadmap_count("以上问题已经在下面加以说明。") is False


def test_common_spoken_forms_with_everyone_and_key_words():
    # the forms a speechwriter uses most (none of them in ../shared, so written here)
    assert roadmap_count("借这个机会，和大家交流三点体会。") == 3
    assert roadmap_count("讲三个关键词。") == 3
    # someone else talks with everyone; key words counted but not spoken of
    assert roadmap_count("他和大家交流了三点体会。") is False
    assert roadmap_count("扫描几个关键词，就能发现苗子。") is False


def test_a_colon_closing_a_section_announces_the_alike_sections_after_it():
    """我们的主要体会是： ends the last numbered sub-section; the lessons follow as sibling
    sections ——必须坚持… with no number. (The outline is set by hand: how the outline levels
    dash lines is not what is tested here.)"""
    from drafter.corpus.model import Section

    doc = parse_text("政府工作报告\n\n全市经济平稳增长。\n", "t.txt")
    kids = [
        Section(2, "（一）", "经济平稳发展", ["全市经济保持平稳增长。"]),
        Section(2, "（二）", "民生持续改善", ["城乡居民收入稳步提高。我们的主要体会是："]),
    ]
    kids += [
        Section(2, "", f"——必须坚持{w}", [f"{w}是宝贵经验。"])
        for w in ("改革开放", "以人民为中心", "实事求是")
    ]
    doc.outline.sections = [
        Section(1, "一、", "过去一年工作回顾", [], kids),
        Section(1, "二、", "今年的工作安排", ["今年要稳中求进。"]),
    ]
    paras = [p.text for p in doc.paragraphs()]
    road = next(r for r in analyze(doc).roadmap if "主要体会是" in r.text)
    assert [paras[i][:6] for i in road.sections] == ["——必须坚持"] * 3


GLOSS = """关于当前任务的报告

一、当前的紧急任务

全民族的当前任务是什么呢？分别说来，有如下各方面的具体任务。一切抗日的组织都应该赞助政府，动员全国力量来完成它们。

（1）坚持抗战到底

要克服悲观情绪。

（2）巩固统一战线

要反对分裂。

（3）改良民众生活

要减轻负担。
"""


def test_a_pointer_sentence_followed_by_its_gloss_still_announces_the_sections():
    doc = parse_text(GLOSS, "t.txt")
    paras = [p.text for p in doc.paragraphs()]
    road = next(r for r in analyze(doc).roadmap if "如下各方面" in r.text)
    assert [paras[i][:3] for i in road.sections] == ["（1）", "（2）", "（3）"]
    # 以下 as 'below' (a grade), or the items inline in the sentence itself: no pointer
    below = GLOSS.replace(
        "分别说来，有如下各方面的具体任务。", "多数人都在十二级以下的岗位上工作。"
    )
    assert not any("以下" in r.text for r in analyze(parse_text(below, "t.txt")).roadmap)
    inline = GLOSS.replace(
        "分别说来，有如下各方面的具体任务。", "大家关注以下三个方面：抗战；团结；民生。"
    )
    assert not any("以下三个" in r.text for r in analyze(parse_text(inline, "t.txt")).roadmap)
