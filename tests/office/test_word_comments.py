"""Word comments both ways: export to word/comments.xml anchored at spans, read back."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree
from soffice import soffice_convert

from drafter.drafts.anchors import add_comment
from drafter.drafts.comments import Reply
from drafter.drafts.open_any import open_as_draft
from drafter.drafts.word_comments import read_word_comments
from drafter.export import export_draft
from tests.export.conftest import build_speech
from tests.office.conftest import pdf_annotations, render_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _commented():
    draft = build_speech()
    first = draft.sections[0]
    para = first.paragraphs[0]  # 办公室处于承上启下、联系左右、协调各方的枢纽位置。
    add_comment(draft, first.id, "标题再凝练些", author="王主任", time="2025-11-25T09:30:00+08:00")
    c = add_comment(
        draft, para.id, "“枢纽”请斟酌", author="王主任", start=20, end=22,
        time="2025-11-25T09:31:00+08:00",
    )  # fmt: skip
    c.replies.append(Reply("改为“中枢”？", author="张三", time="2025-11-25T10:00:00+08:00"))
    run_in = draft.sections[1].children[0]  # run-in 加强学习: its first paragraph
    add_comment(draft, run_in.paragraphs[0].id, "太空", author="王主任", start=0, end=2)
    done = add_comment(draft, draft.closing[0].id, "结尾好", author="Li Si")
    done.resolved = True
    return draft, para


def test_comments_xml_anchors_author_and_date(tmp_path):
    draft, para = _commented()
    assert para.text[20:22] == "枢纽"
    out = export_draft(draft, tmp_path / "c.docx")
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        comments = etree.fromstring(zf.read("word/comments.xml"))
        body = etree.fromstring(zf.read("word/document.xml"))
        types = zf.read("[Content_Types].xml").decode()
        rels = zf.read("word/_rels/document.xml.rels").decode()
    assert {"word/comments.xml", "word/commentsExtended.xml"} <= names
    assert "wordprocessingml.comments+xml" in types and "relationships/comments" in rels
    items = comments.findall(f"{W}comment")
    assert [c.get(f"{W}author") for c in items] == ["王主任", "王主任", "张三", "王主任", "Li Si"]
    assert items[1].get(f"{W}date") == "2025-11-25T09:31:00Z"
    assert items[0].get(f"{W}initials") == "王主"
    # the span: exactly 枢纽 between the range marks, in the right paragraph
    for p in body.iter(f"{W}p"):
        start = p.find(f".//{W}commentRangeStart[@{W}id='1']")
        if start is None:
            continue
        inside, on = [], False
        for el in p.iter():
            if el.tag == f"{W}commentRangeStart" and el.get(f"{W}id") == "1":
                on = True
            elif el.tag == f"{W}commentRangeEnd" and el.get(f"{W}id") == "1":
                on = False
            elif on and el.tag == f"{W}t":
                inside.append(el.text)
        assert "".join(inside) == "枢纽"
        assert p.find(f".//{W}commentReference[@{W}id='1']") is not None
        assert "".join(t.text for t in p.iter(f"{W}t")) == para.text  # text unchanged
        break
    else:
        pytest.fail("no range for comment 1")


def test_round_trip_brings_comments_back_at_their_spans(tmp_path):
    draft, para = _commented()
    out = export_draft(draft, tmp_path / "c.docx")
    back = open_as_draft(out)
    by_text = {c.text: c for c in back.comments}
    assert set(by_text) == {"标题再凝练些", "“枢纽”请斟酌", "太空", "结尾好"}
    span = by_text["“枢纽”请斟酌"]
    target = next(p for n in back.walk() for p in n.paragraphs if p.id == span.target)
    assert target.text == para.text
    assert (span.start, span.end, span.quote) == (20, 22, "枢纽")
    assert span.author == "王主任" and span.time == "2025-11-25T09:31:00"
    assert [(r.author, r.text) for r in span.replies] == [("张三", "改为“中枢”？")]
    head = by_text["标题再凝练些"]
    assert back.find(head.target).heading == "充分认识办公室工作的重要地位"
    assert head.start is None  # the whole heading, as it was made
    run_in = by_text["太空"]
    assert run_in.quote == "学习"
    assert by_text["结尾好"].resolved and not span.resolved


def test_no_comments_option_and_resolved(tmp_path):
    draft, _ = _commented()
    plain = export_draft(draft, tmp_path / "p.docx", comments=False)
    with zipfile.ZipFile(plain) as zf:
        assert "word/comments.xml" not in zf.namelist()
    assert read_word_comments(plain) == []


def test_word_written_comment_without_range_is_read(tmp_path):
    """A comment Word anchored at a point (no range) lands on that paragraph whole."""
    draft, _ = _commented()
    out = export_draft(draft, tmp_path / "c.docx")
    with zipfile.ZipFile(out) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    body = etree.fromstring(parts["word/document.xml"])
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for el in list(body.iter(f"{W}{tag}")):
            el.getparent().remove(el)
    parts["word/document.xml"] = etree.tostring(body)
    edited = tmp_path / "edited.docx"
    with zipfile.ZipFile(edited, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    back = open_as_draft(edited)
    assert len(back.comments) == 4
    assert all(c.start is None for c in back.comments)


def test_libreoffice_shows_the_comments(tmp_path):
    draft, _ = _commented()
    out = export_draft(draft, tmp_path / "c.docx")
    pdf = render_pdf(out, tmp_path)
    notes = [a for a in pdf_annotations(pdf) if a[1] == "Text"]
    texts = {contents for _page, _kind, _title, contents in notes}
    assert {"标题再凝练些", "“枢纽”请斟酌", "改为“中枢”？", "结尾好"} <= {t.strip() for t in texts}
    authors = " ".join(title for _p, _k, title, _c in notes)
    assert "王主任" in authors and "张三" in authors
    resolved = [title for _p, _k, title, contents in notes if contents.strip() == "结尾好"]
    assert "RESOLVED" in resolved[0].upper()


def test_heading_words_inside_a_paragraph_do_not_take_its_comment(tmp_path):
    """A heading whose words recur inside a paragraph: the paragraph's comment stays on
    the paragraph (found on a real speech: （7）要自己做记录 and …而且要自己做记录，…)."""
    from drafter.drafts.model import Draft, DraftNode, DraftParagraph

    para = DraftParagraph("调查不但要自己当主席，而且要自己做记录，把结果记下来。")
    draft = Draft(sections=[DraftNode("要自己做记录", paragraphs=[para])])
    start = para.text.index("要自己做记录")
    add_comment(draft, para.id, "好", author="王主任", start=start, end=start + 6)
    back = open_as_draft(export_draft(draft, tmp_path / "c.docx"))
    (c,) = back.comments
    from drafter.drafts.anchors import target_index

    _pos, part, _node, target = target_index(back)[c.target]
    assert target is not None and target.text == para.text  # the paragraph, not the heading
    assert (c.start, c.end) == (start, start + 6)


def test_old_word_doc_opens_with_its_comments(tmp_path):
    """A .doc (Word 97-2003) goes through LibreOffice once; its comments come along."""
    draft, _ = _commented()
    src = export_draft(draft, tmp_path / "c.docx")
    soffice_convert([src], "doc", tmp_path / "doc", profile=tmp_path / "p", timeout=240)
    doc = tmp_path / "doc" / "c.doc"
    back = open_as_draft(doc)
    assert back.source == str(doc.resolve())
    texts = {c.text for c in back.comments}
    assert {"标题再凝练些", "“枢纽”请斟酌"} <= texts
    span = next(c for c in back.comments if c.text == "“枢纽”请斟酌")
    assert span.quote == "枢纽"


def test_comments_written_by_another_tool_are_read(tmp_path):
    """A .docx whose comments python-docx wrote (its own comments part, no
    commentsExtended), as a file from another tool would carry them."""
    import docx

    document = docx.Document()
    document.add_paragraph("关于加强办公室工作的讲话", style="Title")
    document.add_paragraph("一、提高政治站位")
    body = document.add_paragraph("办公室处于承上启下的枢纽位置，")
    tail = body.add_run("必须把讲政治放在首位。")
    document.add_paragraph("二、狠抓工作落实")
    document.add_paragraph("要以钉钉子精神抓落实。")
    document.add_comment(tail, text="这句要有依据", author="李处长", initials="李")
    path = tmp_path / "other.docx"
    document.save(str(path))
    draft = open_as_draft(path)
    (c,) = draft.comments
    assert (c.author, c.text, c.quote) == ("李处长", "这句要有依据", "必须把讲政治放在首位。")
    from drafter.drafts.anchors import target_index

    _pos, part, node, para = target_index(draft)[c.target]
    assert (
        para is not None and para.text.startswith("办公室处于") and node.heading == "提高政治站位"
    )


def test_comment_on_all_of_a_headings_words_keeps_its_quote(tmp_path):
    """A comment over all the words of a heading (a review finding on the heading, quoted)
    came back from Word as a comment on the heading with no quote: Word covered the same
    words as for a comment on the heading itself. The heading itself is now covered with
    its marker, so both come back as made, through an export and through a 修订稿."""
    import copy

    from drafter.compare.diff import compare_drafts
    from drafter.export.redline import export_redline

    draft, _ = _commented()
    second = draft.sections[1]
    words = second.heading
    add_comment(draft, second.id, "标题太长", author="王主任", start=0, end=len(words))
    old = copy.deepcopy(draft)
    draft.sections[0].heading = "充分认识办公室工作的极端重要地位"
    for out in (
        export_draft(draft, tmp_path / "c.docx"),
        export_redline(compare_drafts(old, draft), tmp_path / "r.docx"),
    ):
        back = open_as_draft(out)
        by_text = {c.text: c for c in back.comments}
        quoted = by_text["标题太长"]
        assert back.find(quoted.target).heading == words
        assert (quoted.start, quoted.end, quoted.quote) == (0, len(words), words)
        whole = by_text["标题再凝练些"]
        assert back.find(whole.target) is not None
        assert (whole.start, whole.quote) == (None, "")
