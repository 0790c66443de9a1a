"""Questions numbered by a letter or a short 问 (Q1：…, Q7、…, 问2：…): the numbered questions
of a 座谈 or an interview, level 1 like 问题一（…）：… — but only in a run numbered in turn and
put as questions, since Q1 to Q4 are a year's quarters as often (blind set 36's ren 20080705
in tests/gold/README.md). Our own sentences."""

from __future__ import annotations

import pytest

from drafter.corpus import markers as mk
from tests.corpus.conftest import levelled

_P = (
    "这方面的工作要抓紧抓实，各单位要拿出具体办法，明确责任人和完成时限，定期报告进展情况，"
    "对工作中遇到的新情况新问题，要及时研究，拿出切实可行的解决办法，不断把各项工作推向前进。"
)


@pytest.mark.parametrize(
    ("text", "marker", "ordinal"),
    [
        ("Q1：我问一个问题。", "Q1：", 1),
        ("Q7、现在的团队怎么管？", "Q7、", 7),
        ("Ｑ３．为什么？", "Ｑ３．", 3),
        ("Q2 研发的吸引力是否降低了？", "Q2", 2),
        ("问2：怎么办？", "问2：", 2),
        ("提问3：怎么办？", "提问3：", 3),
    ],
)
def test_asked_forms(text: str, marker: str, ordinal: int) -> None:
    m = mk.match_asked(text)
    assert m is not None and (m.family, m.text, m.ordinal) == (mk.QUESTION, marker, ordinal)


@pytest.mark.parametrize(
    "text", ["Q1季度销售额增长。", "Q1.5版本上线。", "Q4的订单不少。", "问题一（…）："]
)
def test_quarters_and_versions_are_no_asked_form(text: str) -> None:
    assert mk.match_asked(text) is None
    # and Q-forms stay out of the general marker grammar (the run decides, not the form)
    assert text.startswith("问题") or mk.match_marker(text) is None


def _speech_then_questions(separators: list[str]) -> str:
    paras = ["在干部大会上的讲话", "2026年3月1日", "今天讲几点意见。" + _P]
    for cn in ("一", "二", "三"):
        paras += [f"{cn}、各级主管要抓住主要矛盾", _P, _P]
    paras += ["【互动问答摘录】"]
    for n, sep in enumerate(separators, 1):
        paras += [f"Q{n}{sep}我们部门的人员流动较多。公司有没有什么办法？", "任总：" + _P]
    return "\n\n".join(paras)


def test_questions_after_a_speech_are_level_one_beside_its_parts() -> None:
    tree = levelled(_speech_then_questions(["：", "：", "、", "、"]))
    assert [h[1][:3] for h in tree] == [
        "一、各",
        "二、各",
        "三、各",
        "Q1：",
        "Q2：",
        "Q3、",
        "Q4、",
    ]
    assert all(level == 1 for level, _ in tree)
    # the heading is the question's first sentence ("Heading extent")
    assert tree[3][1] == "Q1：我们部门的人员流动较多"


def test_an_interview_of_q_numbered_questions_is_outlined_by_them() -> None:
    paras = ["记者专访纪要", "2026年3月1日"]
    for n in range(1, 4):
        paras += [f"Q{n}：华为下一步的重点是什么", "答：" + _P, _P]
    assert [h for h in levelled("\n\n".join(paras))] == [
        (1, f"Q{n}：华为下一步的重点是什么") for n in range(1, 4)
    ]


def test_quarters_of_a_sales_review_are_no_headings() -> None:
    # Q1：… Q4： as a year's quarters: no question, no answer after them
    paras = ["销售工作总结", "2026年1月5日", "一、全年销售情况", _P]
    for n in range(1, 5):
        paras += [f"Q{n}：销售额{n}200万元，同比增长1{n}%，主要来自新客户。", "分析：" + _P]
    paras += ["二、明年的打算", _P, "2017年Q3的订单不少。" + _P, "Q4的订单要提前准备。" + _P]
    tree = levelled("\n\n".join(paras))
    assert [h[1] for h in tree] == ["一、全年销售情况", "二、明年的打算"]


def test_questions_out_of_turn_are_no_run() -> None:
    paras = ["座谈纪要", "2026年3月1日"]
    for n in (3, 1, 4):
        paras += [f"Q{n}：公司有没有什么办法？", "任总：" + _P]
    assert levelled("\n\n".join(paras)) == []


def test_a_question_typed_onto_the_answer_before_it_is_split_off() -> None:
    # "…推向前进。Q3、…？" : the run's other questions open paragraphs, so Q3 is one of them
    # (drafter.corpus.glued_runs), and the run of questions is whole
    text = _speech_then_questions(["：", "：", "、", "、"])
    text = text.replace("\n\nQ3、", "Q3、", 1)
    tree = levelled(text)
    assert [h[1][:3] for h in tree][3:] == ["Q1：", "Q2：", "Q3、", "Q4、"]
    assert all(level == 1 for level, _ in tree)
