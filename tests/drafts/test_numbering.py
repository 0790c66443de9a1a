"""Numbering is derived from position and the per-level style, never typed."""

from __future__ import annotations

import pytest

from drafter.drafts.model import Draft, DraftNode
from drafter.drafts.numbering import (
    NUMBERING_STYLES,
    cn_number,
    heading_text,
    level_styles,
    marker,
    markers,
    parse_cn_number,
    parse_marker,
    typed_marker,
)
from drafter.drafts.ops import move_node


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("cn_dun", ["一、", "二、", "三、"]),
        ("cn_paren", ["（一）", "（二）", "（三）"]),
        ("arabic_dot", ["1.", "2.", "3."]),
        ("arabic_paren", ["（1）", "（2）", "（3）"]),
        ("ordinal", ["第一，", "第二，", "第三，"]),
        ("ordinal_dun", ["第一、", "第二、", "第三、"]),
        ("ordinal_sentence", ["第一句话：", "第二句话：", "第三句话："]),
        ("shi", ["一是", "二是", "三是"]),
        ("yao", ["一要", "二要", "三要"]),
        ("sequence", ["首先，", "其次，", "最后，"]),
        ("none", ["", "", ""]),
    ],
)
def test_every_style_numbers_three_siblings(style, expected):
    assert [marker(style, n, 3) for n in (1, 2, 3)] == expected


def test_every_ui_style_is_implemented():
    for style in NUMBERING_STYLES:
        marker(style, 1, 1)


def test_sequence_uses_zaici_and_zuihou_for_longer_runs():
    assert [marker("sequence", n, 4) for n in range(1, 5)] == [
        "首先，",
        "其次，",
        "再次，",
        "最后，",
    ]
    assert marker("sequence", 2, 2) == "最后，"
    assert marker("sequence", 1, 1) == "首先，"
    # Without a total nothing is last.
    assert marker("sequence", 4) == "此外，"


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (35, "三十五"),
        (105, "一百零五"),
    ],
)
def test_chinese_numerals_round_trip(n, text):
    assert cn_number(n) == text
    assert parse_cn_number(text) == n


def test_marker_rejects_bad_input():
    with pytest.raises(ValueError):
        marker("cn_dun", 0)
    with pytest.raises(ValueError):
        marker("roman", 1)


def _draft() -> Draft:
    a = DraftNode("认识", children=[DraftNode("甲"), DraftNode("乙")])
    b = DraftNode("任务", children=[DraftNode("丙", children=[DraftNode("深"), DraftNode("更深")])])
    c = DraftNode("要求", run_in=True)
    return Draft(sections=[a, b, c])


def test_markers_follow_position_and_level():
    d = _draft()
    marks = markers(d)
    a, b, c = d.sections
    assert [marks[n.id] for n in d.sections] == ["一、", "二、", "三、"]
    assert [marks[n.id] for n in a.children] == ["（一）", "（二）"]
    assert marks[b.children[0].id] == "（一）"
    assert [marks[n.id] for n in b.children[0].children] == ["1.", "2."]


def test_moving_a_section_renumbers_it():
    d = _draft()
    a, b, c = d.sections
    move_node(d, c.id, None, 0)
    marks = markers(d)
    assert [marks[n.id] for n in (c, a, b)] == ["一、", "二、", "三、"]
    # Moving a sub-heading to another parent renumbers both lists.
    move_node(d, a.children[1].id, b.id, 0)
    marks = markers(d)
    assert marks[b.children[0].id] == "（一）" and b.children[0].heading == "乙"
    assert marks[b.children[1].id] == "（二）"


def test_speech_styles_per_level():
    d = _draft()
    d.numbering = ["ordinal", "shi"]
    marks = markers(d)
    a = d.sections[0]
    assert marks[a.id] == "第一，"
    assert [marks[n.id] for n in a.children] == ["一是", "二是"]
    # A third level not in the list falls back to the first unused official style.
    assert marks[d.sections[1].children[0].children[0].id] == "一、"


def test_level_styles_fallback_never_repeats_a_used_style():
    d = Draft(numbering=["cn_dun", "cn_paren"])
    assert level_styles(d, 4) == ["cn_dun", "cn_paren", "arabic_dot", "arabic_paren"]
    d = Draft(numbering=["arabic_dot"])
    assert level_styles(d, 3) == ["arabic_dot", "cn_dun", "cn_paren"]
    d = Draft(numbering=["bogus"])
    assert level_styles(d, 1) == ["none"]


def test_heading_text_adds_full_stop_only_to_run_in_headings():
    d = _draft()
    a, _b, c = d.sections
    assert heading_text(d, a) == "一、认识"
    assert heading_text(d, c) == "三、要求。"
    c.heading = "要求是什么？"
    assert heading_text(d, c) == "三、要求是什么？"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一、", ("cn_dun", 1)),
        ("（十二）", ("cn_paren", 12)),
        ("(3)", ("arabic_paren", 3)),
        ("3.", ("arabic_dot", 3)),
        ("3．", ("arabic_dot", 3)),
        ("第二，", ("ordinal", 2)),
        ("第二、", ("ordinal_dun", 2)),
        ("第三句话：", ("ordinal_sentence", 3)),
        ("四是", ("shi", 4)),
        ("二要", ("yao", 2)),
        ("其次，", ("sequence", 2)),
        ("最后，", ("sequence", 0)),
        ("", None),
        ("★", None),
    ],
)
def test_parse_marker(text, expected):
    assert parse_marker(text) == expected


def test_parse_marker_inverts_marker_for_every_style():
    for style in NUMBERING_STYLES:
        if style in ("none", "sequence"):
            continue
        for n in (1, 7, 10, 23):
            assert parse_marker(marker(style, n)) == (style, n), (style, n)


@pytest.mark.parametrize(
    ("heading", "style", "typed"),
    [
        ("第一句话：要提高站位", "ordinal_sentence", "第一句话："),
        ("二、聚焦重点任务", "cn_dun", "二、"),
        ("（一）抓好项目", "cn_dun", "（一）"),  # pasted from a document numbered otherwise
        ("1. 抓好项目", "cn_paren", "1."),
        ("一是坚持", "shi", "一是"),
        ("三要抓落实", "yao", "三要"),
        ("首先，统一思想", "sequence", "首先，"),
        ("首先要统一思想", "sequence", "首先"),
        ("第一，坚持", "ordinal", "第一，"),
        # words, not numbers
        ("一是坚持", "cn_dun", ""),  # 一是 is a number only under 一是 numbering
        ("三要抓落实", "shi", ""),
        ("第一次全会精神", "ordinal", ""),
        ("2024 年工作", "arabic_dot", ""),
        ("十九大精神", "cn_dun", ""),
        ("一、", "cn_dun", ""),  # the whole heading: nothing left to keep
        ("一、加强领导", "none", ""),  # an unnumbered heading says what it likes
        ("一、加强领导", None, ""),
    ],
)
def test_typed_marker(heading, style, typed):
    assert typed_marker(heading, style) == typed
