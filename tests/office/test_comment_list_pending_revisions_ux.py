"""drafter comment list names the 修订 a Word file still holds.

The head sent the writer a 修订稿 and it came back with the changes neither accepted nor
rejected (or the writer's own edits made with 修订 on). ``drafter comment list`` of it said
``没有批注`` and nothing else: the head read "nothing to answer" while Word's 审阅窗格
showed changes waiting. The list now gives them after the comments, counted as Word
counts them, each with its words, place, author and date; ``--json`` keeps its list of
comments and says on stderr how many changes are pending and how to see them."""

from __future__ import annotations

import copy
import json

from drafter.cli import main
from drafter.compare import compare_drafts
from drafter.drafts.anchors import add_comment
from drafter.export import export_draft
from drafter.export.redline import write_redline
from tests.export.conftest import build_speech


def _redline(tmp_path, comment: bool = False):
    old = build_speech()
    new = copy.deepcopy(old)
    para = new.sections[0].paragraphs[0]
    para.text = para.text.replace("枢纽", "中枢")  # one word struck, one inserted
    new.sections[1].heading += "水平"
    if comment:
        add_comment(new, para.id, "请再斟酌", author="王主任")
    comparison = compare_drafts(old, new)
    return write_redline(comparison, tmp_path / "修订稿.docx", author="王主任").path


def test_a_redline_without_comments_lists_its_pending_changes(tmp_path, capsys):
    path = _redline(tmp_path)
    assert main(["comment", "list", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{path} 有 3 处修订（删 1 处、增 2 处）未接受或拒绝" in out
    assert "「审阅 › 接受/拒绝」" in out
    lines = [ln for ln in out.splitlines() if ln.strip().startswith(("1.", "2.", "3."))]
    assert len(lines) == 3, out
    assert "[删] “枢纽”" in lines[0] and "王主任" in lines[0]
    assert "[增] “中枢”" in lines[1]
    # placed as a comment is: the heading, then the paragraph's start
    heading = build_speech().sections[0].heading
    assert heading in lines[0] and "段落“" in lines[0]
    # a heading's changed words land on the heading itself (its marker before them)
    assert "[增] “水平”" in lines[2]
    assert lines[2].split("“水平”")[1].strip().startswith("二、")


def test_comments_come_first_then_the_changes(tmp_path, capsys):
    path = _redline(tmp_path, comment=True)
    assert main(["comment", "list", str(path)]) == 0
    out = capsys.readouterr().out
    assert "没有批注" not in out
    assert out.index("请再斟酌") < out.index("有 3 处修订")


def test_json_stays_a_list_of_comments_and_says_the_changes_apart(tmp_path, capsys):
    path = _redline(tmp_path, comment=True)
    assert main(["comment", "list", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert [c["text"] for c in json.loads(captured.out)] == ["请再斟酌"]
    assert f"注意：{path} 有 3 处修订" in captured.err
    assert "不带 --json 运行可逐条列出" in captured.err


def test_a_clean_file_says_nothing_of_changes(tmp_path, capsys):
    path = export_draft(build_speech(), tmp_path / "清稿.docx")
    assert main(["comment", "list", str(path)]) == 0
    captured = capsys.readouterr()
    assert "修订" not in captured.out + captured.err
    assert captured.out.strip() == f"{path}：没有批注"
