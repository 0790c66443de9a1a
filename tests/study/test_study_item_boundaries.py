"""Where an item of a listed frame begins and ends (issue 11, items right), on our own
sentences. Each case fails without the rule it names."""

from __future__ import annotations

from drafter.corpus.load import parse_text
from drafter.study.frames import find_frames
from drafter.study.layout import layout


def _frame(text: str, phrase: str):
    frames = find_frames(layout(parse_text(text, "report.txt")))
    found = [f for f in frames if f.phrase == phrase]
    assert found, f"{phrase} not among {[f.phrase for f in frames]}"
    return found[0]


_SECTIONS = """各位代表：

过去一年，全县上下团结奋斗，主要做了以下三方面工作：

（一）采取有力措施，抓好春耕生产

全县组织农机下乡，春播面积稳中有增。

（二）优化营商环境，稳住企业发展

我们开展政务服务改革，企业办事更加便利。

（三）办好民生实事，兜牢基本保障

我们新建了一批养老服务设施。
"""


def test_short_two_clause_headings_are_items_whole():
    # frame_sections._node_items: short headings of two clauses are their items whole (the
    # means and the work: either clause may name the part), not their first clause
    frame = _frame(_SECTIONS, "三方面")
    assert frame.source == "sections"
    assert frame.items == [
        "采取有力措施，抓好春耕生产",
        "优化营商环境，稳住企业发展",
        "办好民生实事，兜牢基本保障",
    ]


def test_one_long_heading_keeps_every_item_to_its_key_clause():
    # the siblings of one list read alike: one heading too long to be whole keeps them all short
    text = _SECTIONS.replace(
        "（三）办好民生实事，兜牢基本保障",
        "（三）办好民生实事，兜牢基本保障，让全县群众的获得感成色更足、幸福感更可持续",
    )
    frame = _frame(text, "三方面")
    assert frame.items == ["采取有力措施", "优化营商环境", "办好民生实事"]


def test_a_heading_naming_a_formula_of_its_own_keeps_its_key_clause():
    # the second clause names another frame (做到“两个维护”): the key clause is the part
    text = _SECTIONS.replace(
        "（一）采取有力措施，抓好春耕生产", "（一）坚定理想信念，做到“两个维护”"
    )
    frame = _frame(text, "三方面")
    assert frame.items == ["坚定理想信念", "优化营商环境", "办好民生实事"]
