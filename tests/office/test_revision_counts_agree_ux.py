"""One word replaced with 修订 on is counted the same wherever a count is given.

ux58's walk: opening the writer's file said ``2 处修订未处理`` (Word's count: the struck
word and the typed one) while 比较稿件 of the same file said ``李写手修订 1 处`` (one
changed paragraph), and ``drafter compare`` printed both, one above the other. Every count
is now Word's, with the two kinds apart: ``2 处修订（删 1 处、增 1 处）``
(:class:`drafter.drafts.word_revisions.RevisionCount`)."""

from __future__ import annotations

import json

from drafter.cli import main
from drafter.compare import compare_drafts, load_side
from drafter.compare.report import render_report
from drafter.drafts.word_revisions import pending_count, pending_words
from drafter.export import export_draft
from tests.export.conftest import build_speech
from tests.office.test_pending_revisions_ux import _redline


def test_the_file_and_the_comparison_count_alike(tmp_path):
    redline = _redline(tmp_path)  # 枢纽 struck, 中枢 typed, by 王主任
    assert pending_count(redline).deleted == 1 and pending_count(redline).inserted == 1
    assert pending_words(redline) == "2 处修订（删 1 处、增 1 处）"
    plain = export_draft(build_speech(), tmp_path / "初稿.docx")
    assert pending_words(plain) == ""
    comparison = compare_drafts(load_side(plain)[0], load_side(redline)[0])
    assert len(comparison.paragraphs) == 1  # one paragraph changed, two 修订 in it
    report = render_report(comparison, "初稿.docx", "修订稿.docx")
    assert "其中：王主任修订 2 处（删 1 处、增 1 处）。" in report


def test_cli_compare_says_one_count_in_the_note_the_report_and_json(tmp_path, capsys):
    redline = _redline(tmp_path)
    plain = export_draft(build_speech(), tmp_path / "初稿.docx")
    assert main(["compare", str(plain), str(redline)]) == 0
    out, err = capsys.readouterr()
    assert f"{redline} 有 2 处修订（删 1 处、增 1 处）未接受或拒绝" in err
    assert "王主任修订 2 处（删 1 处、增 1 处）" in out
    assert main(["compare", str(plain), str(redline), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["revisions"] == [{"author": "王主任", "total": 2, "deleted": 1, "inserted": 1}]
    assert main(["compare", str(plain), str(plain), "--json"]) == 0
    assert "revisions" not in json.loads(capsys.readouterr().out)  # nothing tracked: no key
