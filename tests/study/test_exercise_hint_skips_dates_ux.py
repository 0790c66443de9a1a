"""提纲练习 hints each hidden heading with its part's first words. Walking a text made of dated
parts (a book's two prefaces, each under its heading with 〔一九五五年九月二十五日〕 on a line of
its own), both hints read only the date: the trainee learnt nothing about either part."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.exercise import exercise_rows

TEXT = (
    "关于两次会议的说明\n\n"
    "一、第一次会议的说明\n\n（一九五五年九月二十五日）\n\n"
    "这次会议主要讨论农业合作化的速度问题。大家的意见逐步统一了。\n\n"
    "二、第二次会议的说明\n\n（1955年12月27日）\n\n"
    "三个月过去了，情况起了很大的变化，需要重新说明。\n"
)


def test_a_date_line_is_no_hint():
    rows = exercise_rows(parse_text(TEXT, "说明.txt"))
    assert [r.original for r in rows] == ["第一次会议的说明", "第二次会议的说明"]
    assert rows[0].hint.startswith("这次会议主要讨论")
    assert rows[1].hint.startswith("三个月过去了")


def test_a_part_with_only_a_date_still_shows_it():
    text = "关于会议的说明\n\n一、会议日期\n\n（2024年3月5日）\n\n二、会议内容\n\n讨论了三件事。\n"
    rows = exercise_rows(parse_text(text, "说明.txt"))
    assert rows[0].hint == "（2024年3月5日）"
