"""The 修订稿 of a writer's Word file keeps the writer's own tracked changes under his name.

The writer edits the head's draft in Word with 修订 on and sends it back with his changes
pending. The head compares his 初稿 with that file and writes the 修订稿: every tracked
change in it carried the head's ``--author``, the writer's own edits too, so the head could
no longer tell whose edit was whose. A change the writer tracked
(:func:`drafter.drafts.word_revisions.read_tracked_changes`) now keeps his name and date in
the 修订稿; an edit he made with 修订 off is the head's to show, under ``--author``."""

from __future__ import annotations

import copy
import zipfile
from datetime import datetime, timedelta, timezone

from lxml import etree

from drafter.cli import main
from drafter.compare import compare_drafts, load_side
from drafter.drafts.open_any import open_as_draft
from drafter.drafts.word_revisions import read_tracked_changes
from drafter.export.redline import write_redline
from tests.conftest import SHARED

SEED = SHARED / "seeds" / "000_23c46fd3977b0aa1.txt"  # 在全区办公室主任暨文秘业务培训会议上的讲话
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WRITER_TIME = datetime(2025, 11, 26, 10, 5, tzinfo=timezone(timedelta(hours=8)))


def _para(draft, words):
    return next(p for n in draft.walk() for p in n.paragraphs if words in p.text)


def _writers_file(tmp_path):
    """The head's 初稿, and the writer's Word file: 中梗阻 changed to 梗阻 with 修订 off (a
    plain edit), 桥梁和纽带 to 桥梁纽带 and a sentence added with 修订 on (his, pending)."""
    first = open_as_draft(SEED)
    plain = copy.deepcopy(first)
    p = _para(plain, "中梗阻")
    p.text = p.text.replace("中梗阻", "梗阻")
    edited = copy.deepcopy(plain)
    p = _para(edited, "桥梁和纽带")
    p.text = p.text.replace("桥梁和纽带", "桥梁纽带").replace(
        "具体来说：", "具体来说，要把握三点：", 1
    )
    out = tmp_path / "修改稿（李科员）.docx"
    write_redline(compare_drafts(plain, edited), out, author="李科员", now=WRITER_TIME)
    return first, out


def _changes(path):
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    return [
        (el.tag[len(W) :], el.get(f"{W}author"), el.get(f"{W}date"), "".join(el.itertext()))
        for el in root.iter(f"{W}ins", f"{W}del")
        if el.getparent().tag != f"{W}rPr"
    ]


def test_the_writers_tracked_changes_are_read_with_his_name(tmp_path):
    _, theirs = _writers_file(tmp_path)
    paras = read_tracked_changes(theirs)
    assert len(paras) == 1 and "桥梁纽带" in paras[0].text
    kinds = sorted((c.kind, c.text, c.author) for c in paras[0].changes)
    assert ("del", "和", "李科员") in kinds
    assert all(c.date.startswith("2025-11-26T") for c in paras[0].changes)
    for c in paras[0].changes:
        if c.kind == "ins":
            assert paras[0].text[c.start : c.end] == c.text


def test_the_heads_redline_keeps_whose_edit_is_whose(tmp_path):
    first, theirs = _writers_file(tmp_path)
    new, _ = load_side(theirs)  # as 比较稿件 and drafter compare open it: its source kept
    out = tmp_path / "修订稿.docx"
    write_redline(compare_drafts(first, new), out, author="王主任")
    changes = _changes(out)
    his = [c for c in changes if c[1] == "李科员"]
    assert any(c[0] == "del" and c[3] == "和" for c in his)
    assert any(c[0] == "ins" and "要把握三点" in c[3] for c in his)
    assert all(c[2].startswith("2025-11-26") for c in his)
    heads = [c for c in changes if c[1] == "王主任"]
    assert {c[3] for c in heads} == {"中"}  # 中梗阻 -> 梗阻, made with 修订 off
    assert len(his) + len(heads) == len(changes)


def test_cli_compare_writes_the_writers_name(tmp_path, capsys):
    first, theirs = _writers_file(tmp_path)
    from drafter.export import export_draft

    old = export_draft(first, tmp_path / "初稿.docx")
    out = tmp_path / "修订稿.docx"
    assert main(["compare", str(old), str(theirs), "-o", str(out), "--author", "王主任"]) == 0
    authors = {c[1] for c in _changes(out)}
    assert authors == {"李科员", "王主任"}
