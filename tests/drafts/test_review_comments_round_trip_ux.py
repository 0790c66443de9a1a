"""审稿意见转为批注 on the writer's answer does not repeat the head's first round.

Round one: the head turned the findings into comments and sent the draft out in Word. The
writer answered some in Word and sent the file back; the head opened it and ran the checks
again to see what is left: every finding still there came in a second time beside his
comment of round one (19 more on a seed speech's answer, 6 comments on three 第三、), since
the comments read back from Word no longer say they came from the review. A comment with
the same words on the same place is now that finding's comment; a finding whose comment the
writer deleted, or a new one, is added."""

from __future__ import annotations

from drafter.cli import main
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.open_any import open_as_draft
from drafter.drafts.store import save_draft
from drafter.export import export_draft
from drafter.review.into_comments import review_into_comments


def _draft() -> Draft:
    return Draft(
        meta=DraftMeta(title="在全区工作会议上的讲话", speaker="xxx", date="2025-11-24"),
        opening=[DraftParagraph("同志们：")],
        sections=[
            DraftNode("抓好XX工作", paragraphs=[DraftParagraph("请XXX同志牵头,各单位配合。")]),
            DraftNode("抓好落实", paragraphs=[DraftParagraph("要真抓实干,务求实效。")]),
        ],
    )


def test_second_round_adds_only_what_has_no_comment(tmp_path):
    reviewed = _draft()
    _result, first = review_into_comments(reviewed, "王主任")
    assert any(c.target == "meta:speaker" for c in first)  # xxx, the whole 讲话人
    answer = open_as_draft(export_draft(reviewed, tmp_path / "退回写作者.docx"))
    assert len(answer.comments) == len(first)
    assert not any(c.origin.startswith("review:") for c in answer.comments)
    # the writer deleted the comment on the half-width commas (one comment, on the first in
    # 牵头,各单位, naming the one in 要真抓实干,务求实效: drafter.review.groups)
    gone = next(c for c in answer.comments if c.quote == ",")
    assert "牵头" in _text(answer, gone) and "共 2 处" in gone.text and "实干" in gone.text
    answer.comments.remove(gone)
    _result, again = review_into_comments(answer, "王主任")
    assert [(c.quote, c.text) for c in again] == [(",", gone.text)]
    _result, third = review_into_comments(answer, "王主任")
    assert third == []


def test_cli_comments_a_draft_in_place(tmp_path, capsys):
    """`drafter review 审阅稿.json --comment`: the draft reviewed takes the comments, -o
    not needed; run again it adds none. Five findings, four comments: the two half-width
    commas are one problem met again, one comment naming both (drafter.review.groups)."""
    path = tmp_path / "审阅稿.json"
    save_draft(_draft(), path)
    assert main(["review", str(path), "--comment", "--author", "王主任"]) == 1
    assert "5 处审稿意见，新增 4 条批注（共 4 条）" in capsys.readouterr().out
    assert main(["review", str(path), "--comment"]) == 1
    assert "新增 0 条批注（共 4 条）" in capsys.readouterr().out


def _text(draft: Draft, comment) -> str:
    from drafter.drafts.anchors import text_of

    return text_of(draft, comment.target) or ""
