"""``drafter export FILE --outline-only`` of a text without a title names it as the rest of
the app does: its occasion or first words in 《》, the 无标题 mark after them.

ux62: the line read 已导出《现在，我代表国务院，向大会报告政府工作…（无标题）》的提纲, the mark
inside the book-title marks as though part of the name, and a file of no words at all
《无标题（无标题）》. The outline file's own title keeps the mark (the page has no 《》)."""

from __future__ import annotations

from speech_samples import UNTITLED_REPORT as UNTITLED

from drafter.cli import main


def _export(tmp_path, capsys, text: str) -> tuple[str, str]:
    src = tmp_path / "gwr.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "提纲.md"
    args = ["--library", str(tmp_path / "nolib"), "export", str(src), "-o", str(out)]
    assert main([*args, "--outline-only"]) == 0
    return capsys.readouterr().out, out.read_text("utf-8")


def test_the_line_marks_untitled_outside_the_book_title_marks(tmp_path, capsys):
    line, md = _export(tmp_path, capsys, UNTITLED)
    assert line.startswith("已导出《政府工作报告》（无标题）的提纲"), line
    assert "（无标题）》" not in line and "《无标题" not in line
    assert md.splitlines()[0] == "# 政府工作报告（无标题）"


def test_a_titled_text_is_named_by_its_title_alone(tmp_path, capsys):
    line, _md = _export(tmp_path, capsys, "政府工作报告\n" + UNTITLED)
    assert line.startswith("已导出《政府工作报告》的提纲") and "无标题" not in line


def test_a_text_of_no_words_says_so_once(tmp_path, capsys):
    line, md = _export(tmp_path, capsys, "同志们：\n")
    assert line.startswith("已导出无标题文稿的提纲"), line
    assert "无标题（无标题）" not in line + md
