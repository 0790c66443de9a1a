"""A template's empty slots are no frame for the one sibling a writer has filled (ux22's walk).

A draft from 开班式讲话 has 一是…… 二是…… 三是…… under each part. The writer added one
(三是加强作风建设) and review hinted 对仗·同组其他标题都以“……”收尾，这一条不是: the
slots were read as siblings that share an ending. Slots are placeholder.slot's business;
the parallel checks compare only headings that have words.
"""

from __future__ import annotations

from drafter.drafts.model import DraftNode
from drafter.review import ReviewConfig, review_draft
from drafter.review.registry import RULES
from drafter.review.rules.placeholder import is_slot
from drafter.templating import render_template


def _fill_one_slot():
    draft = render_template("开班式讲话")
    part = draft.sections[0]
    assert [is_slot(c.heading) for c in part.children] == [True, True, True]
    # as in the walk: 添加同级 after 二是…… gives a fourth sibling, filled; 四是…… stays
    part.children.insert(2, DraftNode(heading="加强作风建设"))
    return draft


def _rules(result, prefix: str) -> list[str]:
    return [f.rule for f in result.findings if f.rule.startswith(prefix)]


def test_filled_sibling_among_slots_is_not_off_frame():
    """Before: parallelism.ending on 加强作风建设; after: no parallel finding, and every
    slot left is still an error of its own."""
    result = review_draft(_fill_one_slot())
    assert _rules(result, "parallelism.") == []
    assert len(_rules(result, "placeholder.slot")) == 9


def test_filled_siblings_still_checked_beside_a_slot():
    """Four filled siblings keep their frame check when a fifth is still a slot: the
    odd ending among them is found as before."""
    draft = render_template("开班式讲话")
    part = draft.sections[0]
    part.children = [
        DraftNode(heading=h)
        for h in ("提高政治水平", "提高业务水平", "提高服务水平", "增强工作能力", "……")
    ]
    cfg = ReviewConfig(disabled={r for r in RULES if r != "parallelism.ending"})
    found = review_draft(draft, cfg).findings
    assert [f.text for f in found] == ["增强工作能力"]


def test_is_slot():
    """Only headings of nothing but ellipses are slots."""
    assert is_slot("……") and is_slot(" …… ") and is_slot("...")
    assert not is_slot("加强作风建设……") and not is_slot("")
