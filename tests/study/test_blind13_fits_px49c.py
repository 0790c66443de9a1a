"""Fits after the thirteenth blind set's score (session 49, px49c), on text written for these
tests: a quoted formula inside the last unit of a list (…、集体“三资”管理等) takes no items from
it; a formula before a sentence whose own pointer count (这三项制度) lists things keeps none of
them; 对 counts pairs before 关系 (三对关系); the tail of a compound formula (三会两制一课) is no
second frame; a formula's word closing each semicolon part's first clause (“四个不到位”) names
its items; paragraphs opening 从…看， are the items of the count before them; 3岁以下 is no
pointer ahead and a notice's addressees (各…各单位：) are no roadmap."""

from __future__ import annotations

from sentence_frames import frames_of, items_named

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def test_a_formula_inside_a_list_unit_is_not_listed_by_it():
    sentence = "要重点检查工程招标、补助资金发放、村级“三资”管理等方面的问题。"
    assert items_named(sentence, "三资") == []


def test_a_formula_gives_the_next_sentence_s_list_to_its_own_count():
    sentence = (
        "要严格落实“三管三必须”要求，把燃气安全纳入日常监管。"
        "县住建局要牵头建立企业定期自查、部门联合检查、安全责任保险这三项制度，力争年内出台办法。"
    )
    assert items_named(sentence, "三管三必须") == []
    assert items_named(sentence, "三项制度") == ["企业定期自查", "部门联合检查", "安全责任保险"]


def test_pairs_counted_before_relations():
    sentence = "推进改革要统筹好速度和质量、效率和公平、当前和长远这三对关系。"
    assert items_named(sentence, "三对关系") == ["速度和质量", "效率和公平", "当前和长远"]


def test_the_tail_of_a_compound_formula_is_no_frame_of_its_own():
    phrases = [f.phrase for f in frames_of("要认真落实“三会两制一课”，加强团员教育管理。")]
    assert "两制一课" not in phrases and "三会两制一课" in phrases, phrases


def test_a_formula_word_closing_each_part_names_the_items():
    sentence = (
        "这起事故暴露出“三个不到位”：企业培训不到位，新工人未经考试就上岗；"
        "部门检查不到位，发现问题没有跟踪；属地巡查不到位，看了就走。"
    )
    assert items_named(sentence, "三个不到位") == [
        "企业培训不到位",
        "部门检查不到位",
        "属地巡查不到位",
    ]


def _study(text: str):
    return analyze(parse_text(text, "t.txt"))


def test_paragraphs_opening_on_their_angle_are_the_count_s_items():
    text = (
        "关于我县养老服务的调研报告\n\n从调研情况看，我县养老服务主要存在三个方面的问题。\n\n"
        "从床位看，总量不足，城乡分布不均。\n\n从队伍看，护理人员年龄偏大，流动频繁。\n\n"
        "从资金看，投入渠道单一，运营困难。\n\n为此，建议县政府加大投入。\n"
    )
    found = [f for f in _study(text).frames if f.phrase.startswith("三个方面")]
    assert found and found[0].items == ["床位", "队伍", "资金"], [
        (f.phrase, f.items) for f in _study(text).frames
    ]


def test_a_figure_below_is_no_pointer_ahead():
    text = (
        "关于发展普惠托育的发言\n\n今年以来，课题组走访了12家机构和80余户有3岁以下婴幼儿的家庭。\n\n"
        "调研中，一位家长对我们说，孩子没人带。\n\n调研发现，全县托位明显不足。\n\n"
        "为此，提出两点建议：\n\n一、增加普惠托位\n\n要新建一批托育点。\n\n二、降低托育成本\n\n要加大补贴。\n"
    )
    roads = [r.text for r in _study(text).roadmap]
    assert not [r for r in roads if "以下" in r], roads
    assert any("两点建议" in r for r in roads), roads


def test_a_notice_s_addressees_are_no_roadmap():
    text = (
        "关于一起火灾事故的通报\n\n各镇党委、政府，县直各单位：\n\n一、事故经过\n\n某日凌晨发生火灾。\n\n"
        "二、事故原因\n\n违规充电引发火灾。\n\n三、有关要求\n\n各单位要立即开展排查。\n"
    )
    roads = [r.text for r in _study(text).roadmap]
    assert not [r for r in roads if "各单位：" in r], roads
