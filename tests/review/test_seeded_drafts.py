"""Hand-written drafts with realistic errors of every category (own fixtures, separate
from the real texts of ../shared): each seeded error is found, in its category, at its
exact text, and the clean version of each draft has no error-level finding."""

from __future__ import annotations

import pytest

from drafter.corpus.load import parse_text
from drafter.review import review_document

HEAD = "在全县2026年办公室工作会议上的讲话\n县委常委、办公室主任 张明\n（2026年3月2日）\n同志们：\n"

CASES = [
    (
        "下面，我讲三点意见。\n一、提高政治站位\n要抓好落实。\n二、突出工作重点\n要抓好落实。\n"
        "四、强化责任落实\n要抓好落实。\n",
        [("numbering", "四、")],
    ),
    (
        "一、总体要求\n（一）加强学习\n要抓好落实。\n（二）压实责任\n要抓好落实。\n（二）强化督查\n"
        "要抓好落实。\n二、重点任务\n要抓好落实。\n",
        [("numbering", "（二）")],
    ),
    (
        "一、坚持党的全面领导\n要抓好落实。\n二、坚持以人民为中心\n要抓好落实。\n"
        "三、坚持稳中求进\n要抓好落实。\n四、加强作风建设\n要抓好落实。\n",
        [("parallelism", "加强作风建设")],
    ),
    (
        "从三个方面谈谈意见。\n一、提高认识\n要抓好落实。\n二、突出重点\n要抓好落实。\n"
        "三、狠抓落实\n要抓好落实。\n四、加强领导\n要抓好落实。\n",
        [("count", "从三个方面")],
    ),
    (
        "办公室工作要做到“四勤”：一是腿勤，二是眼勤，三是手勤。\n",
        [("count", "“四勤”：")],
    ),
    (
        "请××同志牵头，X月X日前拿出方案，所需资金【待核实】万元。\n",
        [("placeholder", "××"), ("placeholder", "X月X日"), ("placeholder", "【待核实】")],
    ),
    (
        "一、总体要求\n（一）加强学习\n要抓好落实。\n（二）……\n二、重点任务\n要抓好落实。\n",
        [("placeholder", "……")],
    ),
    (
        "会议定于2026年2月29日召开。今年是“十四五”开局之年，去年（2023年）全县经济增长5%。\n",
        [("date", "2026年2月29日"), ("date", "今年是“十四五”开局之年"), ("date", "去年（2023年）")],
    ),
    (
        "现场会定于2026年3月9日（星期二）举行。\n",
        [("date", "2026年3月9日（星期二）")],
    ),
    (
        "要决胜全面建成小康社会，统筹疫情防控和经济社会发展，配合国家工商总局做好检查。\n",
        [
            ("stale", "决胜全面建成小康社会"),
            ("stale", "统筹疫情防控和经济社会发展"),
            ("stale", "国家工商总局"),
        ],
    ),
    (
        "国务院总理习近平出席会议并讲话。\n",
        [("name", "国务院总理习近平")],
    ),
    (
        "截止目前，县委已做出重大部署，我们要再接再励。\n",
        [("wording", "截止"), ("wording", "做出"), ("wording", "再接再励")],
    ),
    (
        "要认真学习《条例,做好各项工作，，确保取得实效。\n",
        [("punctuation", "《"), ("punctuation", ","), ("punctuation", "，，")],
    ),
    (
        "二0二六年全县计划新建１２个站点，覆盖率提高百分之5。\n",
        [("number", "二0二六"), ("number", "１２"), ("number", "百分之5")],
    ),
]


@pytest.mark.parametrize(
    "body,expected", CASES, ids=[c[1][0][0] + str(i) for i, c in enumerate(CASES)]
)
def test_seeded_error_found_at_its_text(body, expected):
    doc = parse_text(HEAD + body + "谢谢大家！\n", "<seeded>")
    assert doc.metadata.date == "2026-03-02"
    findings = review_document(doc).findings
    paras = doc.paragraphs()
    for category, text in expected:
        hits = [f for f in findings if f.category == category and f.text == text]
        assert hits, (category, text, [(f.rule, f.text) for f in findings])
        for f in hits:
            assert paras[f.paragraph].text[f.start : f.end] == text


CLEAN = (
    HEAD
    + "下面，我讲三点意见。\n一、坚持党的全面领导\n截至目前，县委已作出重大部署，我们要再接再厉。\n"
    "二、坚持以人民为中心\n今年是“十五五”开局之年，去年（2025年）全县经济增长5%。\n"
    "三、坚持稳中求进\n现场会定于2026年3月9日（星期一）举行，要认真学习《条例》，确保取得实效。\n"
    "谢谢大家！\n"
)


def test_clean_version_has_no_error():
    doc = parse_text(CLEAN, "<clean>")
    found = review_document(doc).findings
    assert not [f for f in found if f.level in ("error", "warning")], [
        (f.rule, f.text) for f in found
    ]
