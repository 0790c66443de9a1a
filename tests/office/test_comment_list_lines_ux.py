"""drafter comment list prints a comment of several lines with every line under its number.

A colleague's Word comment keeps its line breaks (建议补充消防内容。↵另：燃气也要提。); the
list printed the second line at the left margin, where it read as the next comment's
start (found reading a commented .docx back in, ux12's walk).
"""

from __future__ import annotations

from drafter.cli import main
from drafter.drafts.store import save_draft
from tests.export.conftest import build_speech


def test_every_line_of_a_comment_and_reply_is_indented(tmp_path, capsys):
    path = tmp_path / "d.json"
    save_draft(build_speech(), path)
    d = str(path)
    assert main(["comment", "add", d, "建议补充消防内容。\n另：燃气也要提。", "--at", "枢纽"]) == 0
    assert main(["comment", "reply", d, "1", "已补充。\n燃气另起一段。", "--author", "张三"]) == 0
    capsys.readouterr()
    assert main(["comment", "list", d]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == [
        "     建议补充消防内容。",
        "     另：燃气也要提。",
        "     ↳ 张三：已补充。",
        "       燃气另起一段。",
    ]
