"""A reply typed in LibreOffice's own comment box comes back as a reply.

The writer opened the head's 审阅稿 in LibreOffice Writer and answered a comment there
(the comment's menu › Reply / 回复). LibreOffice fills the new comment with a line naming the
comment answered, ``Reply to 王主任 (12/6/26, 18:22): "…"`` (its InitAnswer), he types his
answer under it, and LibreOffice 7.4 saves it to .docx as a comment of its own: no reply
link, anchored at one point where the answered comment ends (a bare
``w:commentReference``), no ``w14:paraId`` and no commentsExtended part while nothing is
resolved. Drafter read it as a second comment on the paragraph, its text starting with the
quoted line, and the head's draft had no reply to count. The file is built here as
LibreOffice writes it, then once more through a real LibreOffice (docx → docx) when one is
installed.
"""

from __future__ import annotations

import re
import zipfile

import pytest

from drafter.compare.comments import why_newer
from drafter.drafts.anchors import add_comment
from drafter.drafts.lo_replies import reply_line
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.drafts.open_any import open_as_draft
from drafter.drafts.word_comments import read_word_comments
from drafter.export import export_draft


def _draft() -> Draft:
    draft = Draft(
        meta=DraftMeta(title="在全区办公室工作会议上的讲话", date="2026-03-02"),
        opening=[DraftParagraph("同志们：今天召开这次会议。", id="p0")],
        sections=[
            DraftNode(
                "提高政治站位",
                id="n1",
                paragraphs=[DraftParagraph("办公室处于承上启下的“中梗阻”位置。", id="p1")],
            )
        ],
    )
    c = add_comment(draft, "p1", "“中梗阻”加引号是否妥当", author="王主任", start=10, end=15)
    c.time = "2026-03-02T09:00:00+08:00"
    other = add_comment(draft, "p0", "开头可再简短", author="王主任", start=0, end=4)
    other.time = "2026-03-02T09:05:00+08:00"
    return draft


def _comment_xml(cid: int, author: str, date: str, lines: list[str]) -> str:
    paras = []
    for i, line in enumerate(lines):
        ref = "<w:r><w:annotationRef/></w:r>" if i == 0 else ""
        paras.append(
            f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>{ref}'
            f'<w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
        )
    return (
        f'<w:comment w:id="{cid}" w:author="{author}" w:date="{date}" w:initials="李">'
        + "".join(paras)
        + "</w:comment>"
    )


def _answered_in_libreoffice(src, dst, replies) -> None:
    """``src`` as LibreOffice 7.4 saves it after the writer typed ``replies`` (``(id of the
    comment answered, author, date, lines)``) in its comment box: each a comment of its own
    at the point where the answered one ends, no reply link, no paraIds."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            if item.filename == "word/commentsExtended.xml":
                continue
            data = zin.read(item.filename).decode("utf-8")
            if item.filename.endswith(".rels") or item.filename == "[Content_Types].xml":
                data = re.sub(r"<[^<>]*commentsExtended[^<>]*/>", "", data)
            if item.filename == "word/comments.xml":
                data = re.sub(r' w14:(paraId|textId)="[0-9A-F]+"', "", data)
                added = "".join(
                    _comment_xml(100 + n, who, when, lines)
                    for n, (_of, who, when, lines) in enumerate(replies)
                )
                data = data.replace("</w:comments>", added + "</w:comments>")
            if item.filename == "word/document.xml":
                for n, (of, *_rest) in enumerate(replies):
                    ref = f'<w:commentReference w:id="{of}"/></w:r>'
                    assert ref in data
                    data = data.replace(
                        ref, ref + f'<w:r><w:commentReference w:id="{100 + n}"/></w:r>', 1
                    )
            zout.writestr(item, data.encode("utf-8"))


def _comment_id(path, text: str) -> str:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/comments.xml").decode("utf-8")
    for m in re.finditer(r'<w:comment w:id="(\d+)".*?</w:comment>', xml, re.S):
        if text in m.group(0):
            return m.group(1)
    raise AssertionError(text)


QUOTED = '"“中梗阻”加引号是否妥当"'


def _reply_file(tmp_path, replies_of) -> tuple:
    src = tmp_path / "审阅稿.docx"
    export_draft(_draft(), src)
    cid = _comment_id(src, "中梗阻")
    dst = tmp_path / "回复.docx"
    _answered_in_libreoffice(src, dst, replies_of(cid))
    return src, dst


def test_a_reply_from_the_comment_box_is_under_the_comment(tmp_path):
    _src, dst = _reply_file(
        tmp_path,
        lambda cid: [
            (cid, "李写手", "2026-03-03T10:00:00Z", [f"Reply to 王主任 (3/2/26, 09:00): {QUOTED}", "已删去引号。"])
        ],
    )  # fmt: skip
    top = read_word_comments(dst)
    assert [c.text for c in top] == ["开头可再简短", "“中梗阻”加引号是否妥当"]
    head = top[1]
    assert [(r.author, r.text) for r in head.replies] == [("李写手", "已删去引号。")]
    assert head.quote == "“中梗阻”"  # the head's comment keeps its words
    # a draft made from the writer's file has the thread, and the head's draft counts it
    # as the writer's answer: the newer file in 比较稿件
    answer = open_as_draft(dst)
    comment = next(c for c in answer.comments if "中梗阻" in c.text)
    assert [r.text for r in comment.replies] == ["已删去引号。"]
    assert len(answer.comments) == 2
    assert why_newer(open_as_draft(tmp_path / "审阅稿.docx"), answer) == "replies"


def test_chinese_libreoffice_and_an_answer_to_the_answer(tmp_path):
    """A Chinese LibreOffice writes 回复 王主任 (2026/3/2, 09:00); the head answers the
    writer's answer in the same box, which quotes that answer whole, its own reply line
    and closing mark included: the whole exchange is one thread, in its order."""
    _src, dst = _reply_file(
        tmp_path,
        lambda cid: [
            (cid, "李写手", "2026-03-03T10:00:00Z", [f"回复 王主任 (2026/3/2, 09:00): {QUOTED}", "已删去引号。"]),
            (cid, "王主任", "2026-03-03T11:00:00Z", [f"回复 李写手 (2026/3/3, 10:00): \"回复 王主任 (2026/3/2, 09:00): {QUOTED}", '已删去引号。"', "好。"]),
        ],
    )  # fmt: skip
    top = read_word_comments(dst)
    head = next(c for c in top if "中梗阻" in c.text)
    assert [(r.author, r.text) for r in head.replies] == [
        ("李写手", "已删去引号。"),
        ("王主任", "好。"),
    ]
    assert len(top) == 2


def test_a_line_that_only_looks_like_one_stays_a_comment(tmp_path):
    """A quote that is no comment's text, or by another author, links nothing."""
    _src, dst = _reply_file(
        tmp_path,
        lambda cid: [
            (cid, "李写手", "2026-03-03T10:00:00Z", ['Reply to 张科长 (3/2/26, 09:00): "另一条意见"', "已改。"])
        ],
    )  # fmt: skip
    top = read_word_comments(dst)
    assert len(top) == 3 and all(not c.replies for c in top)
    assert reply_line("请核实这一提法") is None


def test_through_a_real_libreoffice(tmp_path):
    """LibreOffice reads the file and writes it back with the answer still a comment of its
    own (no link); read again, it is the reply."""
    from soffice import soffice_convert

    _src, dst = _reply_file(
        tmp_path,
        lambda cid: [
            (cid, "李写手", "2026-03-03T10:00:00Z", [f"Reply to 王主任 (3/2/26, 09:00): {QUOTED}", "已删去引号。"])
        ],
    )  # fmt: skip
    out = tmp_path / "lo"
    soffice_convert([dst], "docx:MS Word 2007 XML", out)
    saved = out / "回复.docx"
    if not saved.exists():
        pytest.fail(f"LibreOffice wrote nothing: {saved}")
    with zipfile.ZipFile(saved) as z:
        assert "Reply to 王主任".encode() in z.read("word/comments.xml")
    head = next(c for c in read_word_comments(saved) if "中梗阻" in c.text)
    assert [(r.author, r.text) for r in head.replies] == [("李写手", "已删去引号。")]
