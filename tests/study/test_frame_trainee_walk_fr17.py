"""Frames a trainee's walk found wrong on real texts (session 51, st51), each fixed by its cause
and tested here on sentences written for these tests, then on the two real texts where the
trainee saw them (read from ../shared at run time):

- a formula glued to a verb with a 、 after it (整顿三风、) ends one unit of a list that goes
  on: the units before are its siblings, not its items;
- a pair glued before a count whose second side opens a prepositional phrase the count closes
  (…和…对于历史上两种模式的研究) is joined by a 和 outside the count: no items;
- a side of 一方面…另一方面 is its whole clause, never cut at a fixed length mid-word;
- a pointer count after a whole divided into as many parts (分成了两块 … 这两个问题) takes up
  the parts: no frame of its own; and the noun said again after a pointer of its own (这个问题)
  names no thing a pointer count could take as an item.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sentence_frames import frames_of, items_named

from drafter.corpus.load import load_document
from drafter.study.analyze import analyze

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SPEECHES = SHARED / "corpus" / "speeches"


def test_a_formula_that_ends_one_unit_of_a_longer_list_takes_no_items_from_it():
    sentence = "我们学会了“三定”政策、安全检查、整顿三风、精兵简政、发展生产等项工作，少走了弯路。"
    found = [f for f in frames_of(sentence) if f.phrase == "三风"]
    assert found and not found[0].items, [(f.phrase, f.items) for f in found]


def test_a_formula_closing_its_own_list_still_takes_it():
    sentence = "要坚持勤俭节约、艰苦奋斗、廉洁奉公三风，不断改进作风。"
    assert items_named(sentence, "三风") == ["勤俭节约", "艰苦奋斗", "廉洁奉公"]


def test_a_pair_joined_outside_a_prepositional_phrase_is_no_items_of_its_count():
    sentence = (
        "经过去年的全厂整顿和今年开始的对于厂内历史上两种管理模式的研究，"
        "大家的认识已经统一了，这是不容易的。"
    )
    assert not items_named(sentence, "两种管理模式"), [
        (f.phrase, f.items) for f in frames_of(sentence)
    ]


def test_a_pair_with_localizers_but_no_preposition_is_still_read():
    sentence = "要从政治上和经济上两方面入手，把问题解决好。"
    assert items_named(sentence, "两方面") == ["政治上", "经济上"]


def test_a_side_longer_than_forty_characters_is_read_whole_not_cut_mid_word():
    sentence = (
        "对于去年的采购工作，应作两方面的分析：一方面，应指出那个时期采购部门所采取的询价办法、"
        "付款办法和验收办法在其主要方面都是不够严格的；另一方面，应指出采购人员在节约开支这个"
        "基本问题上面，和我们之间是没有分歧的。"
    )
    items = items_named(sentence, "两方面")
    assert items and items[0].endswith("不够严格的"), items


def test_a_pointer_count_after_a_whole_divided_into_as_many_parts_is_no_frame():
    sentence = (
        "我们把后勤管理问题分成了两块。采购部门要管好价格，仓储部门要管好库存。"
        "我们在管理这个问题上是不讲情面的。你只要把这两个问题切开，效率自然会提高。"
    )
    assert items_named(sentence, "两个问题") is None, [
        (f.phrase, f.items) for f in frames_of(sentence)
    ]


_STUDY = SPEECHES / "mao" / "第三卷_018 学习和时局.md"
_LOW = SPEECHES / "ren" / "19961115_实行低重心管理，层层级级都要在做实上下功夫.md"


@pytest.mark.skipif(not _STUDY.is_file(), reason=f"{_STUDY} not present (../shared)")
def test_the_real_speech_the_trainee_read_shows_no_wrong_items():
    frames = analyze(load_document(str(_STUDY))).frames
    by = {}
    for f in frames:
        by.setdefault(f.phrase, []).append(f)
    assert all(not f.items for f in by.get("三风", [])), [f.items for f in by["三风"]]
    assert "两条路线斗争" not in by or not by["两条路线斗争"][0].items
    sides = [f for f in by["两方面"] if f.items and len(f.items[0]) > 20]
    assert sides and sides[0].items[0].endswith("错误的"), [f.items for f in by["两方面"]]


@pytest.mark.skipif(not _LOW.is_file(), reason=f"{_LOW} not present (../shared)")
def test_the_real_speech_shows_no_pointer_count_of_the_parts_with_wrong_items():
    frames = analyze(load_document(str(_LOW))).frames
    assert not any(f.phrase == "两个问题" and f.items for f in frames), [
        (f.phrase, f.items) for f in frames
    ]


@pytest.mark.parametrize(
    ("head", "number", "divided"),
    [
        ("我们把后勤管理问题分成了两块。", 2, True),
        ("全书分为三部分，", 3, True),
        ("全书分为三部分，", 2, False),
        ("他讲的是一分为二，我们讲的是妥协，", 2, False),  # a way of thinking, no parts
    ],
)
def test_a_division_is_a_whole_cut_into_parts_by_a_part_word(head, number, divided):
    from drafter.study.frames.refused_counts import _divided_before

    assert _divided_before(head, number) is divided
