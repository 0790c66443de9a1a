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
    assert "无效的选项" in err  # argparse's own line stays, in Chinese
    assert f"没有“{argv[-2]}”这个命令" in err and meant in err
    assert "drafter --help" in err


def test_a_word_like_none_gets_the_list_only(capsys):
    err = _error(capsys, ["xyzzy"])
    assert "无效的选项" in err and "提示" not in err


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
