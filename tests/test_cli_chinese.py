"""The command line speaks Chinese: argparse's own words, every help line, every error
(naming the file by its full path), and import summaries that say what happened."""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

import pytest

from drafter.cli import build_parser, main

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _all_parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from _all_parsers(sub)


def test_every_help_line_is_chinese():
    """No option or command is described in English (identifiers like JSON, --force,
    gbt9704, postgresql:// may stay)."""
    english = re.compile(r"\b(the|a|an|of|to|and|or|with|from|print|show)\b")
    for parser in _all_parsers(build_parser()):
        texts = [parser.description or ""]
        texts += [a.help for a in parser._actions if isinstance(a.help, str)]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                texts += [c.help for c in action._choices_actions if c.help]
        for text in texts:
            if text == argparse.SUPPRESS:
                continue
            words = re.sub(r"--?[\w-]+|\S+://\S*|[\w.]+\.(toml|json|j2)\b", "", text)
            assert not english.search(words), f"{parser.prog}: {text}"


def test_every_argument_says_what_it_is():
    """Each option and positional argument of every command has a help line: a bare
    ``--year-from YEAR`` or ``PATH`` under 位置参数 leaves the user guessing whether the year is
    included, what --sort's two words mean, or which files ``library add`` takes."""
    bare = []
    for parser in _all_parsers(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            if not action.help:
                bare.append(f"{parser.prog} {'/'.join(action.option_strings) or action.dest}")
    assert not bare, "没有说明的参数：" + "；".join(bare)


def test_usage_and_errors_are_chinese(capsys):
    with pytest.raises(SystemExit):
        main(["search"])
    err = capsys.readouterr().err
    assert err.startswith("用法：") and "缺少必需的参数" in err
    with pytest.raises(SystemExit):
        main(["no-such-command"])
    assert "没有“no-such-command”这个命令" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "显示本帮助并退出" in out and "显示版本号并退出" in out and "选项" in out


def test_errors_name_the_full_path(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["outline", "nothing.txt"]) == 2
    assert capsys.readouterr().err.strip() == f"drafter：{tmp_path / 'nothing.txt'}：找不到文件"
    (tmp_path / "x.xyz").write_text("x")
    assert main(["export", "x.xyz", "-o", "o.docx"]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path / "x.xyz") in err and "不支持这种文件" in err


def test_folder_import_skips_readmes_and_reports_copies_and_reindex_counts(tmp_path, capsys):
    folder = tmp_path / "稿件"
    shutil.copytree(CORPUS, folder)  # the bundled corpus, README.md included
    docs = sorted(p for p in folder.iterdir() if p.name != "README.md")
    shutil.copy(docs[0], folder / "副本.txt")  # a byte-identical copy in the same batch
    lib = tmp_path / "lib"
    assert main(["--library", str(lib), "library", "add", str(folder)]) == 0
    err = capsys.readouterr().err
    assert f"新增 {len(docs)}" in err
    assert "重复 1" in err and "未变 0" in err
    # the copy named with the file it repeats, by their full paths (重复 1 said neither)
    (line,) = [x for x in err.splitlines() if x.startswith("  = 重复 ")]
    assert str(folder / "副本.txt") in line and str(docs[0]) in line and "内容完全相同" in line
    assert f"跳过 {folder / 'README.md'}" in err and "跳过 1" in err
    assert main(["--library", str(lib), "library", "list", "--json"]) == 0
    assert "README" not in capsys.readouterr().out
    assert main(["--library", str(lib), "library", "reindex"]) == 0
    err = capsys.readouterr().err
    assert f"已重建索引 {len(docs)} 篇" in err and "新增" not in err
    # named on its own, a README is imported: the user asked for that file
    assert main(["--library", str(lib), "library", "add", str(folder / "README.md")]) == 0
    assert "新增 1" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("坏.json", b'{"format": "bad', "稿件文件已损坏（JSON 格式有误：第 1 行第 12 列）"),
        ("乱码.json", bytes(range(128, 256)), "不是 Drafter 稿件文件"),
        ("假.docx", b"PK\x03\x04junk", "稿件文件已损坏（JSON 格式有误：第 1 行第 1 列）"),
        ("没有.json", None, "找不到稿件文件"),
    ],
)
def test_comment_on_a_bad_draft_speaks_chinese_with_the_full_path(
    tmp_path, capsys, monkeypatch, name, content, said
):
    """``drafter comment list`` on a file that is no draft said the core's English
    ("/x/坏.json: corrupt draft (invalid JSON at line 1, column 16)"), unlike every other
    command; now one Chinese line naming the file by its full path, exit status 2."""
    monkeypatch.chdir(tmp_path)
    if content is not None:
        (tmp_path / name).write_bytes(content)
    for action in (["list", name], ["add", name, "意见", "--at", "字"], ["resolve", name, "1"]):
        assert main(["comment", *action]) == 2
        err = capsys.readouterr().err.strip()
        if action[0] == "list" and name.endswith(".docx"):  # list reads Word files: as one
            said_here = "不是有效的 Word 文档（文件已损坏，或是别的格式改成了 .docx）"
        else:
            said_here = said
        assert err == f"drafter：{tmp_path / name}：{said_here}"


def test_syncing_a_folder_that_is_not_there_says_not_found(tmp_path, capsys):
    """``library sync /路径/打错了`` said 不是文件夹 of a path that does not exist, as if it were a
    file; a file given as the folder still says 不是文件夹."""
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", str(CORPUS)]) == 0
    capsys.readouterr()
    gone = tmp_path / "打错了"
    assert main(["--library", lib, "library", "sync", str(gone)]) == 2
    assert capsys.readouterr().err.strip() == f"drafter：{gone}：找不到文件夹"
    a_file = tmp_path / "稿.txt"
    a_file.write_text("同志们：", encoding="utf-8")
    assert main(["--library", lib, "library", "sync", str(a_file)]) == 2
    assert capsys.readouterr().err.strip() == f"drafter：{a_file}：不是文件夹"


def test_folder_import_names_the_files_of_a_type_it_cannot_read(tmp_path, capsys):
    """A folder with slide decks (.pptx) beside the speeches: they were left out without a
    word, so an import of such a folder said 新增 0 and nothing else. The summary now counts
    them and names the first few; the system's own files (Thumbs.db) and hidden files are
    no news; the exit code stays 0 (nothing failed)."""
    folder = tmp_path / "稿件"
    shutil.copytree(CORPUS, folder)
    for name in ("甲讲话.pptx", "乙讲话.pptx", "丙报告.pptx", "名单.xlsx"):
        (folder / name).write_bytes(b"PK\x03\x04 not ours")
    (folder / "Thumbs.db").write_bytes(b"\0")
    (folder / ".hidden.pptx").write_bytes(b"\0")
    lib = tmp_path / "lib"
    assert main(["--library", str(lib), "library", "add", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "未导入 4 个类型不支持的文件：丙报告.pptx、乙讲话.pptx、名单.xlsx 等" in err
    assert "Thumbs.db" not in err and ".hidden" not in err
