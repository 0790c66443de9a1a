"""The comment count said of a 修订稿 is the count in the file (ux26's walk).

The office head exported a 修订稿 of the writer's 二稿 (a date changed, a part and a
paragraph moved) from the draft he had put two comments and a reply on: 比较稿件 said
已导出修订稿：…（带批注 2 条） and ``drafter compare -o`` said no count at all, while Word
listed eight — the notes Drafter writes on the changed date, the moved part and the moved
paragraph, and the reply, were not counted.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime, timezone

from docx import Document as WordDocument

from drafter.cli import main
from drafter.compare import compare_drafts
from drafter.drafts.anchors import add_comment, meta_target
from drafter.drafts.comments import Reply
from drafter.drafts.store import save_draft
from drafter.export.redline import write_redline
from tests.export.conftest import build_speech
from tests.office.conftest import pdf_annotations, render_pdf

NOW = datetime(2025, 11, 26, 9, 0, tzinfo=timezone.utc)


def _reviewed_versions():
    """The 初稿, and the 二稿 under review: two comments of the head's (one answered), the
    date changed, 学理论 moved up a part, a paragraph moved to the closing."""
    old = build_speech()
    new = copy.deepcopy(old)
    new.meta.date = "2025-11-28"
    first, second = new.sections
    moved = second.children[0].children.pop(0)
    first.children.append(moved)
    new.closing.append(first.children[0].paragraphs.pop(0))
    para = first.paragraphs[0]
    at = para.text.index("枢纽")
    note = add_comment(new, para.id, "枢纽一词请斟酌", author="王主任", start=at, end=at + 2)
    note.replies.append(Reply("已改为中枢", author="李秘书", time="2025-11-26T10:00:00+08:00"))
    add_comment(new, meta_target("title"), "标题再短一些", author="王主任")
    return old, new


def test_the_count_is_every_comment_in_the_file(tmp_path):
    old, new = _reviewed_versions()
    written = write_redline(compare_drafts(old, new), tmp_path / "修订稿.docx", now=NOW)
    in_file = WordDocument(str(written.path)).comments
    assert written.comments == len(in_file) == 2 + 1 + written.notes
    # the date, the part moved (and its level, and its sub-part's), the paragraph moved
    assert written.notes == 5 and written.replies == 1
    assert written.words() == f"批注 {len(in_file)} 条，其中改动说明 5 条，回复 1 条"
    texts = [c.text for c in in_file]
    assert any(t.startswith("日期已改动") for t in texts)
    assert any(t.startswith("本节已移动") for t in texts)
    assert any(t.startswith("本段已移动") for t in texts)
    # as LibreOffice renders it: as many notes in the PDF as the message counts
    pdf = render_pdf(written.path, tmp_path / "pdf")
    notes = [a for a in pdf_annotations(pdf) if a[1] == "Text"]
    assert len(notes) == written.comments


def test_no_comment_no_count(tmp_path):
    old = build_speech()
    new = copy.deepcopy(old)
    new.closing[0].text += "谢谢大家！"
    written = write_redline(compare_drafts(old, new), tmp_path / "修订稿.docx", now=NOW)
    assert (written.comments, written.words()) == (0, "")
    assert not WordDocument(str(written.path)).comments


def test_cli_says_the_count_in_the_file(tmp_path, capsys):
    old, new = _reviewed_versions()
    save_draft(old, tmp_path / "初稿.json")
    save_draft(new, tmp_path / "二稿.json")
    out = tmp_path / "修订稿.docx"
    args = ["compare", str(tmp_path / "初稿.json"), str(tmp_path / "二稿.json"), "-o", str(out)]
    assert main(args) == 0
    line = capsys.readouterr().out.splitlines()[0]
    said = re.fullmatch(r"已写出修订稿（批注 (\d+) 条，其中改动说明 5 条，回复 1 条）：(.+)", line)
    assert said, line
    assert int(said.group(1)) == len(WordDocument(str(out)).comments) == 8
    assert said.group(2) == str(out)  # the path last, for a script


def test_with_no_change_notes_the_replies_are_said_within_the_count(tmp_path):
    """Three comments and a reply, nothing moved: 批注 4 条，其中回复 1 条 (it said 批注 4
    条，回复 1 条, read as five things in the file)."""
    old = build_speech()
    new = copy.deepcopy(old)
    para = new.sections[0].paragraphs[0]
    note = add_comment(new, para.id, "枢纽一词请斟酌", author="王主任", start=0, end=2)
    note.replies.append(Reply("已改", author="李秘书", time="2025-11-26T10:00:00+08:00"))
    add_comment(new, para.id, "可删", author="王主任")
    add_comment(new, meta_target("title"), "标题再短一些", author="王主任")
    written = write_redline(compare_drafts(old, new), tmp_path / "修订稿.docx", now=NOW)
    assert written.notes == 0 and written.replies == 1
    assert len(WordDocument(str(written.path)).comments) == written.comments == 4
    assert written.words() == "批注 4 条，其中回复 1 条"
