"""``drafter study FILE`` said ``结尾：未归类  （无）`` for a speech whose closing it did not find,
as if it had found one of no known type, where the app's map says 未找到. Now the command line
says 未找到 too, and a found closing keeps its type and parts."""

from __future__ import annotations

from drafter.cli import main

NO_CLOSING = """关于春耕的讲话
同志们：
今天开会，我讲两点意见。
一、提高认识
春耕是大事，要重视。
二、抓好落实
各乡镇要抓好春耕生产。
"""

WITH_CLOSING = NO_CLOSING + "同志们，春耕不等人，让我们立即行动起来！谢谢大家！\n"


def _bookend_lines(tmp_path, capsys, text: str) -> dict[str, str]:
    path = tmp_path / "讲话.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["study", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    return {line[:2]: line for line in out if line.startswith(("开头：", "结尾："))}


def test_a_closing_not_found_is_said_so(tmp_path, capsys):
    lines = _bookend_lines(tmp_path, capsys, NO_CLOSING)
    assert lines["结尾"] == "结尾：未找到"
    assert lines["开头"].startswith("开头：开门见山式") and "称呼" in lines["开头"]


def test_a_closing_found_keeps_its_type_and_parts(tmp_path, capsys):
    lines = _bookend_lines(tmp_path, capsys, WITH_CLOSING)
    assert lines["结尾"] != "结尾：未找到" and "未归类  （无）" not in lines["结尾"]
