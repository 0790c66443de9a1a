"""The 修订稿: the new version with w:ins / w:del tracked changes, checked as XML and in
a LibreOffice render."""

from __future__ import annotations

import copy
import zipfile
from datetime import datetime, timezone

import pytest
from lxml import etree

from drafter.cli import main
from drafter.compare import compare_drafts
from drafter.drafts.model import DraftNode, DraftParagraph
from drafter.drafts.store import save_draft
from drafter.export.redline import export_redline
from tests.export.conftest import build_speech
from tests.office.conftest import pdf_annotations, render_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NOW = datetime(2025, 11, 26, 9, 0, tzinfo=timezone.utc)


def _versions():
    old = build_speech()
    new = copy.deepcopy(old)
    first, second = new.sections
    first.paragraphs[0].text = "办公室处于承上启下、联系左右、协调各方的中枢位置。"
    first.children.pop(1)  # 办公室是服务中心 and its paragraph removed
    second.children.append(DraftNode("加强作风", paragraphs=[DraftParagraph("作风要实。")]))
    new.sections.reverse()  # a move: no text change, a comment says where it came from
    return old, new


def _body(path):
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("word/document.xml")), zf.namelist()


def _accepted(body) -> list[str]:
    """Paragraph texts with every change accepted (deleted paragraphs gone)."""
    out = []
    for p in body.iter(f"{W}p"):
        if p.find(f"{W}pPr/{W}rPr/{W}del") is not None:
            continue
        out.append("".join(t.text or "" for t in p.iter(f"{W}t")))
    return out


def _rejected(body) -> list[str]:
    out = []
    for p in body.iter(f"{W}p"):
        if p.find(f"{W}pPr/{W}rPr/{W}ins") is not None:
            continue
        parts = []
        for el in p.iter(f"{W}t", f"{W}delText"):
            inside_ins = any(a.tag == f"{W}ins" for a in el.iterancestors())
            if not inside_ins:
                parts.append(el.text or "")
        out.append("".join(parts))
    return out


def test_tracked_changes_accept_to_new_and_reject_to_old(tmp_path):
    old, new = _versions()
    out = export_redline(compare_drafts(old, new), tmp_path / "r.docx", author="王主任", now=NOW)
    body, names = _body(out)
    ins = body.findall(f".//{W}ins")
    dels = body.findall(f".//{W}del")
    assert ins and dels
    for mark in ins + dels:
        assert mark.get(f"{W}author") == "王主任" and mark.get(f"{W}date", "").endswith("Z")
    ids = [m.get(f"{W}id") for m in ins + dels]
    assert len(ids) == len(set(ids))
    accepted = _accepted(body)
    assert "办公室处于承上启下、联系左右、协调各方的中枢位置。" in accepted
    assert "（二）加强作风" in accepted and "作风要实。" in accepted
    assert not any("服务中心" in t or "服务保障" in t for t in accepted)
    rejected = _rejected(body)
    assert "办公室处于承上启下、联系左右、协调各方的枢纽位置。" in rejected
    assert "（二）办公室是服务中心" in rejected and "要做好服务保障。" in rejected
    assert not any("加强作风" in t for t in rejected)
    # the deleted words sit in w:delText inside w:del, never in w:t
    assert all(
        d.find(f".//{W}t") is None and d.find(f".//{W}delText") is not None
        for d in dels
        if d.getparent().tag != f"{W}rPr"
    )
    assert "word/comments.xml" in names  # the move is explained in a comment
    with zipfile.ZipFile(out) as zf:
        settings = etree.fromstring(zf.read("word/settings.xml"))
    tags = [el.tag for el in settings]
    assert f"{W}trackRevisions" in tags  # the writer's answers are tracked too
    assert tags.index(f"{W}trackRevisions") < tags.index(f"{W}defaultTabStop")


def test_redline_keeps_the_official_layout(tmp_path):
    old, new = _versions()
    out = export_redline(compare_drafts(old, new), tmp_path / "r.docx", now=NOW)
    import docx

    d = docx.Document(str(out))
    assert d.paragraphs[0].style.name == "Title"
    section = d.sections[0]
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28


def test_cli_writes_redline_and_refuses_other_suffixes(tmp_path, capsys):
    old, new = _versions()
    save_draft(old, tmp_path / "v1.json")
    save_draft(new, tmp_path / "v2.json")
    a, b = str(tmp_path / "v1.json"), str(tmp_path / "v2.json")
    assert main(["compare", a, b, "-o", str(tmp_path / "r.docx"), "--author", "王主任"]) == 0
    assert "修订稿" in capsys.readouterr().out
    body, _ = _body(tmp_path / "r.docx")
    assert body.find(f".//{W}ins").get(f"{W}author") == "王主任"
    assert main(["compare", a, b, "-o", str(tmp_path / "r.pdf")]) == 2
    assert "docx" in capsys.readouterr().err


def test_libreoffice_renders_the_changes(tmp_path):
    old, new = _versions()
    out = export_redline(compare_drafts(old, new), tmp_path / "r.docx", author="王主任", now=NOW)
    pdf = render_pdf(out, tmp_path)
    pdfminer = pytest.importorskip("pdfminer.high_level")
    text = "".join(pdfminer.extract_text(str(pdf)).split())
    # LibreOffice shows tracked changes: both the deleted and the inserted words print
    assert "枢纽" in text and "中枢" in text
    assert "办公室是服务中心" in text and "加强作风" in text
    notes = [c for _p, kind, _t, c in pdf_annotations(pdf) if kind == "Text"]
    assert any("本节顺序已调整" in c for c in notes)  # the two parts changed places


def test_a_changed_speaker_and_date_are_noted_on_the_title_block(tmp_path):
    """The 修订稿 showed a new speaker or date unmarked: each changed title-block field gets
    a comment on it saying what it was; an unchanged field gets none."""
    old = build_speech()
    new = copy.deepcopy(old)
    new.meta.speaker, new.meta.date = "王某某", "2026-03-02"
    out = export_redline(compare_drafts(old, new), tmp_path / "修订稿.docx", now=NOW)
    with zipfile.ZipFile(out) as zf:
        comments = zf.read("word/comments.xml").decode()
        document = zf.read("word/document.xml").decode()
    assert f"讲话人已改动：原为“{old.meta.speaker}”，现为“王某某”。" in comments
    assert "日期已改动" in comments and "职务已改动" not in comments
    assert document.count("<w:commentRangeStart") == 2


def test_a_date_taken_out_is_noted_on_the_title_not_on_the_opening(tmp_path):
    """A field emptied is not printed: its note sat on the first paragraph (同志们：) and came
    back from Word on the opening; it goes on the title, saying what was taken out."""
    from drafter.drafts.open_any import open_as_draft

    old = build_speech()
    new = copy.deepcopy(old)
    new.meta.date = ""
    out = export_redline(compare_drafts(old, new), tmp_path / "修订稿.docx", now=NOW)
    back = open_as_draft(out)
    (note,) = [c for c in back.comments if "日期" in c.text]
    assert note.text == f"日期已删去：原为“{old.meta.date}”。" and note.target == "meta:title"


def test_a_changed_title_and_subtitle_are_tracked_changes(tmp_path):
    """A changed 副标题 (and title) was printed in the 修订稿 as if approved, only noted in a
    comment: its words are now deleted and inserted as the body's are, so accepting gives
    the new line and rejecting the old; a subtitle the old draft lacked is inserted whole."""
    old = build_speech()
    old.meta.subtitle = "在全区培训会议上的讲话"
    new = copy.deepcopy(old)
    new.meta.subtitle = "在全区办公室主任培训会议上的讲话"
    new.meta.title = old.meta.title.replace("培训会议", "培训班")
    out = export_redline(compare_drafts(old, new), tmp_path / "修订稿.docx", now=NOW)
    body, _ = _body(out)
    lines = {}
    for p in body.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") in ("Title", "Subtitle"):
            lines[style.get(f"{W}val")] = p
    sub = lines["Subtitle"]
    inserted = "".join(t.text for t in sub.iterfind(f".//{W}ins//{W}t"))
    deleted = "".join(t.text for t in sub.iterfind(f".//{W}del//{W}delText"))
    assert inserted == "办公室主任" and deleted == ""
    title = lines["Title"]
    assert title.find(f".//{W}ins") is not None and title.find(f".//{W}del") is not None
    accepted, rejected = _accepted(body), _rejected(body)
    assert "——在全区办公室主任培训会议上的讲话" in accepted
    assert "——在全区培训会议上的讲话" in rejected
    assert any("培训班" in t for t in accepted) and not any("培训班" in t for t in rejected)
    # a subtitle added where there was none: the whole line is an insertion
    bare = copy.deepcopy(old)
    bare.meta.subtitle = ""
    out = export_redline(compare_drafts(bare, new), tmp_path / "加副标题.docx", now=NOW)
    body, _ = _body(out)
    assert "——在全区办公室主任培训会议上的讲话" not in _rejected(body)
    assert "——在全区办公室主任培训会议上的讲话" in _accepted(body)
