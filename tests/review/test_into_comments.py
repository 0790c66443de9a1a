"""Review findings turned into comments: on the flagged words, headings moved off their
marker, nothing twice; the CLI writes a draft whose Word export shows them."""

from __future__ import annotations

import json

from drafter.cli import main
from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.drafts.word_comments import read_word_comments
from drafter.export import export_draft
from drafter.review import review_draft
from drafter.review.into_comments import comments_from_findings, review_into_comments


def _draft() -> Draft:
    return Draft(
        opening=[DraftParagraph("同志们：")],
        sections=[
            DraftNode("抓好XX工作", paragraphs=[DraftParagraph("请XXX同志牵头,各单位配合。")]),
            DraftNode("抓好落实", paragraphs=[DraftParagraph("要真抓实干。")]),
        ],
    )


def test_findings_land_on_their_words():
    draft = _draft()
    result, added = review_into_comments(draft, "王主任")
    assert result.findings and len(added) == len(draft.comments)
    by_quote = {c.quote: c for c in added}
    heading = draft.sections[0]
    assert by_quote["XX"].target == heading.id  # on the heading's words, marker left out
    assert heading.heading[by_quote["XX"].start : by_quote["XX"].end] == "XX"
    para = heading.paragraphs[0]
    assert by_quote["XXX"].target == para.id and by_quote["XXX"].author == "王主任"
    assert all(c.origin.startswith("review:") and c.text.startswith("【") for c in added)
    again = comments_from_findings(draft, review_draft(draft).findings)
    assert again == []


def test_cli_review_comment_writes_a_draft_with_comments(tmp_path, capsys):
    src = export_draft(_draft(), tmp_path / "writer.docx")
    out = tmp_path / "reviewed.json"
    code = main(["review", str(src), "--comment", "-o", str(out), "--author", "王主任"])
    assert code == 1  # errors (placeholders) remain, as drafter review reports them
    assert "新增" in capsys.readouterr().out
    payload = json.loads(out.read_text("utf-8"))
    assert payload["comments"] and payload["source"] == str(src.resolve())
    assert main(["export", str(out), "-o", str(tmp_path / "back.docx")]) == 0
    quotes = {w.quote for w in read_word_comments(tmp_path / "back.docx")}
    assert "XXX" in quotes
    assert main(["review", str(src), "--comment"]) == 2  # -o is required
    assert "-o" in capsys.readouterr().err
