"""The export dialog's pre-export list, one line per finding (ux35): a draft fresh from a
template listed "一、……一、「……」 占位符：标题只有省略号…", the heading twice, run
together. Each line now says once where and what."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.review import ReviewConfig, review_draft
from drafter.review.panel_text import finding_line


def _lines(draft: Draft, rule_prefix: str = "") -> list[str]:
    result = review_draft(draft, ReviewConfig())
    return [finding_line(f) for f in result.findings if f.rule.startswith(rule_prefix)]


def test_an_unwritten_template_heading_is_named_once():
    draft = Draft(
        meta=DraftMeta(title="在全市安全生产工作会议上的讲话"),
        sections=[DraftNode("……"), DraftNode("……")],
    )
    lines = _lines(draft, "placeholder.slot")
    assert lines[:2] == [
        "「一、……」标题只有省略号，还没写（模板留下的空栏）",
        "「二、……」标题只有省略号，还没写（模板留下的空栏）",
    ]


def test_a_finding_in_a_paragraph_names_its_heading_and_the_words_once():
    node = DraftNode("总体要求", paragraphs=[DraftParagraph("……")])
    draft = Draft(meta=DraftMeta(title="讲话"), sections=[node, DraftNode("重点任务")])
    (line,) = [x for x in _lines(draft, "placeholder.slot") if "段落" in x]
    assert line == "「一、总体要求」下：「……」段落只有省略号，还没写（模板留下的空栏）"


def test_a_message_that_quotes_the_words_does_not_get_them_again():
    node = DraftNode("总体要求", paragraphs=[DraftParagraph("要按步就班地抓好落实。")])
    draft = Draft(meta=DraftMeta(title="讲话"), sections=[node, DraftNode("重点任务")])
    lines = [x for x in _lines(draft) if "按步就班" in x]
    assert lines, "the wording rule flags 按步就班"
    assert all(x.startswith("「一、总体要求」下：") for x in lines)
    assert all(x.count("按步就班") == 1 for x in lines), lines


def test_an_unwritten_sub_heading_says_which_part_it_is_in():
    parts = [
        DraftNode("提高认识", children=[DraftNode("……")]),
        DraftNode("狠抓落实", children=[DraftNode("……")]),
    ]
    lines = _lines(Draft(meta=DraftMeta(title="讲话"), sections=parts), "placeholder.slot")
    assert lines == [
        "「一、提高认识」下「（一）……」标题只有省略号，还没写（模板留下的空栏）",
        "「二、狠抓落实」下「（一）……」标题只有省略号，还没写（模板留下的空栏）",
    ]
