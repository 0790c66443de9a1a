"""A common four-character idiom of two numbers (“三心二意”, 四面八方) quoted in a speech is no
frame — numbers inside sayings count nothing (gold README, stop 18) — while a formula of two
numbers that jieba's dictionary does not count as an everyday idiom (三老四严, 两学一做) still is.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from sentence_frames import frames_of

from drafter.study.frames.not_frames import _common_idioms


@pytest.mark.parametrize("idiom", ["三心二意", "四面八方", "十拿九稳", "五花八门"])
def test_a_quoted_idiom_is_no_frame(idiom):
    phrases = [f.phrase for f in frames_of(f"各单位要防止出现“{idiom}”的现象，大家要注意。")]
    assert not any(idiom in p for p in phrases), phrases


@pytest.mark.parametrize("formula", ["三老四严", "两学一做"])
def test_a_formula_of_two_numbers_stays(formula):
    phrases = [f.phrase for f in frames_of(f"各单位要深入开展“{formula}”，大家要注意。")]
    assert formula in phrases, phrases


def test_the_idioms_come_from_jiebas_dictionary():
    if not _common_idioms():
        pytest.skip("jieba's dictionary is not installed")
    assert {"三心二意", "四面八方"} <= _common_idioms()
    assert not {"三老四严", "三自一包", "五讲四美"} & _common_idioms()
