"""drafter comment list reads the writer's Word file as it came back.

The head gets the writer's .docx back, the comments answered in Word, and asks
``drafter comment list 回复.docx``: it said only 不是 Drafter 稿件文件, so he had to make
a draft of it (``new --from``) to read the comments. ``list`` now reads any document the
app opens (its Word comments and replies, placed as 打开稿件 places them); the actions
that write (add, reply, resolve …) still take a draft, and on a Word file say how to make
one."""

from __future__ import annotations

from drafter.cli import main
from drafter.drafts.anchors import add_comment
from drafter.drafts.comments import Reply
from drafter.export import export_draft
from tests.export.conftest import build_speech


def _writers_reply(tmp_path):
    draft = build_speech()
    para = draft.sections[0].paragraphs[0]
    at = para.text.index("枢纽")
    comment = add_comment(draft, para.id, "请核实这一提法", author="王主任", start=at, end=at + 2)
    comment.replies.append(Reply("已核实。", author="李写手"))
    return export_draft(draft, tmp_path / "写作者回复.docx")


def test_list_reads_the_comments_of_a_word_file(tmp_path, capsys):
    path = _writers_reply(tmp_path)
    assert main(["comment", "list", str(path)]) == 0
    out = capsys.readouterr().out
    assert "王主任" in out and "请核实这一提法" in out and "“枢纽”" in out
    assert "↳ 李写手：已核实。" in out


def test_writing_into_a_word_file_says_how(tmp_path, capsys):
    path = _writers_reply(tmp_path)
    assert main(["comment", "add", str(path), "好", "--at", "枢纽"]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and f"drafter new --from {path} -o 稿件.json" in err
    assert main(["comment", "list", str(tmp_path / "没有.docx")]) == 2
    assert f"{tmp_path / '没有.docx'}" in capsys.readouterr().err
