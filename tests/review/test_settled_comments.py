"""Review comments whose problem the writer fixed are found settled; the rest stay open.

The office head turned the findings into comments; the writer's reply fixes some. A fresh
review no longer finding a comment's problem makes it settled (drafter.review.settled); a
problem still found, a comment someone typed and one already resolved are not. (An own
fixture.)
"""

from __future__ import annotations

import copy

from drafter.drafts.comments import Comment
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.review import review_draft
from drafter.review.into_comments import review_into_comments
from drafter.review.settled import said_problem, settled_comments


def _draft() -> Draft:
    return Draft(
        meta=DraftMeta(title="在全区办公室工作会议上的讲话", date="2026-03-02"),
        opening=[DraftParagraph("同志们：下面，我讲三点意见。")],
        sections=[
            DraftNode("提高政治站位", [DraftParagraph("请XX同志牵头，抓好各项工作。")]),
            DraftNode("突出工作重点", [DraftParagraph("请××同志负责，按时完成。")]),
            DraftNode("强化责任落实", [DraftParagraph("要抓好落实。")]),
        ],
    )


def _settled(draft: Draft) -> list[str]:
    result = review_draft(draft)
    return [
        said_problem(c.text) for c in settled_comments(draft, [*result.findings, *result.dismissed])
    ]


def test_a_fixed_problem_settles_its_comment_and_nothing_else():
    draft = _draft()
    _result, added = review_into_comments(draft, author="王主任")
    assert {c.quote for c in added} >= {"XX", "××"}
    draft.comments.append(
        Comment(target=added[0].target, text="这一段再压缩一些。", author="王主任")
    )
    assert _settled(draft) == []  # nothing fixed yet
    reply = copy.deepcopy(draft)
    para = reply.sections[0].paragraphs[0]
    para.text = para.text.replace("XX", "张明")
    assert _settled(reply) == ["占位符“XX”尚未替换为实际内容"]
    # a resolved comment is not offered again; the typed one and ×× stay open throughout
    for c in reply.comments:
        c.resolved = c.quote == "XX"
    assert _settled(reply) == []


def test_a_comment_read_back_from_word_is_judged_by_its_words():
    """Word's round trip loses the comment's origin and may wrap its text: its words say it."""
    draft = _draft()
    review_into_comments(draft, author="王主任")
    for c in draft.comments:
        c.origin, c.text = "word", c.text.replace("，", "， ")
    draft.sections[1].paragraphs[0].text = "请李华同志负责，按时完成。"
    assert [c.quote for c in settled_comments(draft, review_draft(draft).findings)] == ["××"]


def test_comment_list_marks_the_settled_comments(tmp_path, capsys):
    """``drafter comment list`` on the reply says which review comments are settled."""
    from drafter.cli import main
    from drafter.drafts.store import save_draft

    draft = _draft()
    review_into_comments(draft, author="王主任")
    para = draft.sections[0].paragraphs[0]
    para.text = para.text.replace("XX", "张明")
    path = tmp_path / "回复.json"
    save_draft(draft, path)
    capsys.readouterr()
    assert main(["comment", "list", str(path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    settled = [i for i, line in enumerate(lines) if "复查已改好" in line]
    assert len(settled) == 1 and "“XX”" in lines[settled[0] + 1]  # its text under it
    assert "其中 1 条审稿批注所说的问题" in out and f"comment resolve {path} 编号" in out
