"""Frames of counted lead-ins the rules missed on blind set 9 (px45b), each on an own fixture.

A count ending a counted lead (我用三个关键词来概括。) counts the sections below it whatever its
noun; headings labelled with the noun and an ordinal (关键词一：稳) give the word after the label; a
quoted star rating (县级“五星”)
is no frame when its stars are not named.
"""

from __future__ import annotations

from test_study_counted_terms import NUMBERED, _study


def test_labelled_headings_give_the_items():
    parts = NUMBERED.replace("（一）PART1", "关键词一：稳").replace("（二）PART2", "关键词二：变")
    parts = parts.replace("（三）PART3", "关键词三：暖")
    study = _study("回顾这一年，我用三个关键词来概括。", parts)
    frame = next(f for f in study.frames if f.phrase == "三个关键词")
    assert frame.items == ["稳", "变", "暖"]


def test_star_rating_is_no_frame():
    study = _study("全年力争创建县级“五星”党组织三个以上，对照“五星”标准逐项查漏补缺。")
    assert not [f for f in study.frames if "五星" in f.phrase]
