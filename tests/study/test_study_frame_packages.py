"""Counts the guards and the plain-count pruning used to refuse, on sentences written for
these tests: provisions known by their count alone (承认…八条), big counts of a summary noun
(十个条件), and a count naming again a list its paragraph introduced by the count's noun."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze


def frames_of(text: str) -> dict[str, object]:
    return {f.phrase: f for f in analyze(parse_text(text, "t.txt")).frames}


def test_provisions_known_by_their_count_are_a_frame():
    found = frames_of("对方已经表示承认我们的九条为谈判基础，但是还想讨价还价。")
    assert "九条" in found and not found["九条"].listed


def test_provisions_after_a_noun_or_a_pointer_are_not_a_new_frame():
    found = frames_of("车间公布了安全九条。大家要学习这九条，右列五条也要遵守。")
    assert "九条" not in found and "五条" not in found


def test_a_document_name_with_its_count_is_no_frame():
    assert "四十条" not in frames_of("会议讨论了发展纲要四十条，大家认为可行。")


def test_a_big_count_of_a_summary_noun_is_no_plain_count():
    found = frames_of("双方能否坐下来谈，要看对方是否接受我们提出的十个条件，别的都是空话。")
    assert "十个条件" in found
    assert "十个指头" not in frames_of("他伸出十个指头比划了半天，大家都笑了。")


def test_a_count_names_again_the_list_its_noun_introduced():
    text = (
        "我们愿意在下列要求的基础上协商。这些要求是：（一）减少层级；（二）公开账目；"
        "（三）按期验收。如果对方接受我们提出的三个要求，协商就可以开始。"
    )
    frame = frames_of(text)["三个要求"]
    assert frame.listed and frame.items == ["减少层级", "公开账目", "按期验收"]


def test_named_regions_and_bodies_quoted_by_reports_are_no_frames():
    found = frames_of(
        "推进“三北”工程建设，新增“两院”院士五名，治理“三河三湖”。坚持“两个毫不动摇”。"
    )
    assert not {"三北", "两院", "三河三湖"} & set(found)
    assert "两个毫不动摇" in found


def test_kinds_named_after_ji_and_a_conjunction():
    frame = frames_of("这种局面形成的原因有两种，即长期的分散经营和各自为政的管理办法。")[
        "原因有两种"
    ]
    assert frame.listed and frame.items == ["长期的分散经营", "各自为政的管理办法"]


def test_a_quoted_date_is_an_event_and_no_frame():
    # a month and its day quoted name an event (“五卅”, “九、一八”): nothing is counted
    found = frames_of("工人们在“五卅”以后罢工，学生们在“九、一八”以后请愿。坚持“两个毫不动摇”。")
    assert not {"五卅", "九、一八"} & set(found)
    assert "两个毫不动摇" in found
