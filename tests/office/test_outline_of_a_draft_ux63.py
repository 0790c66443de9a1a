"""drafter outline shows a draft's outline.

The head reviewing the writer's draft from the command line typed ``drafter outline
稿件.json`` and was told 不支持这种文件（支持 .txt .md .docx …）: the draft, the one file he
was sent, had no outline but through ``export --outline-only`` or the app. It now prints
as a document's does (title and facts, 开头, numbered headings with their paragraph
counts, 结尾) with the comments counted; a bad draft is named by its full path and the
other files still print."""

from __future__ import annotations

import json

from drafter.cli import main
from drafter.drafts.anchors import add_comment
from drafter.drafts.store import save_draft
from tests.export.conftest import build_speech


def _draft(tmp_path):
    draft = build_speech()
    add_comment(draft, draft.sections[0].paragraphs[0].id, "请核实", author="王主任")
    path = tmp_path / "稿件.json"
    save_draft(draft, path)
    return draft, path


def test_the_outline_of_a_draft(tmp_path, capsys):
    draft, path = _draft(tmp_path)
    assert main(["outline", str(path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith(f"《{draft.meta.title}》")
    assert f"  文件：{path}（稿件）" in lines
    assert "  批注：1 条（未解决 1 条）" in lines
    first = draft.sections[0]
    assert f"  一、{first.heading}（{len(first.paragraphs)} 段）" in lines
    assert any(ln.startswith("  [开头] ") for ln in lines)


def test_json_and_a_bad_draft_beside_a_good_one(tmp_path, capsys):
    draft, path = _draft(tmp_path)
    bad = tmp_path / "坏.json"
    bad.write_text("{坏", encoding="utf-8")
    assert main(["outline", str(bad), str(path), "--json"]) == 2
    captured = capsys.readouterr()
    assert str(bad) in captured.err and "稿件文件已损坏" in captured.err
    (only,) = json.loads(captured.out)
    assert only["kind"] == "draft" and only["comments"] == 1
    assert only["sections"][0]["heading"] == "一、" + draft.sections[0].heading
