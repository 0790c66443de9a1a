"""Ordinal runs that open right after a count, on our own sentences (session 29, helper it6):
其一是说，A；其二是说，B (说 only leads into the item), 两个方向上努力，一，A；二，B (the
first bare numeral after a comma), and 有两种办法，第一种是A和B的办法 (an ordinal opens the
clause: its 和 joins no two items). A subject named before the count with a pointer
(A或B这个问题有两方面) is not the count's pair. A formula without a counter (两手抓) takes the
pair joined by 和/与 right before it, unless a modal makes that pair its subject (…要两条腿走路). A run whose last
ordinal stands inside a later sentence with the frame's noun (只有第三个方向，C / 开始了第二种
革命，即B) ends there."""

from __future__ import annotations

from sentence_frames import frames_of, items_of


def test_qi_yi_shi_shuo_reads_the_clause_after_it():
    sentence = "这个道理有两方面的意义。其一是说，制度要管长远；其二是说，执行要抓落实。"
    assert items_of(sentence, "两方面") == ["制度要管长远", "执行要抓落实"]


def test_a_bare_first_numeral_after_a_comma_opens_a_run():
    sentence = "今年我们在两个方向上努力，一，提高交付的质量；二，降低经营的成本。"
    assert items_of(sentence, "两个方向") == ["提高交付的质量", "降低经营的成本"]


def test_a_pair_before_a_pointer_is_the_subject_not_the_items():
    sentence = "质量或速度这个问题有两方面的意义。其一是说，客户要满意；其二是说，成本要可控。"
    assert items_of(sentence, "两方面") == ["客户要满意", "成本要可控"]


def test_an_ordinal_clause_is_no_apposition_split_on_he():
    sentence = "有两种办法，第一种是市场和价格的办法。后来大家又用了别的办法。"
    for frame in frames_of(sentence):
        if "两种办法" in frame.phrase:
            assert frame.items != ["市场", "价格的办法"]


def test_a_formula_takes_the_pair_joined_right_before_it():
    sentence = "七、计划与预算管理两手抓"
    frames = [f for f in frames_of(sentence) if f.phrase == "两手抓"]
    assert frames and frames[0].items == ["计划", "预算管理"]


def test_a_pair_before_a_modal_is_the_subject_of_the_formula():
    sentence = "司机、保安招聘要两条腿走路，以自己解决为主，公司帮助为辅。"
    for frame in frames_of(sentence):
        if frame.phrase == "两条腿走路":
            assert frame.items != ["司机", "保安招聘要"]


def test_the_last_ordinal_may_stand_inside_a_sentence_with_the_noun():
    sentence = (
        "我们面前有三个方向，第一个，守着老产品的方向，是死路。第二个，拖延观望，也不是生路。"
        "只有第三个方向，坚决转向新产品，才是生路。"
    )
    assert items_of(sentence, "三个方向") == ["守着老产品的方向", "拖延观望", "坚决转向新产品"]


def test_a_pair_whose_second_ordinal_comes_sentences_later():
    sentence = (
        "有两种办法，第一种是由总部统一采购的办法。这种办法过去用得多。"
        "后来开始了第二种办法，即由各地自行采购。"
    )
    assert items_of(sentence, "两种办法") == ["总部统一采购的办法", "各地自行采购"]
