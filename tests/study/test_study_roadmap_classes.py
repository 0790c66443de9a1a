"""Roadmap classes found on the roadmap development gold, each on sentences written here.

Every case failed before its rule: the announcement with no count that ends in a colon
(中央决定：), the one that points ahead and ends in a full stop (主要做了以下工作。), parts
laid out as numbered paragraphs rather than headings (linked to those paragraphs), parts
named before the verb (将两种态度对照地讲一下), a roadmap at the end of a section that
announces the sections after it (这里只指出几点。), and the things that look like one but
are not (a salutation, items given in the same sentence, 提高 or 不去说 as verbs).
"""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze
from drafter.study.roadmap import ahead_count, roadmap_count


def roadmap(text: str):
    doc = parse_text(text, "t.txt")
    study = analyze(doc)
    paragraphs = [p.text for p in doc.paragraphs()]
    return study, paragraphs


def starts(paragraphs: list[str], sections: list[int]) -> list[str]:
    return [paragraphs[i][:4] for i in sections]


def test_colon_without_count_before_numbered_paragraphs_links_them():
    text = """关于做好春耕工作的通知

各县正在准备春耕，情况总体是好的。在上述情况下，县委决定：

一、各乡要把种子发到农户手里，不得拖延。

二、农机站要在三月底以前把机具修好。

三、信用社要安排好春耕贷款。

以上三项，望即执行。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if r.text.endswith("县委决定："))
    assert road.count is None and road.warning is None
    assert starts(paras, road.sections) == ["一、各乡", "二、农机", "三、信用"]


def test_full_stop_pointing_ahead_before_sub_headings():
    text = """在全县工作会议上的讲话

同志们：

现在，我代表县政府报告工作。

一、去年工作回顾

去年全县经济平稳增长。一年来，我们主要做了以下工作。

一是抓项目建设，新开工项目四十个。

二是抓民生实事，十件实事全部完成。

二、今年的主要任务

今年要继续抓好项目建设。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "以下工作" in r.text)
    assert [paras[i][:3] for i in road.sections] == ["一是抓", "二是抓"]


def test_colon_roadmap_in_opening_announces_top_sections_not_the_salutation():
    text = """在干部大会上的讲话

同志们：

我今天讲一讲干部的修养问题：

一、要培养接班人

骨干要培养超过自己的人。

二、要有敬业精神

没有干劲的人不能进入高层。
"""
    study, paras = roadmap(text)
    assert [r.text for r in study.roadmap] == ["我今天讲一讲干部的修养问题："]
    assert starts(paras, study.roadmap[0].sections) == ["一、要培", "二、要有"]


def test_parts_named_before_the_verb_and_laid_out_as_paragraphs():
    text = """论学风

一

许多同志不注意研究现状。为了说明这个意思，我想将两种对立的态度对照地讲一下。

第一种：主观主义的态度。

这种态度不作周密研究。

第二种：实事求是的态度。

这种态度从实际出发。

二

以上是两种态度。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "对照地讲" in r.text)
    assert road.count == 2 and road.warning is None
    assert starts(paras, road.sections) == ["第一种：", "第二种："]


def test_roadmap_at_end_of_section_announces_the_sections_after_it():
    text = """论政策

一、总的原则

政策要有区别。关于各项具体政策，这里只综合地指出几点。

关于政权组织

必须执行三三制。

关于劳动政策

必须改良工人的生活。

关于土地政策

必须实行减租减息。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "指出几点" in r.text)
    assert starts(paras, road.sections) == ["关于政权", "关于劳动", "关于土地"]


def test_roadmap_without_count_covers_the_numbered_run_only():
    text = """论政策

现在的政策是联合和斗争两方面的政策。具体地说，就是：

（一）一切抗日的人民联合起来

这是基本的一条。

（二）统一战线下的独立自主

既须统一，又须独立。

关于政权组织

必须执行三三制。

关于劳动政策

必须改良工人的生活。

关于土地政策

必须实行减租减息。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if r.text.startswith("具体地说"))
    assert len(study.sections) == 5  # the 关于… sections are sections too, not numbered
    assert starts(paras, road.sections) == ["（一）一", "（二）统"]


def test_count_warning_against_numbered_paragraphs():
    text = """座谈会上的讲话

为了更好地沟通，先表明三个原则：

1. 相同的问题不必再问。

2. 大家可以畅所欲言。

问：怎样看老板和员工的关系？
"""
    study, _ = roadmap(text)
    road = next(r for r in study.roadmap if "三个原则" in r.text)
    assert road.count == 3 and len(road.sections) == 2
    assert road.warning and "3" in road.warning and "2" in road.warning


def test_items_in_the_same_sentence_are_no_roadmap_in_running_text():
    text = """汇报会上的讲话

一、坚持简化

公司曾对消费者业务提出了三个要求：第一，标准化；第二，软件能力；第三，商业模式。

二、开放合作

要和同行合作。
"""
    study, _ = roadmap(text)
    assert not any("三个要求" in r.text for r in study.roadmap)


@pytest.mark.parametrize(
    "sentence",
    [
        "我们就管住质量等几个重要要素，提高食堂标准，让市场来选择。",
        "姑且把政治、经济两方面的力量放在一边不去说它们，单就军事来说。",
    ],
)
def test_not_roadmap_verbs(sentence):
    assert roadmap_count(sentence) is False


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("中央决定：", None),
        ("为了更好地沟通，先表明三个原则：", 3),
        ("一年来，我们主要做了以下工作。", None),
        ("重点抓了以下两项工作。", 2),
        ("同志们：", False),
        ("中国人民志愿军各级领导同志们:", False),
        ("同志们、乡亲们：", False),  # set 12's x08 (px48c)
        ("各位嘉宾：", False),
        ("以上三项，望即执行。", False),
        ("今年要重点抓好以下五个方面的工作，确保实现全年目标。", 5),
        ("这次会议开得很好。", False),
    ],
)
def test_ahead_count(sentence, count):
    assert ahead_count(sentence) == count


def test_count_listed_in_the_lead_announces_sub_sections_of_that_number():
    text = """汇报会上的讲话

一、行政服务按基线管理

这次变革，有两点要让员工知道：第一点，理解基线；第二点，自己投资。

第一，要明确基线的定义

基线每年滚动。

第二，要指导员工投资自己

员工要对自己负责。

二、其他

就讲这些。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "两点要让员工知道" in r.text)
    assert road.count == 2 and starts(paras, road.sections) == ["第一，要", "第二，要"]
    # listed in running text with no sub-sections after it, the same count is a frame only
    flat = text.replace("第一，要明确基线的定义\n\n", "").replace(
        "第二，要指导员工投资自己\n\n", ""
    )
    study, _ = roadmap(flat)
    assert not any("两点要让员工知道" in r.text for r in study.roadmap)


def test_parts_opening_with_quoted_words_and_a_dash():
    text = """评求和

他供认了整个计划。这个计划的要点如下：

“无害于国家的独立”――这是首先重要的。

“有助于休养生息”――以便卷土重来。

“军队有确实的保障”――这是命根。

上述一切，还没有包括全部。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "要点如下" in r.text)
    assert [paras[i][:3] for i in road.sections] == ["“无害", "“有助", "“军队"]


def test_stages_and_heavenly_stems_open_parts():
    text = """研讨班上的讲话

一、学习要分阶段

我认为案例学习，可以分三个阶段：

第一阶段先读教义，每天考一次试。

第二阶段自己来演讲，讲实践中的事。

第三个阶段就是大辩论，把观点讲出来。

二、其他

为达此目的，这里特再着重指出几点，引起各地同志注意：

甲、军事问题。要打歼灭战。

乙、土地问题。要发动群众。
"""
    study, paras = roadmap(text)
    stages = next(r for r in study.roadmap if "三个阶段" in r.text)
    assert stages.count == 3 and [paras[i][:3] for i in stages.sections] == [
        "第一阶",
        "第二阶",
        "第三个",
    ]
    stems = next(r for r in study.roadmap if "指出几点" in r.text)
    assert [paras[i][:2] for i in stems.sections] == ["甲、", "乙、"]


def test_proclaimed_articles_are_announced():
    text = """布告

人民解放军所到之处，深望各界人民予以协助。兹特宣布约法三章，愿与全体人民共同遵守之。

（一）保护全体人民的生命财产

各界人民均望保持秩序。

（二）保护民族工商农牧业

一律保护，不受侵犯。

（三）没收官僚资本

归人民政府所有。
"""
    study, _ = roadmap(text)
    road = next(r for r in study.roadmap if "约法三章" in r.text)
    assert road.count == 3 and len(road.sections) == 3 and road.warning is None


def test_a_speaker_label_and_a_count_in_running_text_with_no_parts_are_no_roadmap():
    text = """座谈纪要

一、关于品牌

品牌不等于做广告。到现在还传为笑谈的所谓“十分动摇”、“恐慌万状”两句话，就是那时的形容词。

徐直军：

1、要学习国际商法。

2、要集中精力做好产品。
"""
    study, _ = roadmap(text)
    assert study.roadmap == []


def test_roadmap_before_the_final_points():
    """最后，我再强调两点。 before 第一… 第二… (run-in sub-headings here; closing paragraphs
    are searched too)."""
    text = """在工作会议上的讲话

同志们：

今天主要讲两个问题。

一、关于作风

要转变作风。

二、关于纪律

要严明纪律。

最后，我再强调两点。

第一，要抓好落实。会上定的事，要一件一件落实到人，不能停在纸上，也不能层层转发了事。

第二，要守住底线。廉洁的规矩人人都要遵守，不能心存侥幸，更不能以为小节无碍。

谢谢大家！
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "强调两点" in r.text)
    assert road.count == 2 and [paras[i][:3] for i in road.sections] == ["第一，", "第二，"]


def test_a_heading_that_points_at_its_parts():
    text = """汇报纪要

一、流程建设的情况

全球流程牵引业务的方向。

二、提高流程的效率，要从以下几个方面入手

（1）本地化适配

流程要适配当地法律。

（2）IT固化

控制点要用IT固化。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "以下几个方面" in r.text)
    assert starts(paras, road.sections) == ["（1）本", "（2）I"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("有两个问题，同志们在讨论中没有着重注意，我觉得应该提出来说一说。", 2),
        ("下面，我先讲讲形势，再讲讲今年的任务。", None),
        ("我先讲一下去年的工作，然后讲今年的安排，最后讲几点要求。", None),
        ("因此我的结论，首先在答复他们的问题，然后说到一些其它问题。", None),
        ("归纳起来，主要有三条。", 3),
        ("今天我分三个部分来讲。", 3),
        ("这次会议，讲两个问题。", 2),
        ("谈谈三点体会。", 3),
        ("他讲两个问题。", False),
        ("谈的时候，两个问题都要谈。", False),
        ("在这里，让我们对于这三个法宝，三个问题，分别地大略地说一下吧。", 3),
        ("我对这两个美国人说：告诉你们，我们不放心。", False),
        ("胡风在这封信里提出了三个原则性的问题，我们认为有加以详细驳斥的必要。", False),
        ("我先讲了形势，再讲了任务。", False),
        ("概括地说，就是两条道路的矛盾。", False),
        ("现在，我讲一讲农业发展纲要四十条。", False),
    ],
)
def test_more_roadmap_wordings(sentence, count):
    assert roadmap_count(sentence) == count


def test_a_count_of_items_listed_in_the_lead_needs_items_that_are_the_sub_sections():
    text = """竞聘会上的讲话

一、敢搏

要向命运挑战。

二、公司的人才政策

公司选择干部有几个时期：从以德为主，到德才兼备，最终还是德高者进入高层。

1、创建初期，是以德为主

那时人少。

2、发展时期，重视德才兼备

人多了。

3、最终还是德高者进入高层

这是方向。

三、智能社会

智能社会有几个特征：万物感知、万物互联、万物智能。

1、智能无处不在

贯穿端管云。

2、推动网络简化

削弱既有优势。

3、坚持有所为有所不为

聚焦战略机会点。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "几个时期" in r.text)
    assert road.count is None and [paras[i][:2] for i in road.sections] == ["1、", "2、", "3、"]
    assert not any("几个特征" in r.text for r in study.roadmap)


def test_a_list_whose_bullets_were_dropped():
    text = """对农话网的一点看法

农村网络结构非常复杂。归结起来，农话通信网有以下几个特点：

发展不平衡，传输手段复杂多样。

标准、非标准并存，网络复杂。

话音通信为主，兼容数据业务。

这些特点决定了农话交换机必须有自己的特色，不能照搬城市的设备，要根据农村的实际情况来设计。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "以下几个特点" in r.text)
    assert [paras[i][:2] for i in road.sections] == ["发展", "标准", "话音"]


def test_a_counted_colon_before_as_many_unmarked_paragraphs():
    text = """关于人工智能研究的讲话

一、研究的布局

我认为，人工智能的研究在公司分三部分：

基础研究放在实验室，允许失败，不考核短期的产出。

平台研究放在产品线，要为各个业务提供能力。

应用研究放在一线，要能解决客户的实际问题。

二、人才

要吸引全球的优秀人才。

三、投入

这里有三条：一是加大投入，二是聚焦主航道，三是开放合作。

这三条要落实。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "分三部分" in r.text)
    assert road.count == 3 and [paras[i][:2] for i in road.sections] == ["基础", "平台", "应用"]
    assert not any("有三条" in r.text for r in study.roadmap)


def test_parts_numbered_as_articles_or_counted_nouns():
    text = """座谈会上的讲话

一、关于纪律

我们要明确几条纪律，具体是：

第一条，不准打人骂人，对群众要和气。

第二条，买卖要公平，借东西要还。

二、关于形势

抗战可能向几个方向发展：

第一个方向，结束片面抗战，代以全面抗战。

第二个方向，结束抗战，代以投降。
"""
    study, paras = roadmap(text)
    rules = next(r for r in study.roadmap if r.text.endswith("具体是："))
    assert [paras[i][:3] for i in rules.sections] == ["第一条", "第二条"]
    ways = next(r for r in study.roadmap if "几个方向" in r.text)
    assert [paras[i][:4] for i in ways.sections] == ["第一个方", "第二个方"]


def test_quoted_sayings_after_a_count_of_sayings():
    text = """批判右倾观点

过渡时期的总路线是明确的。右倾的表现有这样三句话：

“确立新民主主义社会秩序”。这种提法是有害的。

“由新民主主义走向社会主义”。这种提法不明确。

“确保私有财产”。这也是有害的。

我们提出逐步过渡到社会主义，这比较好。所谓逐步者，共分十五年，一年又有十二个月。
"""
    study, paras = roadmap(text)
    road = next(r for r in study.roadmap if "三句话" in r.text)
    assert road.count == 3 and [paras[i][:3] for i in road.sections] == ["“确立", "“由新", "“确保"]
