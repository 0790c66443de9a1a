"""A Word file with tracked changes neither accepted nor rejected says so when opened.

The writer sends back the 修订稿 (or a draft edited with 修订 on) without processing every
change. Drafter reads such a file as if all were accepted, inserted words kept and deleted
ones dropped, and said nothing: the head's draft and comparison showed a change the writer
may yet reject as settled. 打开稿件, ``drafter new --from``, ``drafter compare`` and ``drafter review`` now name
how many are pending (:func:`drafter.drafts.word_revisions.pending_revisions`)."""

from __future__ import annotations

import copy

from drafter.cli import main
from drafter.compare import compare_drafts
from drafter.drafts.word_revisions import pending_revisions
from drafter.export import export_draft
from drafter.export.redline import write_redline
from tests.export.conftest import build_speech


def _redline(tmp_path):
    old = build_speech()
    new = copy.deepcopy(old)
    para = new.sections[0].paragraphs[0]
    para.text = para.text.replace("枢纽", "中枢")  # one word deleted, one inserted
    return write_redline(compare_drafts(old, new), tmp_path / "修订稿.docx", author="王主任").path


def test_pending_changes_are_counted(tmp_path):
    assert pending_revisions(_redline(tmp_path)) == 2  # 枢纽 struck, 中枢 inserted
    assert pending_revisions(export_draft(build_speech(), tmp_path / "清稿.docx")) == 0
    assert pending_revisions(tmp_path / "不存在.docx") == 0


def test_cli_new_and_compare_say_the_text_is_read_as_accepted(tmp_path, capsys):
    redline = _redline(tmp_path)
    assert main(["new", "--from", str(redline), "-o", str(tmp_path / "d.json")]) == 0
    out = capsys.readouterr().out
    assert (
        f"注意：{redline} 有 2 处修订（删 1 处、增 1 处）未接受或拒绝，已按全部接受后的文字读入"
        in out
    )
    plain = export_draft(build_speech(), tmp_path / "初稿.docx")
    assert main(["compare", str(plain), str(redline)]) == 0
    err = capsys.readouterr().err
    assert (
        f"注意：{redline} 有 2 处修订（删 1 处、增 1 处）未接受或拒绝，按全部接受后的文字比较"
        in err
    )
    assert str(plain) not in err


def test_cli_review_says_it_reviewed_the_accepted_text(tmp_path, capsys):
    """``drafter review`` of the writer's file with 修订 pending reviewed the accepted text
    and said nothing: a finding in words he may yet reject read as settled."""
    redline = _redline(tmp_path)
    plain = export_draft(build_speech(), tmp_path / "初稿.docx")
    main(["review", str(redline), str(plain)])
    err = capsys.readouterr().err
    assert (
        f"注意：{redline} 有 2 处修订（删 1 处、增 1 处）未接受或拒绝，已按全部接受后的文字审稿"
        in err
    )
    assert str(plain) not in err
