"""Where the study view marks a frame's item (drafter.study.text.item_place), without Qt: on
its own words at or after the reader's span, else just before it, else the span as given."""

from drafter.study.text import item_place


def test_an_item_inside_a_wider_span_is_marked_on_its_own_words():
    text = "坚持主观主义和宗派主义这两个怪物"
    assert item_place(text, "宗派主义", 0, 11) == (7, 11)


def test_a_span_a_character_late_finds_the_item_just_before_it():
    text = "利用“国内”“国外”两个市场"
    start = text.index("国外")
    assert item_place(text, "“国外", start, start + 2) == (start - 1, start + 2)


def test_an_item_not_in_the_text_keeps_the_span():
    assert item_place("两个市场", "国内", 0, 2) == (0, 2)
    assert item_place("两个市场", "", 1, 3) == (1, 3)
