"""A command word drafter does not know gets a hint at the one meant (ux55's first-hour
walk: ``drafter libary`` and ``drafter open 报告.docx`` answered with the list of fourteen
choices alone)."""

from __future__ import annotations

import pytest

from drafter.cli import main


def _error(capsys, argv: list[str]) -> str:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    return capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "meant"),
    [
        (["libary", "list"], "drafter library？"),
        (["serch", "乡村振兴"], "drafter search？"),
        (["--library", "/tmp/somewhere", "reveiw", "稿.docx"], "drafter review？"),
        (["open", "报告.docx"], "drafter gui --open 文件？"),
        (["检索", "乡村振兴"], "drafter search？"),
        (["导入", "材料"], "drafter library add？"),
    ],
)
def test_the_command_meant_is_named(capsys, argv, meant):
    err = _error(capsys, argv)
    # One line: the word typed, the command meant, then every command (ux57: argparse's
    # 无效的选项 'libary'（可选：'outline', …）line went, 选项 being "option")
    line = err.splitlines()[-1]
    assert line.startswith(f"drafter：错误：没有“{argv[-2]}”这个命令，要用的是不是 ")
    assert meant in line and "drafter --help" in line
    assert "全部命令：outline、library、search" in line
    assert "无效的选项" not in err and "'outline'" not in err


def test_a_word_like_none_gets_the_list_only(capsys):
    err = _error(capsys, ["xyzzy"])
    assert err.splitlines()[-1] == (
        "drafter：错误：没有“xyzzy”这个命令（全部命令："
        "outline、library、search、templates、new、template、export、versions、compare、"
        "comment、gui、study、notes、review；drafter --help 逐一说明）"
    )


@pytest.mark.parametrize(
    ("argv", "prog", "said"),
    [
        (
            ["library", "lst"],
            "drafter library",
            "drafter library：错误：没有“lst”这个操作，"
            "要用的是不是 drafter library list 或 drafter library lists？",
        ),
        (
            ["notes", "serch", "x"],
            "drafter notes",
            "没有“serch”这个操作，要用的是不是 drafter notes search？",
        ),
        (
            ["library", "words", "ad", "x"],
            "drafter library words",
            "要用的是不是 drafter library words add？",
        ),
        (["template", "shwo", "x"], "drafter template", "要用的是不是 drafter template show？"),
    ],
)
def test_an_action_under_a_command_is_named_too(capsys, argv, prog, said):
    """ux57: ``drafter library lst`` said 无效的选项 'lst' with the twelve actions quoted."""
    err = _error(capsys, argv)
    assert said in err and "无效的选项" not in err
    assert f"{prog} --help 逐一说明" in err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["review", "x.docx", "--level", "warnin"],
            "参数 --level：没有“warnin”这个取值，要用的是不是 warning？（可选：error、warning、hint）",
        ),
        (
            ["search", "--sort", "dat", "x"],
            "参数 --sort：没有“dat”这个取值，要用的是不是 date？（可选：relevance、date）",
        ),
    ],
)
def test_an_option_value_not_allowed_names_the_nearest(capsys, argv, said):
    err = _error(capsys, argv)
    assert said in err


def test_a_known_command_with_a_bad_option_gets_no_command_hint(capsys):
    err = _error(capsys, ["search", "--nope", "x"])
    assert "这个命令" not in err


def test_a_search_of_an_empty_library_says_to_import_first(capsys, tmp_path):
    """The desktop app makes the default library at its first start, empty: a first
    ``drafter search`` there said 共 0 段 and no more."""
    from drafter.library import Library

    Library.open(tmp_path / "lib", create=True).close()
    assert main(["search", "--library", str(tmp_path / "lib"), "乡村振兴"]) == 0
    err = capsys.readouterr().err
    assert "共 0 段" in err
    assert f"资料库中还没有文稿（{tmp_path / 'lib'}）" in err and "drafter library add" in err


def test_a_search_finding_nothing_in_a_full_library_says_no_more(capsys, tmp_path):
    from pathlib import Path

    from drafter.library import Library

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    with Library.open(tmp_path / "lib", create=True) as library:
        for _ in library.add([corpus / "01_office_training_speech.txt"]):
            pass
    assert main(["search", "--library", str(tmp_path / "lib"), "量子纠缠"]) == 0
    err = capsys.readouterr().err
    assert "共 0 段" in err and "还没有文稿" not in err
