"""提纲练习 scoring leaves out a marker the trainee typed before the heading (the original is
scored without its marker), and only a marker: words that merely look like one stay."""

from __future__ import annotations

from drafter.study.exercise import ExerciseRow, score, without_marker


def test_a_typed_marker_is_left_out():
    assert without_marker("一、加强领导", "加强领导") == "加强领导"
    assert without_marker("（一）加强领导", "加强领导") == "加强领导"
    assert without_marker("一是腿勤", "腿勤") == "腿勤"
    assert without_marker("一年来成绩显著", "成绩显著") == "一年来成绩显著"  # no marker
    assert without_marker("一、", "加强领导") == "一、"  # nothing but the marker
    assert without_marker("第一，抓学习", "第一，抓学习") == "第一，抓学习"  # the original opens so


def test_score_ignores_the_typed_marker():
    rows = [ExerciseRow("一、", "加强领导", 1, 3, "我们要……")]
    assert score(rows, ["一、加强领导"])[0].score == 1.0
    assert score(rows, ["加强领导"])[0].score == 1.0
