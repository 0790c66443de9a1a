"""Frames and roadmaps left from session 46 (session 47, fr9), on sentences written for these
tests: characters quoted as the items of a count of 字 (“减、快、优”三个字), a roadmap counted by
笔 (三笔账 over 第一笔…), a pointer count named again by a "one … one …" run right after it
(这两件事。一个叫A、一个叫B), the good-and-bad faces of one thing (两方面的性质) that are no
frame, and the count's noun closing an introduced list (即A、B和C政策的…)."""

from __future__ import annotations

import pytest
from sentence_frames import frames_of, items_named

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


@pytest.mark.parametrize(
    ("sentence", "phrase", "items"),
    [
        ("今年的重点要在“减、快、优”三个字上下功夫。", "三个字", ["减", "快", "优"]),
        ("我们要弘扬“勤”“朴”“诚”“毅”四个字，培养好学生。", "四个字", ["勤", "朴", "诚", "毅"]),
        ("全校坚持“稳、进、好”三字诀。", "三字诀", ["稳", "进", "好"]),
    ],
)
def test_characters_quoted_as_items_make_a_frame(sentence, phrase, items):
    assert items_named(sentence, phrase) == items, [f.phrase for f in frames_of(sentence)]


@pytest.mark.parametrize(
    "sentence",
    ["他在报告里用了“十分动摇”、“恐慌万状”两句话。", "“简化”两个字说来容易。"],
)
def test_quoted_wording_counted_stays_no_frame(sentence):
    assert not [f.phrase for f in frames_of(sentence) if f.listed]


def test_a_pointer_count_named_again_by_a_run_of_ones_takes_those_names():
    sentence = "此外还有一个讨老婆、讨老公，大概是这两件事。一个叫吃饭、一个叫生儿子。"
    assert items_named(sentence, "两件事") == ["吃饭", "生儿子"]


@pytest.mark.parametrize(
    "sentence",
    [
        "批评这件事是有两方面的性质，一方面实在有好处，一方面是不好。",
        "这个办法有两方面，一方面有好处，一方面也有坏处。",
    ],
)
def test_a_good_face_and_a_bad_one_are_no_frame(sentence):
    assert items_named(sentence, "两方面") is None, [f.phrase for f in frames_of(sentence)]


def test_aspects_of_work_stay_a_frame():
    assert items_named("我们要抓好政治、经济两方面。", "两方面") == ["政治", "经济"]


def test_a_roadmap_counted_by_bi_over_its_parts():
    text = (
        "在干部大会上的讲话\n\n每个人都要算好三笔账。\n\n第一笔，政治账。政治上要清醒。\n\n"
        "第二笔，经济账。经济上要算清。\n\n第三笔，家庭账。家庭要和睦。\n\n大家回去以后要认真落实。\n"
    )
    roads = analyze(parse_text(text, "t.txt")).roadmap
    assert [(r.text, r.count, len(r.sections)) for r in roads] == [("每个人都要算好三笔账。", 3, 3)]


def test_the_count_s_noun_after_the_last_item_is_shared_by_the_list():
    # 三大政策，即A、B和C政策的主义: 政策 closes the list, what follows 的 is what it qualifies
    sentence = "这种主义即是他的三大政策，即联俄、联共和扶助农工政策的主义。"
    assert items_named(sentence, "三大政策") == ["联俄", "联共", "扶助农工"]
