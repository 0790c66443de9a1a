"""Items of study frames (session 31, helper it8), on our own sentences: a counted phrase some
words after a pointer that opens its sentence (这就是明年工作的三大任务) sums up the sentence
before when that sentence is exactly its list (its only N clauses) or its parts read alike, and
stays without items when only the last N clauses of a longer sentence would give some."""

from __future__ import annotations

from sentence_frames import items_named as _items


def test_the_sentence_before_is_exactly_the_list():
    text = "稳住外贸的基本盘，扩大有效的投资，守住民生的底线。这就是明年工作的三大任务。"
    assert _items(text, "三大任务") == ["稳住外贸的基本盘", "扩大有效的投资", "守住民生的底线"]


def test_parts_that_read_alike_close_the_sentence_before():
    text = (
        "今年有七成的厂是盈利的，两成的厂是持平的，一成的厂是亏损的。"
        "这后面的两类情况要认真整顿，特别是亏损的一类。"
    )
    assert _items(text, "两类情况") == ["两成的厂是持平", "一成的厂是亏损"]


def test_the_last_clauses_of_a_longer_sentence_are_no_list():
    text = (
        "到底是先拿出方案呢，还是先试点，边干边改，再总结推广？这是两个根本问题。"
        "我们的习惯是先上路，别人的习惯是先规划。"
    )
    assert not _items(text, "两个根本问题")
