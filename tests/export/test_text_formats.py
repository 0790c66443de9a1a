"""Markdown and plain-text export."""

from __future__ import annotations

import pytest

from drafter.drafts.model import Draft, DraftNode, DraftParagraph
from drafter.export import ExportError, export_draft, format_for


def test_markdown(speech, tmp_path):
    path = export_draft(speech, tmp_path / "s.md")
    text = path.read_text("utf-8")
    blocks = text.split("\n\n")
    assert blocks[:4] == [
        "# 在全区办公室主任暨文秘业务培训会议上的讲话",
        "区委常委、办公室主任　张三",
        "（2025年11月24日）",
        "同志们：",
    ]
    assert "## 一、充分认识办公室工作的重要地位" in blocks
    assert "### （一）办公室是参谋助手" in blocks
    # CommonMark closes ** after 。 only before a space or punctuation: the 。 goes after it
    assert "**（一）加强学习**。学习是立身之本，要把学习作为第一需要。" in blocks
    assert "#### 1.学理论" in blocks
    assert "##### （1）读原著" in blocks
    assert blocks[-1] == "同志们，让我们奋力开创办公室工作新局面！\n"
    assert "写作提示" not in text and "号召力" not in text


def test_markdown_escapes_paragraphs_that_would_become_markup(tmp_path):
    d = Draft(opening=[DraftParagraph("# 不是标题"), DraftParagraph("1. 不是列表")])
    text = export_draft(d, tmp_path / "e.md").read_text("utf-8")
    assert text == "\\# 不是标题\n\n1\\. 不是列表\n"


def test_markdown_run_in_heading_without_text_has_no_stray_backslash(tmp_path):
    """An empty run-in node (a fresh template slot) must not end in a hard line break."""
    d = Draft(sections=[DraftNode("坚持……", run_in=True)], numbering=["yao"])
    text = export_draft(d, tmp_path / "r.md").read_text("utf-8")
    assert "\\" not in text
    assert "**一要坚持**……" in text


def test_text(speech, tmp_path):
    path = export_draft(speech, tmp_path / "s.txt")
    text = path.read_text("utf-8")
    assert text.startswith(
        "在全区办公室主任暨文秘业务培训会议上的讲话\n\n区委常委、办公室主任　张三\n\n（2025年11月24日）\n\n"
    )
    assert "\n\n一、充分认识办公室工作的重要地位\n\n" in text
    assert "\n\n（一）加强学习。学习是立身之本" in text
    assert "\n\n（1）读原著\n\n原著要精读。\n\n" in text
    assert "提示" not in text


def test_format_is_taken_from_suffix_or_argument(tmp_path):
    assert format_for("a.DOCX") == "docx"
    assert format_for("a.markdown") == "md"
    assert format_for("a.out", "txt") == "txt"
    with pytest.raises(ExportError, match="a.pdf"):
        format_for("a.pdf")
    with pytest.raises(ExportError, match="unknown format"):
        format_for("a.txt", "rtf")


def test_export_writes_atomically_and_replaces(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("old", "utf-8")
    export_draft(Draft(sections=[DraftNode("新")]), path)
    assert path.read_text("utf-8") == "一、新\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.txt"]


def test_export_into_missing_folder_is_one_line_error(tmp_path):
    with pytest.raises(ExportError, match="cannot write"):
        export_draft(Draft(), tmp_path / "missing" / "s.txt")


def test_markdown_run_in_bold_closes_under_commonmark_rules():
    from drafter.export.markdown import _bold_run_in

    # a closing ** must not sit between punctuation and a Chinese character
    assert _bold_run_in("一是讲政治。", "要…") == "**一是讲政治**。要…"
    assert _bold_run_in("一是讲政治？", "") == "**一是讲政治**？"
    assert _bold_run_in("第二，加强领导（试行）。", "要…") == "**第二，加强领导（试行）**。要…"
    assert _bold_run_in("加强领导（试行）", "要…") == "<strong>加强领导（试行）</strong>要…"
