"""Quoted sayings about people are no frames (px48c, set 12's fits): the settled 两面 words quoted
as a term (“两面人”, “两面派”: "Settled, session 26", item 1) and a saying about one family
(“一门三进士”, “一家两制”), while a state's formula of the same shape (“一国两制”, named-only in
the gold) and a count of flags (两面红旗) stay. Sentences written for these tests."""

from __future__ import annotations

import pytest
from sentence_frames import frames_of


@pytest.mark.parametrize(
    "sentence, saying",
    [
        ("决不能对组织搞“两面人”那一套，大家要引以为戒。", "两面人"),
        ("要坚决反对搞“两面派”，大家要引以为戒。", "两面派"),
        ("这里走出过“一门三进士”的名门望族，文脉绵长。", "一门三进士"),
        ("有的是“前台”“后台”配合默契，有的是“一家两制”敛财。", "一家两制"),
    ],
)
def test_a_saying_about_people_is_no_frame(sentence, saying):
    phrases = [f.phrase for f in frames_of(sentence)]
    assert not any(saying in p for p in phrases), phrases


@pytest.mark.parametrize(
    "sentence, formula",
    [
        ("要全面准确贯彻“一国两制”方针，保持长期繁荣稳定。", "一国两制"),
        ("当年这里树起了两面红旗，一面是…，一面是…。", "两面红旗"),
    ],
)
def test_a_formula_of_the_same_shape_stays(sentence, formula):
    phrases = [f.phrase for f in frames_of(sentence)]
    assert any(formula in p for p in phrases), phrases
