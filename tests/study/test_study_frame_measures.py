"""Counts written with a measure word the rules do not take for a counter (两门, 两手, 两批,
三股): handed to the second look as refused counts, their items read by the measure's own
enumeration (drafter/study/frames/measures.py). Sentences written for these tests."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.frames import model as frame_model
from drafter.study.frames import nearby_items, refused_counts, rule_frames
from drafter.study.frames.measures import measured_counts, own_measure, parts_before
from drafter.study.layout import layout


def _lay(text: str):
    return layout(parse_text(text, "t.txt"))


def _measured(text: str) -> list[tuple[str, str]]:
    _, rejected = rule_frames(_lay(text))
    return [(f.phrase, why) for f, why in rejected if why == "measure"]


def test_a_count_by_a_measure_word_reaches_the_second_look():
    text = "做好这件事要靠两门功夫，一门叫做调查研究，一门叫做群众路线。"
    assert [p for p, _ in _measured(text)] == ["两门功夫"]


def test_the_measure_enumeration_reads_the_items():
    lay = _lay("做好这件事要靠两门功夫，一门叫做调查研究，一门叫做群众路线。")
    _, rejected = rule_frames(lay)
    frame = next(f for f, why in rejected if why == "measure")
    assert own_measure(frame) == "门"
    items, spans = nearby_items.enumerated_items(lay, frame)
    assert items == ["调查研究", "群众路线"]
    assert len(spans) == 2


def test_one_hand_and_the_other_by_the_measure():
    lay = _lay("他们采取两手办法，一手还要拉拢群众，一手却极力打压异己。")
    _, rejected = rule_frames(lay)
    frame = next(f for f, why in rejected if why == "measure")
    assert nearby_items.enumerated_items(lay, frame)[0] == ["还要拉拢群众", "却极力打压异己"]
    assert frame_model.features(lay, frame, "measure")["why_measure"] == 1.0


def test_two_faced_words_are_no_count_even_with_their_faces_spelled():
    # gold README "Settled, session 26": 两面性, 两面政策, 两面手法 name one thing's two sides
    assert _measured("他们搞的是两面手法，一面表示拥护，一面暗中抵制，不可不防。") == []
    assert _counts("这个阶级有两面性，采取两面政策，正、反两面相辅相成。") == []


def test_back_reference_by_a_measure_word():
    found = _measured("形式主义、官僚主义，这两股风气必须刹住。")
    assert [p for p, _ in found] == ["两股风气"]


def _counts(text: str) -> list[str]:
    return [f.phrase for f in measured_counts(_lay(text), set())]


def test_names_sayings_and_rough_counts_are_no_counts():
    assert _counts("我们去过三门峡，大家两手空空地回来，只走了三五步。") == []


def test_a_number_inside_a_word_is_no_count():
    assert _counts("反对党八股，不要胡说八道。") == []
    assert _counts("学会两套本领。") == ["两套本领"]


def test_the_second_of_an_enumeration_is_no_count():
    assert _counts("一则因为忙，二则因为病。") == []
    assert _counts("敌人四面包围，我们挂起两面大旗。") == ["两面大旗"]


def test_second_as_an_ordinal_is_no_count():
    # 二次审批, 二次创业, 二手: "a second (hand)"; a count of times says 两次
    assert _counts("合同要经过二次审批，公司进入二次创业，不买二手设备。") == []
    assert _counts("合同经过两次审批，我们两手都要硬。") == ["两次审批", "两手"]


def test_a_counter_the_rules_read_is_not_made_twice():
    lay = _lay("要抓好两个方面，一手抓发展，一手抓稳定。")
    assert measured_counts(lay, set()) == []  # 一手 is one, and 两个方面 is the rules'


def test_a_heading_a_colon_or_parts_before_show_a_summary():
    assert _measured("会上谈了好几件事情，大家要记住两套办法：先试后推，先易后难。") == [
        ("两套办法", "measure")
    ]
    assert _measured("考核要走三步曲，即今年试点、明年推开、后年总结。") == [("三步曲", "measure")]
    assert _measured("内、外两手都要硬，这是常识。") == [("两手", "measure")]
    assert _measured("他去年买了两套房子，今年又卖了。") == []


def test_parts_before_a_measure_count_are_its_items():
    lay = _lay("人人学会调查研究、联系群众两门功夫，把工作做好。")
    kept, rejected = rule_frames(lay)
    frame = next(f for f, why in rejected if why == "measure")
    adopted = refused_counts.adopt(lay, frame)
    assert adopted.items == ["调查研究", "联系群众"]
    assert [lay.paragraphs[0].text[s.start : s.end] for s in adopted.item_spans] == adopted.items


CLASSICAL = """为争取胜利起见，谨陈救国大计三端，愿各方采纳而实行之。
一曰全国团结。团结为抗战之本。
二曰厉行宪政。宪政为民主之本。
三曰援助前线。前线为胜利之本。
"""


def test_a_measure_count_closing_its_paragraph_takes_the_ordinal_run_after_it():
    kept, _ = rule_frames(_lay(CLASSICAL))
    assert [(f.phrase, f.items, f.source) for f in kept] == [
        ("三端", ["全国团结", "厉行宪政", "援助前线"], "ordinals")
    ]


def test_a_run_after_a_count_that_does_not_close_its_paragraph_is_not_its_own():
    text = CLASSICAL.replace("愿各方采纳而实行之。", "愿各方采纳而实行之。此外还有话说。", 1)
    kept, _ = rule_frames(_lay(text.replace("三端，", "三端。", 1)))
    assert kept == []


def test_numbered_units_are_no_count():
    assert _counts("四、五支队南下。") == []


def test_one_character_parts_are_no_items():
    lay = _lay("抓好内、外两手。")
    frame = next(f for f in measured_counts(lay, set()) if f.phrase == "两手")
    assert parts_before(lay, frame) is None


def test_a_measure_count_with_its_things_spelled_out_is_decided_not_weighed():
    # the model refusing everything (a bias of -10) still keeps it: the reading decides
    lay = _lay("干部要分成两批，一批留在前方打仗，一批回到后方学习。")
    kept, rejected = rule_frames(lay)
    found = refused_counts.second_look(lay, kept, rejected, {"bias": -10.0}, 0.4)
    assert [(f.phrase, f.items) for f in found] == [("两批", ["留在前方打仗", "回到后方学习"])]


def test_a_double_dealer_is_no_count_of_sides():
    text = "阳奉阴违，当面说好话，背后又在捣鬼，这就是两面派行为的表现。"
    assert _measured(text) == []
    assert measured_counts(_lay(text), set()) == []


def test_measure_words_of_the_corpus_inventory_reach_the_second_look():
    # 派, 张 (and 段 组 番 朵): measure words the tagger reads as one numeral-measure word
    # after a count in three or more corpus texts; 部 and 块 count units and pieces
    text = "员工分成了两派，一派主张留下，一派主张撤离。两部电台。"
    assert [p for p, _ in _measured(text)] == ["两派"]
    assert _counts("知识分子附在五张皮上，一张是甲，一张是乙。我们有两块地。") == ["五张皮"]


def test_a_count_of_historic_turns_is_a_frame_though_not_gone_through():
    # 两次历史性转变, 十次重大的路线斗争: the turns a history is summed up by (b34, b35 gold);
    # a count of times with no such word stays no frame
    found = {
        f.phrase for f in rule_frames(_lay("我们党经历了十次重大的路线斗争。这是宝贵的财富。"))[0]
    }
    assert "十次重大的路线斗争" in found
    plain = rule_frames(_lay("央行今年两次下调利率，市场反应平稳。"))[0]
    assert not any("两次" in f.phrase for f in plain)
