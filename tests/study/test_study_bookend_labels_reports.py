"""Opening and closing type labels (stop 21), the classes of wrong labels on the bookends gold
(batches 2-6): a year that "取得…成就" is an affirmation; 成绩 hoped for or defined is none; 要求 as a
noun (符合历史要求, 基本要求) asks nothing; a report that ends on its confidence (我们坚信，…一定能够…)
ends on a call; a line wholly in brackets above a text (（在多伦多大学）) is no opening. Each case is
written here and failed before its rule."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.analyze import analyze

BODY = "一、抓好落实\n\n要一件一件抓。\n\n二、抓好队伍\n\n要敢于担当。\n\n"


def study(text: str):
    return analyze(parse_text(text, "talk.txt"))


def kinds(bookend) -> list[str]:
    return [p.kind for p in bookend.parts]


def test_a_year_that_achieved_great_things_opens_an_affirmation():
    s = study("各位代表：\n\n刚刚过去的２０２５年，是全市人民取得伟大成就的一年。\n\n" + BODY)
    assert kinds(s.opening) == ["称呼", "肯定成绩"]
    assert s.opening.type == "肯定成绩式"


def test_results_hoped_for_or_defined_are_no_affirmation():
    s = study("希望把你们这个部门打造成模范部门，出成绩、出人才。但成绩不是好大喜功。\n\n" + BODY)
    assert "肯定成绩" not in kinds(s.opening)
    assert s.opening.type == "开门见山式"


def test_a_report_that_ends_on_its_confidence_ends_on_a_call():
    s = study(
        BODY
        + "各位代表！\n\n新的一年，任务相当繁重。我们坚信，在市委的坚强领导下，紧紧依靠全市人民，"
        "一定能够克服各种困难，把各项事业推向前进！\n"
    )
    assert "号召" in kinds(s.closing)
    assert s.closing.type == "号召激励式"


def test_a_requirement_named_as_a_noun_asks_nothing():
    s = study(
        BODY + "各位代表！\n\n这几年我们执行了一系列符合历史要求和人民愿望的正确政策，"
        "取得了一个接一个的胜利。\n"
    )
    assert "希望要求" not in kinds(s.closing)


def test_a_line_wholly_in_brackets_above_the_text_is_no_opening():
    for line in ("（在多伦多大学）", "（本纪要摘录了任总在三次会议上的讲话内容）"):
        text = f"## 关于落实的讲话\n\n——在全市干部大会上的讲话\n2017年10月4日\n\n{line}\n\n" + BODY
        s = analyze(parse_text(text, "talk.md"))
        assert s.opening.type is None, line
        assert s.opening.parts == []


def test_a_closing_sure_the_cause_will_win_by_another_word_ends_on_a_call():
    """我们坚决相信，…将要…得到完全的胜利，而…必然要失败 (mao 3-026's last lines): the same
    confidence as 我们坚信，…一定能够…, told with 将要 and 必然."""
    s = study(
        BODY + "我们坚决相信，全市人民将要在市委的领导之下得到完全的胜利，"
        "而一切困难必然要被克服。\n"
    )
    assert "号召" in kinds(s.closing)
    assert s.closing.type == "号召激励式"
