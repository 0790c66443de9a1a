"""Items of study frames, session 30 (helper it7), on our own sentences: a pointer that opens a
clause right after the sentence's only N clauses sums those clauses up, whole (a 及其 or 和 inside
one of them joins no two items); a formula without a counter followed by a colon takes the list
after the colon, as a counted phrase does."""

from __future__ import annotations

from sentence_frames import frames_of, items_of


def test_a_pointer_after_exactly_n_clauses_takes_them_whole():
    sentence = (
        "我们在新兴市场和老市场的销售增长及其带来的规模效应，研发投入的持续加大及其对产品的改进，"
        "这两大因素，已经使公司站稳了脚跟。"
    )
    items = items_of(sentence, "两大因素")
    assert items == [
        "我们在新兴市场和老市场的销售增长及其带来的规模效应",
        "研发投入的持续加大及其对产品的改进",
    ]


def test_a_formula_takes_the_list_after_its_colon():
    sentence = (
        "今后的工作要四位一体：（1）先讲清规则；（2）再建好流程；（3）配齐组织，（4）做好度量。"
    )
    frames = [f for f in frames_of(sentence) if f.phrase == "四位一体"]
    assert frames and frames[0].items == ["先讲清规则", "再建好流程", "配齐组织", "做好度量"]


def test_a_clause_pointing_back_is_no_item_of_the_list_before():
    sentence = (
        "我们既要在这次检查中处理一批供应商，给他们做出结论，也要处理一批代理商，给他们做出结论，"
        "这对于今后的合作都是有利的。这两种合作伙伴一般都无大问题。"
    )
    for frame in frames_of(sentence):
        if "两种合作伙伴" in frame.phrase:
            assert not any(item.startswith("这对于") for item in frame.items)


def test_a_described_part_keeps_its_words_before_ji():
    sentence = (
        "这个阶层有三个不同的部分。第一部分是有余钱剩米的，即用其劳动所得，每年有余剩。"
        "第二部分是大体上可以自给的。第三部分是生活下降的。"
    )
    items = items_of(sentence, "三个不同的部分")
    assert items[0] == "有余钱剩米的"


def test_a_bare_qualifier_still_takes_what_ji_names():
    sentence = (
        "现在的矛盾有两种：第一种是国内的，即工人和老板的矛盾；第二种是国外的，即我们和对手的矛盾。"
    )
    assert items_of(sentence, "两种") == ["工人和老板的矛盾", "我们和对手的矛盾"]
