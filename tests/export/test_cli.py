"""``drafter export`` from the command line."""

from __future__ import annotations

import docx

from drafter.cli import main
from drafter.drafts.store import save_draft


def test_export_draft_to_docx_md_txt(speech, tmp_path, capsys):
    draft = tmp_path / "speech.json"
    save_draft(speech, draft)
    for suffix in ("docx", "md", "txt"):
        out = tmp_path / f"out.{suffix}"
        assert main(["export", str(draft), "-o", str(out)]) == 0
        assert out.exists()
    assert capsys.readouterr().out.strip().endswith("out.txt")
    d = docx.Document(str(tmp_path / "out.docx"))
    assert d.paragraphs[0].text.replace("\n", "") == speech.meta.title


def test_export_with_style_and_format(speech, tmp_path):
    draft = tmp_path / "speech.json"
    save_draft(speech, draft)
    out = tmp_path / "out.bin"
    assert (
        main(["export", str(draft), "-o", str(out), "--format", "docx", "--style", "house-example"])
        == 0
    )
    assert docx.Document(str(out)).paragraphs[0].runs[0].font.bold


def test_relayout_any_document(tmp_path):
    src = tmp_path / "old.txt"
    src.write_text(
        "关于做好年终工作的讲话\n\n同志们：\n\n一、认清形势\n\n形势很好。\n\n二、明确任务\n\n任务很重。\n",
        "utf-8",
    )
    out = tmp_path / "new.docx"
    assert main(["export", str(src), "-o", str(out)]) == 0
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "一、认清形势" in texts and "二、明确任务" in texts


def test_errors_are_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{broken", "utf-8")
    cases = [
        ([str(bad), "-o", str(tmp_path / "o.docx")], f"{bad}：稿件文件已损坏"),
        ([str(tmp_path / "none.txt"), "-o", str(tmp_path / "o.docx")], "none.txt：找不到文件"),
        ([str(bad), "-o", str(tmp_path / "o.docx"), "--style", "nosuch"], "没有这个版式"),
        ([str(bad), "-o", str(tmp_path / "o.pdf")], "o.pdf"),
    ]
    for args, message in cases:
        assert main(["export", *args]) == 2
        err = capsys.readouterr().err
        assert message in err, err
        assert err.count("\n") == 1
    assert bad.read_text("utf-8") == "{broken"
    assert not (tmp_path / "o.docx").exists()


def test_text_indent_option(speech, tmp_path):
    draft = tmp_path / "speech.json"
    save_draft(speech, draft)
    out = tmp_path / "out.txt"
    assert main(["export", str(draft), "-o", str(out), "--indent"]) == 0
    text = out.read_text("utf-8")
    # the salutation stands flush left as in the Word export; body paragraphs are indented
    assert "\n\n同志们：\n\n\u3000\u3000" in text
    assert "\n\n\u3000\u3000同志们，让我们" in text


def test_export_says_what_it_wrote(speech, tmp_path, capsys):
    """It printed the path alone: which text, which format, how many headings the outline
    held (none, for a text whose outline was not found) were left to guess."""
    draft = tmp_path / "speech.json"
    save_draft(speech, draft)
    out = tmp_path / "提纲.docx"
    assert main(["export", str(draft), "-o", str(out), "--outline-only"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"已导出《{speech.meta.title}》的提纲（Word 文档，一级标题 ")
    assert line.endswith(f"）：{out}") and "\n" not in line
    bare = tmp_path / "bare.txt"
    bare.write_text("关于几件事的说明\n\n今天说几件事。\n\n大家抓紧办。\n", "utf-8")
    assert main(["export", str(bare), "-o", str(tmp_path / "b.md"), "--outline-only"]) == 0
    # a text's outline carries the notes 学习 › 导出提纲 writes (test_cli_outline_as_study)
    assert "（Markdown，没有识别出标题，含开头的说明）" in capsys.readouterr().out


def test_export_says_how_many_comments_went_into_word(speech, tmp_path, capsys):
    """Walking the office head's round (review --comment, comment add, export 退回.docx), the
    export line said nothing of the 批注: whether they went with the file was left to opening
    it in Word. Now it counts them, and says none when --no-comments left them out."""
    draft = tmp_path / "审阅稿.json"
    save_draft(speech, draft)
    heading = next(n for n in speech.walk() if n.heading)
    for text in ("请核实这一提法", "数字再核一遍"):
        assert main(["comment", "add", str(draft), text, "--at", heading.heading[:2]]) == 0
    assert main(["comment", "resolve", str(draft), "2"]) == 0
    capsys.readouterr()
    out = tmp_path / "退回.docx"
    assert main(["export", str(draft), "-o", str(out)]) == 0
    assert "，批注 2 条（已解决 1 条））：" in capsys.readouterr().out
    assert main(["export", str(draft), "-o", str(out), "--no-comments"]) == 0
    assert "批注" not in capsys.readouterr().out
    assert main(["export", str(draft), "-o", str(tmp_path / "退回.md")]) == 0
    assert "批注" not in capsys.readouterr().out  # Markdown carries none


def test_a_draft_without_a_title_is_said_to_have_none(tmp_path, capsys):
    """ux50's walk: ``drafter template from 讲话.txt -o 四勤模板`` then ``drafter new
    --template 四勤模板`` gives a draft with an empty 标题 (a template of the writer's own
    leaves it to fill); exported, the Word file began with 同志们： and only 《无标题稿件》
    hinted at it. The export says so, and how to give it one; with a title it says nothing."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lib = ["--library", str(tmp_path / "lib")]
    speech = root / "corpus" / "02_mobilization_speech_gb18030.txt"
    assert main([*lib, "template", "from", str(speech), "-o", "动员会"]) == 0
    draft = tmp_path / "稿.json"
    assert main([*lib, "new", "--template", "动员会", "-o", str(draft)]) == 0
    capsys.readouterr()
    out = tmp_path / "稿.docx"
    assert main([*lib, "export", str(draft), "-o", str(out)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("已导出《无标题稿件》") and lines[0].endswith(f"：{out}")
    assert lines[1].startswith("提示：稿件没有标题") and "--set title=" in lines[1]
    assert docx.Document(str(out)).paragraphs[0].style.name != "Title"
    titled = tmp_path / "有标题.json"
    args = ["new", "--template", "动员会", "--set", "title=在全县动员会上的讲话", "-o", str(titled)]
    assert main([*lib, *args]) == 0
    capsys.readouterr()
    assert main([*lib, "export", str(titled), "-o", str(tmp_path / "有标题.docx")]) == 0
    assert "提示" not in capsys.readouterr().out
