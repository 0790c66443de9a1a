"""Every command's error line starts ``drafter：`` (the full-width colon of the Chinese lines) and
bad input ends with status 2: ``library edit`` of a document not in the library said
``drafter: nope: …`` and ended with 1, ``study --rate 5`` said ``drafter: 语速…``."""

from __future__ import annotations

from pathlib import Path

from drafter.cli import main

CORPUS = str(Path(__file__).resolve().parents[2] / "corpus")


def test_library_edit_of_an_unknown_document(tmp_path, capsys):
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", "--no-watch", CORPUS]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "library", "edit", "不存在", "--title", "甲"]) == 2
    assert capsys.readouterr().err.strip() == (
        "drafter：不存在：资料库里没有这篇文稿（可用编号、文件路径或标题，见 library list）"
    )


def test_library_edit_by_title(tmp_path, capsys):
    """An office head typed the title (its words, or 《…》 as written) and was told the
    library had no such text: a title that names one text finds it, one shared by several
    lists them with their ids."""
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", "--no-watch", CORPUS]) == 0
    capsys.readouterr()
    args = ["--library", lib, "library", "edit"]
    assert main([*args, "《在全市民营企业家座谈会上的讲话》", "--speaker", "王五"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("已更正《在全市民营企业家座谈会上的讲话》（") and "讲话人：王五" in err
    assert main([*args, "民营企业家座谈会", "--show"]) == 0
    assert "讲话人：王五" in capsys.readouterr().out
    assert main([*args, "上的讲话", "--speaker", "赵六"]) == 2
    err = capsys.readouterr().err
    assert "有几篇文稿的标题都含这几个字" in err and "请用编号" in err and err.count("\n") == 1


def test_study_with_an_unreasonable_rate(capsys):
    assert main(["study", f"{CORPUS}/01_office_training_speech.txt", "--rate", "5"]) == 2
    assert capsys.readouterr().err.startswith("drafter：语速 5 字/分钟不合理")


def test_outline_and_study_by_title(tmp_path, capsys):
    """``drafter outline 整顿党的作风`` was read as a file name without an extension: a key
    with no file behind it and no extension names a library text by its title, as
    ``library edit`` takes it; a word that is no title still gets the file error."""
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", "--no-watch", CORPUS]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "outline", "民营企业家座谈会"]) == 0
    assert capsys.readouterr().out.startswith("《在全市民营企业家座谈会上的讲话》")
    assert main(["--library", lib, "study", "民营企业家座谈会"]) == 0
    assert "《在全市民营企业家座谈会上的讲话》" in capsys.readouterr().out
    assert main(["--library", lib, "outline", "上的讲话"]) == 2
    assert "请用编号" in capsys.readouterr().err
    assert main(["--library", lib, "outline", "没有这篇"]) == 2
    assert "library list 显示的编号或标题" in capsys.readouterr().err


def test_library_list_marks_corrected_texts(tmp_path, capsys):
    """``library list`` marked 结构待核 and 更正待复核 but not a text a person had corrected,
    which the app's table calls 已人工更正 (信息已更正 for 编辑信息 fields alone)."""
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", "--no-watch", CORPUS]) == 0
    assert main(["--library", lib, "library", "edit", "民营企业家座谈会", "--speaker", "王五"]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "library", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    edited = next(line for line in lines if "民营企业家座谈会" in line)
    assert "[信息已更正]" in edited
    assert sum("[信息已更正]" in line for line in lines) == 1


def test_export_by_title(tmp_path, capsys):
    """``drafter export`` takes the title as outline and study do."""
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", "--no-watch", CORPUS]) == 0
    capsys.readouterr()
    out = tmp_path / "提纲.md"
    args = ["--library", lib, "export", "民营企业家座谈会", "-o", str(out), "--outline-only"]
    assert main(args) == 0
    assert capsys.readouterr().out.startswith("已导出《在全市民营企业家座谈会上的讲话》的提纲")
    assert out.read_text("utf-8").startswith("# 在全市民营企业家座谈会上的讲话")
