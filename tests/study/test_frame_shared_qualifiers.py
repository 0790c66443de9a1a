"""Two counts of the same number side by side in one list, after the words that qualify both
(国内国际两个市场、两种资源): each is a frame of those words, as gold b13 (1998) and b33 (1997,
2011) write them — on sentences written for these tests."""

from __future__ import annotations

from sentence_frames import items_named


def test_both_counts_take_the_pair_before_them():
    sentence = "我们要更好地利用国内国际两个市场、两种资源，促进对外贸易稳定增长。"
    assert items_named(sentence, "两个市场") == ["国内", "国际"]
    assert items_named(sentence, "两种资源") == ["国内", "国际"]


def test_joined_by_he_and_written_as_one_word():
    sentence = "各地要充分利用国内外两个市场和两种资源，扩大对外开放。"
    assert items_named(sentence, "两个市场") == ["国内", "国外"]
    assert items_named(sentence, "两种资源") == ["国内", "国外"]


def test_without_qualifiers_the_second_count_borrows_nothing():
    # 两个冬春、两个浪潮: no words before the first count name its items, so nothing stands
    # over both and the second count gets no items from the first
    sentence = "这一类地区有两个冬春、两个浪潮就够了，不必着急。"
    assert items_named(sentence, "两个浪潮") in (None, [])
