"""Dismissing a finding at the edge of its paragraph hides that finding, not its kind.

Walking the office head's path on a real speech whose second-level headings end with a
full stop ((一)充分认识办公室工作的重要性。…), 忽略此条 on one 标题中不应有句号 hid all
three after the draft was saved and opened again (已忽略 1 became 已忽略 3): the anchor
of the empty right side (rule, "。", "") was the same for every heading. An empty side
gives no anchor now, and a token stored with one before hides no other finding.

(Since ux65 three headings alike that all end with 。 are the text's habit and not flagged:
a fourth without the stop makes the three stray stops again.)
"""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.review import review_draft
from drafter.review.anchor import _h, anchors, sides, token

HEADINGS = [
    "充分认识办公室工作的重要性。",
    "充分认识新形势的新要求。",
    "充分认识存在的困难和问题。",
]


def _draft() -> Draft:
    return Draft(
        meta=DraftMeta(title="在全县办公室主任会议上的讲话", date="2026-03-02"),
        sections=[
            DraftNode(
                "进一步提高认识",
                children=[DraftNode(h, [DraftParagraph("要抓好落实。")]) for h in HEADINGS]
                + [DraftNode("切实抓好各项工作落实", [DraftParagraph("要抓好落实。")])],
            )
        ],
    )


def _stops(result):
    return [f for f in result.findings if f.rule == "punctuation.heading_stop"]


def test_one_heading_stop_dismissed_leaves_the_others():
    draft = _draft()
    first, *others = _stops(review_draft(draft))
    assert len(others) == 2
    draft.review_dismissed.append(token(first))
    draft = Draft.from_json(draft.to_json())  # saved and opened again
    result = review_draft(draft)
    assert [f.section for f in result.dismissed] == [first.section]
    assert [f.section for f in _stops(result)] == [f.section for f in others]


def test_a_token_stored_with_the_empty_side_anchor_hides_only_its_finding():
    """A draft saved by the previous version keeps the shared anchor in its token."""
    draft = _draft()
    first = _stops(review_draft(draft))[0]
    left, right = sides(first)
    assert right == ""
    whole, lft, _none, para = anchors(first)
    draft.review_dismissed.append(
        ":".join([whole, lft, "R" + _h(first.rule, first.text, right), para])
    )
    result = review_draft(draft)
    assert len(result.dismissed) == 1 and len(_stops(result)) == 2


def test_edge_words_still_survive_an_edit_of_the_heading():
    draft = _draft()
    first = _stops(review_draft(draft))[0]
    draft.review_dismissed.append(token(first))
    draft.sections[0].children[0].heading = "深刻认识办公室工作的重要性。"  # its left side
    assert len(_stops(review_draft(draft))) == 2  # still dismissed (its paragraph anchor)
