"""Where an item of a listed frame begins and ends (issue 11, items right), on our own
sentences. Each case fails without the rule it names."""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.study.frames import find_frames
from drafter.study.layout import layout


def _frame(text: str, phrase: str):
    frames = find_frames(layout(parse_text(text, "report.txt")))
    found = [f for f in frames if f.phrase == phrase]
    assert found, f"{phrase} not among {[f.phrase for f in frames]}"
    return found[0]


_SECTIONS = """各位代表：

过去一年，全县上下团结奋斗，主要做了以下三方面工作：

（一）采取有力措施，抓好春耕生产

全县组织农机下乡，春播面积稳中有增。

（二）优化营商环境，稳住企业发展

我们开展政务服务改革，企业办事更加便利。

（三）办好民生实事，兜牢基本保障

我们新建了一批养老服务设施。
"""


def test_short_two_clause_headings_are_items_whole():
    # frames.sections._node_items: short headings of two clauses are their items whole (the
    # means and the work: either clause may name the part), not their first clause
    frame = _frame(_SECTIONS, "三方面")
    assert frame.source == "sections"
    assert frame.items == [
        "采取有力措施，抓好春耕生产",
        "优化营商环境，稳住企业发展",
        "办好民生实事，兜牢基本保障",
    ]


def test_one_long_heading_keeps_every_item_to_its_key_clause():
    # the siblings of one list read alike: one heading too long to be whole keeps them all short
    text = _SECTIONS.replace(
        "（三）办好民生实事，兜牢基本保障",
        "（三）办好民生实事，兜牢基本保障，让全县群众的获得感成色更足、幸福感更可持续",
    )
    frame = _frame(text, "三方面")
    assert frame.items == ["采取有力措施", "优化营商环境", "办好民生实事"]


def test_a_heading_naming_a_formula_of_its_own_keeps_its_key_clause():
    # the second clause names another frame (做到“两个维护”): the key clause is the part
    text = _SECTIONS.replace(
        "（一）采取有力措施，抓好春耕生产", "（一）坚定理想信念，做到“两个维护”"
    )
    frame = _frame(text, "三方面")
    assert frame.items == ["坚定理想信念", "优化营商环境", "办好民生实事"]


@pytest.mark.parametrize(
    ("text", "phrase", "items"),
    [
        # a clause that only says where: the item is what is done there
        (
            "这几年我们主要做了两件事：（一）在城里，办好社区食堂；（二）在乡下，修好通村公路。",
            "两件事",
            ["办好社区食堂", "修好通村公路"],
        ),
        # a clause that only states the condition
        (
            "对待困难，我们有两条：第一，我们不怕困难；第二，如果困难真的来了，我们就迎难而上。",
            "两条",
            ["我们不怕困难", "我们就迎难而上"],
        ),
        # a clause that only says by what means
        (
            "这次改革有三个目的：第一，通过合并办事窗口，缩短群众等候时间；第二，通过网上预约，"
            "减少群众跑腿次数；第三，建立服务评价制度。",
            "三个目的",
            ["缩短群众等候时间", "减少群众跑腿次数", "建立服务评价制度"],
        ),
        # a bare copula that only leads into the item (第二条是，…)
        (
            "怎样平衡长期利益和短期利益？有两条，第一个本人耐得住寂寞，不去在乎评价。"
            "第二条是，我们的组织要对这些人宽容。",
            "两条",
            ["本人耐得住寂寞", "我们的组织要对这些人宽容"],
        ),
        # not X but Y: the item is what the writer affirms
        (
            "我讲两点：第一，干部最重要的素质，不是会说漂亮话，而是要有敏锐的判断力；"
            "第二，要有极端认真的精神。",
            "两点",
            ["要有敏锐的判断力", "要有极端认真的精神"],
        ),
        # not X but Y with X run over several clauses (不是为了A，为了B，而是C)
        (
            "我讲两点：第一，我们开会，不是为了表态，为了走过场，为了应付检查，而是要解决问题；"
            "第二，要有极端认真的精神。",
            "两点",
            ["要解决问题", "要有极端认真的精神"],
        ),
        # asides of the talk (在前面已经说过的, 这里再重复说一说) before the item
        (
            "这里有两个要点：第一个，在前面已经说过的，这里再重复说一说，就是学习依赖于实践；"
            "第二个，学习有待于深化。",
            "两个要点",
            ["学习依赖于实践", "学习有待于深化"],
        ),
        # a clause closing on 的是 points at the next one, which names the item
        (
            "调研回来有三点体会：第一点是基层干部很辛苦。第二点体会是，今年最不一样的是，"
            "群众参与多了，办法也多了。第三点体会是，制度要跟上。",
            "三点体会",
            ["基层干部很辛苦", "群众参与多了", "制度要跟上"],
        ),
        # … and a 看到的是 opening that next clause is left out of the item
        (
            "调研回来有三点体会：第一点是基层干部很辛苦。第二点体会是，今年最不一样的是，"
            "看到的是群众参与多了。第三点体会是，制度要跟上。",
            "三点体会",
            ["基层干部很辛苦", "群众参与多了", "制度要跟上"],
        ),
        # what the work goes with (同…相结合) is a means: the item is the work
        (
            "今年抓好两件实事：第一，同乡村规划相结合，集中改造农村危房；第二，在年内，"
            "建成全部村级卫生室。",
            "两件实事",
            ["集中改造农村危房", "建成全部村级卫生室"],
        ),
        # two settings of time one after another
        (
            "发展分两步走：第一步，用五年时间，即在二○三○年以前，建成完整的产业体系；第二步，"
            "在本世纪中叶以前，全面实现现代化。",
            "两步走",
            ["建成完整的产业体系", "全面实现现代化"],
        ),
    ],
)
def test_an_item_is_not_the_clause_that_only_sets_it(text, phrase, items):
    # text.item_clause: the clause after a setting of place, condition, means or time
    assert _frame(text, phrase).items == items


def test_a_setting_before_a_long_run_on_stays_the_item():
    # the guard: when the clause after the setting runs on, the setting names the item
    text = (
        "工作中有两个偏向。第一，在城里，把许多本来只是小本经营而并无剥削的摊贩错误地当成了整治对象"
        "并且一再加以处罚；第二，在乡下，忽视了农民的实际困难。"
    )
    assert _frame(text, "两个偏向").items[0] == "在城里"


_LEADS = """各位代表：

今年发展的主要预期目标是：地区生产总值增长6%左右，居民消费价格涨幅3%左右。这里，着重对两个目标加以说明。

关于经济增长。我们综合考虑了各方面的因素，把增长目标定在6%左右。

关于价格水平。把物价涨幅控制在3%左右，考虑了多方面的影响。

实现今年的目标，要把握好以下原则。
"""


def test_paragraphs_that_each_open_on_a_lead_naming_their_subject():
    # frames.introduced_items.paragraph_leads: 关于X。 opening each of the N paragraphs after the count
    frame = _frame(_LEADS, "两个目标")
    assert frame.items == ["经济增长", "价格水平"]
    assert [s.paragraph for s in frame.item_spans] == [2, 3]


def test_more_lead_paragraphs_than_the_count_give_no_items():
    # exactly N: a third 关于… paragraph means the count is not theirs alone
    text = _LEADS.replace(
        "实现今年的目标，", "关于就业。城镇新增就业目标不变。\n\n实现今年的目标，"
    )
    assert _frame(text, "两个目标").items == []


def test_a_run_split_over_lines_after_its_count():
    # frames.runs_after.run_over_break: the first item in the count's sentence, the next below it
    text = (
        "问题一：我有两个问题，一是基层减负怎样落到实处，会议和文件还是偏多\n\n"
        "第二个问题是年轻干部怎样尽快熟悉群众工作？\n\n"
        "答：这两个问题都很实在。"
    )
    assert _frame(text, "两个问题").items == [
        "基层减负怎样落到实处",
        "年轻干部怎样尽快熟悉群众工作",
    ]


def test_an_apposition_of_one_openers_ends_where_the_sentence_goes_on():
    # frames.apposition.apposition: 一条A，一条B and a clause that goes on about them
    text = "摆在面前的有两条道路，一条改革，一条守旧，归根结底要看群众拥护哪一条。"
    assert _frame(text, "两条道路").items == ["改革", "守旧"]


def test_things_told_apart_by_whose_they_are_stay_a_count():
    # the guard: 一个香港的，一个深圳的 name the things counted, not the items of a frame
    text = "我们请了三个顾问公司，一个香港的，一个深圳的，一个广州的，帮助制定管理文件。"
    frames = find_frames(layout(parse_text(text, "report.txt")))
    assert not any(f.phrase.startswith("三个顾问") and f.listed for f in frames)


def test_a_colon_list_ends_with_its_first_clause_when_and_joins_its_last_two():
    # frames.colon_items.after_colon: A、B和C，and a clause about them, is three items, not
    # A/B和C/clause
    text = "今年成立三个工作专班：调研、督办和宣传，它们将各自按照自己的规律确定目标。"
    assert _frame(text, "三个工作").items == ["调研", "督办", "宣传"]


def test_a_run_of_one_openers_each_a_question_of_its_own():
    # frames.runs_after.run_after: 一个是A怎么办？一个是B怎么办？ (was: the second and the sentence after)
    text = (
        "我现在最担心的是两个问题，一个是材料报不上来怎么办？一个是数据对不上怎么办？"
        "第二个，如果数据对不上，报告就没法写。"
    )
    assert _frame(text, "两个问题").items == ["材料报不上来怎么办", "数据对不上怎么办"]


def test_a_pointer_whose_next_clause_names_the_items_again():
    # frames.noun_namings.restated_after: 这两方面，A方面和B方面，… (not the clauses before the pointer)
    text = (
        "表决权，只给正式会员，不给列席人员。这两方面，对会员的民主方面和对列席人员的约束方面，"
        "互相结合起来，就是协会的章程。"
    )
    assert _frame(text, "两方面").items == ["对会员的民主", "对列席人员的约束"]


def test_a_subject_before_a_long_copula_whose_list_owns_the_frame():
    # frames.copula_subject.subject_before: the list inside 是…的 says whose the frame is (一切人们、一切部门的)
    text = "学习和实践是在新的历史时期内考验全县一切人们、一切部门的两个“关”。大家要经得起检验。"
    assert _frame(text, "两个“关”").items == ["学习", "实践"]


def test_paragraphs_opening_on_ordinals_with_the_count_s_noun():
    # frames.noun_namings.named_paragraph_leads: 材料的第一条毛病是：A ¶ … ¶ 第二条毛病是：B。第三条毛病是：C。
    text = (
        "现在来说一说这类材料的三条毛病。\n\n"
        "材料的第一条毛病是：空话太多，不讲实情。有的材料写了几千字，没有一个数字。\n\n"
        "有的同志说，空话保险。其实空话最不保险。\n\n"
        "材料的第二条毛病是：照抄照搬，不看对象。第三条毛病是：拖泥带水，不得要领。"
    )
    assert _frame(text, "三条毛病").items == ["空话太多", "照抄照搬", "拖泥带水"]


def test_parts_of_people_opening_the_sentences_after_the_count():
    # frames.runs_after.repeated_one: 一部分人A。另一部分人则B。 -> A / B (not 人A / 人则B)
    text = (
        "这次改革以后，干部队伍分成了两个群体。一部分人主动学习新的业务，很快适应了岗位。"
        "另一部分人则停留在老办法上，工作越来越被动。"
    )
    assert _frame(text, "两个群体").items == ["主动学习新的业务", "停留在老办法上"]


def test_a_count_whose_noun_the_sentence_before_named_in_one_list():
    # frames.noun_namings.echoed_before: 部分单位的观望态度和多数单位的积极态度，…。目前是两种态度…
    text = (
        "少数单位的观望态度和多数单位的积极态度，是对立的，双方都在看。"
        "目前是两种态度同时存在，我们要做好工作。"
    )
    assert _frame(text, "两种态度").items == ["观望态度", "积极态度"]


def test_namings_apart_in_remarks_are_no_items():
    # the guard: each naming in a clause of its own tells a story, not a list
    text = "小时候我没有穿过衬衣。有一次我向妈妈要一件衬衣，妈妈没有答应。后来我有了两件衬衣。"
    frames = find_frames(layout(parse_text(text, "report.txt")))
    assert not any("衬衣" in f.phrase and f.listed for f in frames)


def test_a_remark_said_twice_closes_the_list_before_a_pointer():
    # frames.nearby_items.items_before: A，B，很好，很好。这两件事… -> A / B
    text = "旧班子走了，新规矩来了，很好，很好。这两件事都是值得高兴的。"
    assert _frame(text, "两件事").items == ["旧班子走了", "新规矩来了"]


def test_a_pointer_s_joined_pair_ends_where_the_predicate_begins():
    # frames.nearby_items._joined_nouns: 那就算对于形式主义和官僚主义最后地“将一军”，弄得这两个毛病…
    text = (
        "如果我们连文山会海也压下来了，那就算对于形式主义和官僚主义最后地“将一军”，"
        "弄得这两个毛病原形毕露，也就容易克服了。"
    )
    assert _frame(text, "两个毛病").items == ["形式主义", "官僚主义"]


def test_a_pointer_s_joined_pair_is_marked_on_its_own_words():
    # frames.nearby_items._spans_before: the spans were measured from the clauses' lengths, and a pair
    # read inside its clause is shorter than the clause: the reader's 学习模式 marked 僚主义最
    # and 后地“将 for 形式主义 and 官僚主义 (反对党八股's 两个怪物, the ux walk)
    text = (
        "如果我们连文山会海也压下来了，那就算对于形式主义和官僚主义最后地“将一军”，"
        "弄得这两个毛病原形毕露，也就容易克服了。"
    )
    lay = layout(parse_text(text, "report.txt"))
    frame = next(f for f in find_frames(lay) if f.phrase == "两个毛病")
    marked = [lay.paragraphs[s.paragraph].text[s.start : s.end] for s in frame.item_spans]
    assert marked == ["形式主义", "官僚主义"]


def test_a_lead_word_inside_a_word_stays_in_the_item():
    # frames.item_words.drop_lead: 就 of 迁就 is no lead (就…), the first item keeps its whole word
    frame = _frame("标题\n\n我们历来反对迁就主义和关门主义两种倾向。\n", "两种倾向")
    assert frame.items == ["迁就主义", "关门主义"]


def test_or_inside_one_side_of_a_pair_joined_by_he():
    # frames.before_count._joined_pair: 和 joins the two sides, 或 names the second side two ways
    frame = _frame("标题\n\n必须反对保守主义和冒进主义或盲动主义两种倾向。\n", "两种倾向")
    assert frame.listed
    assert frame.items[0].endswith("保守主义")
    assert frame.items[1] == "冒进主义或盲动主义"


def test_a_clause_saying_with_whom_is_not_the_item():
    # text.item_clause: 和X一起 says with whom the thing is done; the item is the thing
    text = (
        "这一年取得了两条成绩。第一，和兄弟单位一起，修通了山区公路；第二，建成了全部村级卫生室。"
    )
    assert _frame(text, "两条成绩").items == ["修通了山区公路", "建成了全部村级卫生室"]


def test_a_bare_de_phrase_gives_the_item_to_what_ji_names():
    # text.item_clause: 第一种是国内的，即A — the 的-phrase only qualifies, 即 names the item
    text = (
        "当前还存在着两种基本的困难。第一种是内部的，即人才和岗位不相匹配的困难。"
        "第二种是外部的，即市场和需求不断收缩的困难。"
    )
    assert _frame(text, "两种基本").items == [
        "人才和岗位不相匹配的困难",
        "市场和需求不断收缩的困难",
    ]


def test_a_pair_said_twice_before_its_count_gives_the_full_saying():
    # frames.before_count.items_just_before: A和B、A'和B'这样两件事 — the second pair restates
    # the first in full
    text = "我们对于城市和乡村、现代化的城市建设和现代化的乡村振兴这样两件事，决不可以分割起来看。"
    assert _frame(text, "两件事").items == ["现代化的城市建设", "现代化的乡村振兴"]


def test_first_item_as_long_as_the_others_keeps_its_yi():
    # frames.item_words.drop_governing_words: 以文辅政 is as long as 督查落实 and 信息服务, so its 以
    # governs nothing (the bundled sample corpus showed 文辅政 to a trainee)
    frame = _frame(
        "标题\n\n围绕以文辅政、督查落实、信息服务三项核心业务开展集中培训。\n", "三项核心业务"
    )
    assert frame.items == ["以文辅政", "督查落实", "信息服务"]


def test_yi_after_a_lead_opens_the_first_item():
    # frames.item_words.drop_lead: 坚持 is the sentence's lead; the 以 after it opens the item's own
    # 以…为… phrase, like the 以 of the other items
    frame = _frame(
        "标题\n\n必须坚持以人民为中心、以改革为动力、以创新为引领三条原则。\n", "三条原则"
    )
    assert frame.items[0] == "以人民为中心"
