"""A comment thread that went through LibreOffice 7.4 comes back as a thread.

The office head's 修订稿 carries 李写手's reply under the head's comment (``w15:paraIdParent``
in commentsExtended.xml, as Word writes it). The writer opened it in LibreOffice 7.4 and
saved: LibreOffice has no such link to read or write (its token table in libooxlo has
commentsEx, commentEx and paraId, no paraIdParent; it keeps ``w15:done`` alone and gives
``w14:paraId`` only to a resolved comment), so the reply came back as a second top-level
comment over the same words. Drafter's reading of that file puts it under the head's
comment again; a file that can link replies (Word's, Drafter's) is read as linked, and
one person's two comments on the same words stay two.
"""

from __future__ import annotations

import re
import zipfile

from drafter.drafts.anchors import add_comment
from drafter.drafts.comments import Reply
from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
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
                paragraphs=[DraftParagraph("办公室处于承上启下的枢纽位置。", id="p1")],
            )
        ],
    )
    c = add_comment(draft, "p1", "“枢纽”请斟酌", author="王主任", start=10, end=12)
    c.time = "2026-03-02T09:00:00+08:00"  # the writer replies the day after
    c.replies.append(Reply("已改为“中枢”", author="李写手", time="2026-03-03T10:00:00+08:00"))
    add_comment(draft, "p1", "全句可再精炼", author="王主任", start=0, end=3)
    add_comment(draft, "p1", "另：位置二字可删", author="王主任", start=0, end=3)
    return draft


def _as_libreoffice_saves(src, dst) -> None:
    """``src`` rewritten as LibreOffice 7.4 saves it: no commentsExtended part (nothing is
    resolved), no w14:paraId on the comments' paragraphs; ranges and texts unchanged."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            if item.filename == "word/commentsExtended.xml":
                continue
            data = zin.read(item.filename)
            if item.filename == "word/comments.xml":
                data = re.sub(rb' w14:(paraId|textId)="[0-9A-F]+"', b"", data)
            zout.writestr(item, data)


def test_reply_flattened_by_libreoffice_is_a_reply_again(tmp_path):
    export_draft(_draft(), tmp_path / "修订稿.docx")
    _as_libreoffice_saves(tmp_path / "修订稿.docx", tmp_path / "回复.docx")
    top = read_word_comments(tmp_path / "回复.docx")
    by_text = {c.text: c for c in top}
    assert "已改为“中枢”" not in by_text
    head = by_text["“枢纽”请斟酌"]
    assert [(r.author, r.text) for r in head.replies] == [("李写手", "已改为“中枢”")]
    # one person's two comments on the same words are two comments, as written
    assert by_text["全句可再精炼"].replies == [] and by_text["另：位置二字可删"].replies == []
    assert len(top) == 3


def test_a_file_with_links_is_read_by_its_links(tmp_path):
    export_draft(_draft(), tmp_path / "修订稿.docx")
    top = read_word_comments(tmp_path / "修订稿.docx")
    assert sorted(len(c.replies) for c in top) == [0, 0, 1]


def test_libreoffice_round_trip_keeps_the_thread(tmp_path):
    """The same through a real LibreOffice, when installed (docx -> docx)."""
    from soffice import soffice_convert

    export_draft(_draft(), tmp_path / "修订稿.docx")
    out = tmp_path / "lo"
    soffice_convert([tmp_path / "修订稿.docx"], "docx:MS Word 2007 XML", out)
    saved = out / "修订稿.docx"
    with zipfile.ZipFile(saved) as z:
        comments = z.read("word/comments.xml")
    assert "已改为“中枢”".encode() in comments  # the reply is still in the file
    head = next(c for c in read_word_comments(saved) if c.text == "“枢纽”请斟酌")
    assert [(r.author, r.text) for r in head.replies] == [("李写手", "已改为“中枢”")]
