"""Session 44's cuts of spurious frames and its named counts, on sentences written for these
tests: a saying of one number and two opposites (三下三上) is no formula, a count renamed by
apposition (十个问题，也就是十大关系) is one frame, a named count of one character (三风, 除四害) is
a frame even unquoted, with its list when the next sentence closes one by pointing back, and
not twice where the text names it with and without its verb."""

from __future__ import annotations

import pytest
from sentence_frames import frames_of

from drafter.study.frames.counterless import opposites_saying


@pytest.mark.parametrize("saying", ["三下三上", "三荤三素", "三盈三虚", "三起三落"])
def test_one_number_twice_with_two_opposites_is_a_saying(saying):
    assert opposites_saying(saying)
    phrases = [f.phrase for f in frames_of(f"他的经历很曲折，可以说是{saying}，但从不灰心。")]
    assert not any(saying in p for p in phrases), phrases


def test_pairs_that_are_no_opposites_are_no_saying():
    assert not any(opposites_saying(f) for f in ("三严三实", "三保三压", "三查三整", "四水四定"))


@pytest.mark.parametrize("formula", ["三严三实", "三查三整"])
def test_a_paired_formula_without_opposites_stays(formula):
    phrases = [f.phrase for f in frames_of(f"各级干部都要坚持{formula}，把工作做扎实。")]
    assert formula in phrases, phrases


def test_a_count_renamed_by_apposition_is_one_frame():
    frames = frames_of("综合起来，一共有十个问题，也就是十大关系。这些问题都要研究。")
    tens = [f for f in frames if f.number == 10]
    assert [f.phrase for f in tens] == ["十个问题"], [f.phrase for f in frames]


def test_a_named_count_of_one_character_is_a_frame_unquoted():
    frames = frames_of("这次整风，就是整顿三风，把我们党的作风搞好。")
    assert "三风" in [f.phrase for f in frames], [f.phrase for f in frames]


def test_a_named_count_takes_the_list_its_next_sentence_closes():
    frames = frames_of(
        "还有一个除四害，讲卫生。消灭老鼠、麻雀、苍蝇、蚊子这四样东西，大家都要动手。"
    )
    found = [f for f in frames if "四害" in f.phrase]
    assert found and found[0].items == ["老鼠", "麻雀", "苍蝇", "蚊子"], [
        (f.phrase, f.items) for f in frames
    ]


def test_a_named_count_with_its_verb_is_not_a_second_frame():
    frames = frames_of("除四害，即消灭老鼠、麻雀、苍蝇、蚊子。各地都要订出除四害的计划。")
    assert len([f for f in frames if "四害" in f.phrase]) == 1, [f.phrase for f in frames]
