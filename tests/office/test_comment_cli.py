"""drafter comment: the office head comments from the command line, and the comments
reach Word."""

from __future__ import annotations

import json

from drafter.cli import main
from drafter.drafts.store import load_draft, save_draft
from drafter.drafts.word_comments import read_word_comments
from tests.export.conftest import build_speech


def test_add_list_reply_resolve_delete_and_export(tmp_path, capsys):
    path = tmp_path / "d.json"
    save_draft(build_speech(), path)
    d = str(path)
    assert main(["comment", "add", d, "“枢纽”请斟酌", "--at", "枢纽", "--author", "王主任"]) == 0
    assert main(["comment", "add", d, "标题不对仗", "--at", "突出重点，全面提升服务水平"]) == 0
    assert (
        main(["comment", "add", d, "再具体些", "--at", "学习", "--under", "加强学习", "--nth", "2"])
        == 0
    )
    assert main(["comment", "add", d, "x", "--at", "不存在的话"]) == 2
    assert "找不到" in capsys.readouterr().err
    draft = load_draft(path)
    span, head, third = draft.comments
    assert (span.quote, span.author, span.start) == ("枢纽", "王主任", 20)
    assert head.target == draft.sections[1].id and head.start is None  # a whole heading
    # the 1st 学习 under 加强学习 is in the heading, the 2nd starts its paragraph
    assert third.quote == "学习" and third.start == 0 and third.target != head.target
    assert main(["comment", "reply", d, "1", "已改", "--author", "张三"]) == 0
    assert main(["comment", "resolve", d, "1"]) == 0
    capsys.readouterr()
    assert main(["comment", "list", d, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["number"] for c in listed] == [1, 2, 3]
    assert listed[0]["resolved"] and listed[0]["replies"][0]["author"] == "张三"
    assert "“枢纽”" in listed[0]["place"]
    assert main(["comment", "list", d]) == 0
    out = capsys.readouterr().out
    assert "[已解决]" in out and "↳ 张三：已改" in out
    assert main(["comment", "delete", d, head.id[:8]]) == 0
    assert len(load_draft(path).comments) == 2
    assert main(["comment", "resolve", d, "9"]) == 2
    assert main(["export", d, "-o", str(tmp_path / "back.docx")]) == 0
    quotes = {w.quote for w in read_word_comments(tmp_path / "back.docx")}
    assert {"枢纽", "学习"} <= quotes
