"""Comments on the title block (标题, 副标题, 讲话人, 职务, 日期): stored in the draft,
written to Word as comments anchored on the printed title lines, read back from a Word
file (Drafter's, a 修订稿, one another tool wrote) onto the same field and words."""

from __future__ import annotations

from datetime import datetime

import docx
import pytest
from cli_run import run_cli
from lxml import etree

from drafter.compare import compare_drafts
from drafter.drafts.anchors import (
    add_comment,
    describe_place,
    in_reading_order,
    meta_target,
    resolve,
)
from drafter.drafts.open_any import open_as_draft
from drafter.drafts.store import load_draft, save_draft
from drafter.export import export_draft
from drafter.export.redline import export_redline
from drafter.review import review_draft
from drafter.review.into_comments import comments_from_findings
from tests.export.conftest import build_speech

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NOW = datetime(2025, 11, 26, 9, 0, 0)


def _title_commented():
    draft = (
        build_speech()
    )  # 在全区办公室主任暨文秘业务培训会议上的讲话 / 区委常委、办公室主任　张三
    draft.meta.subtitle = "在全区培训会议上"
    t = draft.meta.title
    at = t.index("文秘业务")
    add_comment(draft, "meta:title", "“文秘业务”可删", author="王主任", start=at, end=at + 4)
    add_comment(draft, "meta:speaker", "署名核对", author="王主任")
    add_comment(draft, "meta:post", "职务写全称", author="王主任", start=0, end=4)
    add_comment(draft, "meta:date", "日期待定", author="王主任")
    add_comment(draft, "meta:subtitle", "副标题可不要", author="王主任")
    add_comment(draft, draft.sections[0].id, "标题再凝练", author="王主任")
    return draft


def _commented_words(path) -> dict[str, tuple[str, str]]:
    """Comment text -> (style of the Word paragraph it is anchored in, the words between
    its range marks), read with python-docx and lxml from the saved file."""
    document = docx.Document(str(path))
    texts = {}
    comments_part = next(
        rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/comments")
    )
    root = etree.fromstring(comments_part.blob)
    for c in root.iter(f"{W}comment"):
        texts[c.get(f"{W}id")] = "".join(t.text or "" for t in c.iter(f"{W}t"))
    out = {}
    for p in document.paragraphs:
        inside: dict[str, list[str]] = {}
        for el in p._p.iter():
            if el.tag == f"{W}commentRangeStart":
                inside[el.get(f"{W}id")] = []
            elif el.tag == f"{W}commentRangeEnd":
                cid = el.get(f"{W}id")
                out[texts[cid]] = (p.style.name, "".join(inside.pop(cid, [])))
            elif el.tag == f"{W}t":
                for words in inside.values():
                    words.append(el.text or "")
            elif el.tag == f"{W}br":
                for words in inside.values():
                    words.append("\n")
    return out


def test_title_comments_are_stored_listed_first_and_follow_edits(tmp_path):
    draft = _title_commented()
    path = tmp_path / "稿.json"
    save_draft(draft, path)
    back = load_draft(path)
    order = in_reading_order(back)
    assert [c.target for c in order[:5]] == [
        meta_target(k) for k in ("title", "subtitle", "speaker", "post", "date")
    ]  # the title block is read before the body
    assert order[5].target == back.sections[0].id
    places = [describe_place(back, c) for c in order[:5]]
    assert places == ["标题 · “文秘业务”", "副标题", "讲话人", "职务 · “区委常委”", "日期"]
    back.meta.title = "在全区文秘业务培训会议上的讲话"  # the writer shortens the title
    anchor = resolve(back, order[0])
    assert anchor.moved and back.meta.title[anchor.start : anchor.end] == "文秘业务"
    with pytest.raises(ValueError):
        add_comment(back, "meta:title", "x", start=0, end=99)


def test_word_export_anchors_title_comments_on_the_printed_lines(tmp_path):
    out = export_draft(_title_commented(), tmp_path / "送审稿.docx")
    words = _commented_words(out)
    assert words["“文秘业务”可删"] == ("Title", "文秘业务")
    assert words["副标题可不要"] == ("Subtitle", "在全区培训会议上")  # without its dash
    assert words["职务写全称"] == ("Speaker", "区委常委")
    assert words["署名核对"] == ("Speaker", "张三")
    assert words["日期待定"] == ("Date", "（2025年11月24日）")
    # a comment on the heading itself covers its marker too (one on all its words does not)
    assert words["标题再凝练"][1] == "一、充分认识办公室工作的重要地位"


def test_title_comments_survive_a_long_title_broken_over_lines(tmp_path):
    draft = build_speech()
    draft.meta.title = (
        "在全区办公室系统深入学习贯彻党的二十届四中全会精神暨文秘业务能力提升培训班开班式上的讲话"
    )
    at = draft.meta.title.index("开班式")
    add_comment(draft, "meta:title", "开班式还是开班仪式", start=at, end=at + 3)
    out = export_draft(draft, tmp_path / "长标题.docx")
    assert "\n" in docx.Document(str(out)).paragraphs[0].text  # printed over two lines
    assert _commented_words(out)["开班式还是开班仪式"] == ("Title", "开班式")
    back = open_as_draft(out)
    c = back.comments[0]
    assert (c.target, back.meta.title[c.start : c.end]) == ("meta:title", "开班式")


def test_word_file_back_into_a_draft_puts_them_on_the_same_fields(tmp_path):
    out = export_draft(_title_commented(), tmp_path / "送审稿.docx")
    back = open_as_draft(out)
    got = {c.text: (c.target, c.quote) for c in back.comments}
    assert got["“文秘业务”可删"] == ("meta:title", "文秘业务")
    assert got["副标题可不要"] == ("meta:subtitle", "")
    assert got["职务写全称"] == ("meta:post", "区委常委")
    assert got["署名核对"] == ("meta:speaker", "")
    assert got["日期待定"] == ("meta:date", "")
    assert got["标题再凝练"] == (back.sections[0].id, "")
    assert all(c.origin == "word" and c.author == "王主任" for c in back.comments)


def test_revised_draft_brings_title_comments_back(tmp_path):
    """A 修订稿 (tracked changes) from the head, with a remark on the title."""
    old = build_speech()
    new = build_speech()
    new.sections[0].paragraphs[0].text = "办公室处于承上启下、协调各方的中枢位置。"
    at = new.meta.title.index("暨")
    add_comment(new, "meta:title", "“暨”前后是否并列", author="王主任", start=at, end=at + 1)
    out = export_redline(
        compare_drafts(old, new), tmp_path / "修订稿.docx", author="王主任", now=NOW
    )
    assert _commented_words(out)["“暨”前后是否并列"] == ("Title", "暨")
    back = open_as_draft(out)
    c = next(c for c in back.comments if c.text == "“暨”前后是否并列")
    assert (c.target, c.quote) == ("meta:title", "暨")
    assert back.meta.title == new.meta.title


def other_tools_word(path, title: tuple[str, str, str], paragraph: str, comment: str):
    """Save at ``path`` a Word file as another tool writes one (python-docx, as Word would): a
    Title paragraph of three runs with ``comment`` by 李处长 over the middle one, then 一、提高认识
    and ``paragraph``; return it opened as a draft. The comment on the title and the one
    labelled 【场合】 are read from the same kind of file."""
    document = docx.Document()
    title_line = document.add_paragraph(style="Title")
    runs = [title_line.add_run(words) for words in title]
    document.add_paragraph("一、提高认识")
    document.add_paragraph(paragraph)
    document.add_comment(runs[1], text=comment, author="李处长", initials="李")
    document.save(str(path))
    return open_as_draft(path)


def test_comment_made_on_the_title_by_another_tool_is_read(tmp_path):
    """A Word file written by python-docx (as Word would: a Title paragraph, a comment
    over two of its words), not by Drafter."""
    back = other_tools_word(
        tmp_path / "他人.docx",
        ("关于加强", "机关作风", "建设的讲话"),
        "要把作风建设摆在突出位置。",
        "作风建设还是机关作风",
    )
    assert back.meta.title == "关于加强机关作风建设的讲话"
    (c,) = back.comments
    assert (c.target, c.quote, c.author) == ("meta:title", "机关作风", "李处长")


def test_review_findings_on_the_title_become_title_comments():
    draft = build_speech()
    draft.meta.title = "在XX同志会议上的讲话"
    findings = [f for f in review_draft(draft).findings if f.ref == "meta:title"]
    assert findings, "the review flags XX in the title"
    added = comments_from_findings(draft, findings, "王主任")
    assert added and all(c.target == "meta:title" for c in added)
    assert any(c.quote and c.quote in "XX同志" for c in added)


def test_cli_comments_on_the_title_block(tmp_path, capsys):
    path = tmp_path / "稿.json"
    save_draft(build_speech(), path)

    def cli(*args):
        # in this process: tests/cli_run.py says why
        return run_cli(capsys, "comment", *args, check=False)

    done = cli("add", str(path), "可删", "--on", "标题", "--at", "文秘业务", "--author", "王主任")
    assert done.returncode == 0, done.stderr
    assert cli("add", str(path), "核对", "--on", "职务").returncode == 0
    missing = cli("add", str(path), "x", "--on", "标题", "--at", "不在标题里")
    assert missing.returncode == 2 and "不在标题里" in missing.stderr
    listed = cli("list", str(path)).stdout
    assert "标题 · “文秘业务”" in listed and "职务" in listed
    comments = load_draft(path).comments
    assert [c.target for c in comments] == ["meta:title", "meta:post"]


def test_a_title_repeated_in_the_body_keeps_each_comment_on_its_own_line(tmp_path):
    """Some speeches repeat the title as their first heading or paragraph: a comment on
    the printed title goes to the title block, one on the body's copy stays in the body
    (the Word paragraph's style tells the two apart)."""
    draft = build_speech()
    draft.meta.title = "什么叫精神文明"
    copy = draft.sections[1]
    copy.heading = "什么叫精神文明"  # the first part's heading repeats the title
    add_comment(draft, "meta:title", "题目", author="王主任", start=3, end=7)
    add_comment(draft, copy.id, "正文", author="王主任", start=3, end=7)
    back = open_as_draft(export_draft(draft, tmp_path / "重复.docx"))
    got = {c.text: (c.target, c.quote) for c in back.comments}
    assert got["题目"] == ("meta:title", "精神文明")
    body = next(n for n in back.walk() if n.heading == "什么叫精神文明")
    assert got["正文"] == (body.id, "精神文明")


def test_libreoffice_renders_the_title_comments(tmp_path):
    """LibreOffice takes the anchors on the title lines: every title-block comment is in
    the PDF, on the first page, with its author."""
    from tests.office.conftest import pdf_annotations, render_pdf

    out = export_draft(_title_commented(), tmp_path / "送审稿.docx")
    notes = [a for a in pdf_annotations(render_pdf(out, tmp_path)) if a[1] == "Text"]
    first_page = {contents.strip() for page, _k, _t, contents in notes if page == 0}
    assert {"“文秘业务”可删", "副标题可不要", "职务写全称", "署名核对", "日期待定"} <= first_page
    assert all("王主任" in title for _p, _k, title, _c in notes)
