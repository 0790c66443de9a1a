"""Frames a trainee walk found with wrong items (session 46, fr8), on sentences written for
these tests: a count inside a longer noun phrase takes no items from the next clause; a 部分
count's noun is no verb after it, and the pair glued before its pointer are its items; the
predicate said of a whole list and the words leading into a list of clauses are no part of an
item; a count the next clause restates is one frame; a copula is no subject of a count."""

from __future__ import annotations

from sentence_frames import frames_of, items_named


def test_a_count_inside_a_longer_noun_takes_no_items_from_the_next_clause():
    # the clause after the comma is what is done next, its 和 joins no items of the count
    found = items_named("要放大两种渠道协同效应，提高服务对象满意程度和水平。", "两种渠道")
    assert not found, found


def test_a_parts_count_is_counted_by_the_pair_glued_before_its_pointer():
    sentence = "收入有两块，一块是卖来的，一块是换来的，房租和利息这两部分共计五百万元。"
    phrases = [f.phrase for f in frames_of(sentence)]
    assert "两部分共" not in phrases, phrases
    assert items_named(sentence, "两部分") == ["房租", "利息"]


def test_the_predicate_said_of_a_whole_list_is_no_part_of_its_last_item():
    sentence = "对于招工、采购、借款、租房不加审批的“四项便利”，我们是反对的。"
    assert items_named(sentence, "四项便利") == ["招工", "采购", "借款", "租房"]


def test_a_count_the_next_clause_restates_is_one_frame():
    sentence = (
        "这是两句话，是说明两件事情。第一条，风险还有，不能大意。第二条，风险不大，不必惊慌。"
    )
    phrases = [f.phrase for f in frames_of(sentence) if f.listed]
    assert phrases == ["两句话"], phrases


def test_a_copula_after_a_clause_is_no_subject_of_the_count():
    sentence = "搞这次改革是有两方面的效果，一方面确实有好处，一方面是有代价。"
    phrases = [f.phrase for f in frames_of(sentence)]
    assert not any(p.startswith("搞这次改革") for p in phrases), phrases
