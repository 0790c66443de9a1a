"""按场合浏览 sorts by meeting, not by genre: a survey report has no occasion and goes to 其他
(it was listed under 讲话 because its title holds 报告), while a 报告会 is still a meeting."""

from __future__ import annotations

from drafter.study.occasions import OTHER, occasion_kind


def test_a_report_title_names_no_occasion():
    assert occasion_kind(None, "关于青川区农村居家养老服务情况的调研报告") == OTHER
    assert occasion_kind(None, "2025年度述职报告") == "述职述廉"
    assert occasion_kind("全市形势报告会") == "讲话"
    assert occasion_kind(None, "在全市民营企业家座谈会上的讲话") == "座谈会"
