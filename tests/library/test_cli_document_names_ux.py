"""A library document is named on the command line by its id or by its file's path, and an id
noted before the file changed still leads somewhere. Walking the CLI, a writer corrected a
speech's outline, edited the file, and ``drafter outline`` with the id noted earlier said only
资料库中没有这篇文稿; ``drafter outline 讲话.txt`` printed the machine's outline, not the
corrected one the app showed."""

from __future__ import annotations

from libtest_helpers import SPOKEN_PARTS, corrected_cli_library

from drafter.cli import main
from drafter.library import Library


def test_a_path_names_the_library_copy_with_its_corrections(tmp_path, capsys):
    path, lib, doc_id = corrected_cli_library(tmp_path)
    capsys.readouterr()
    for command in (["outline", str(path)], ["study", str(path)]):
        assert main(["--library", lib, *command]) == 0
        assert "现在讲学习" in capsys.readouterr().out  # the user's heading, from the path
    assert main(["--library", lib, "library", "edit", str(path), "--speaker", "张三"]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "outline", doc_id]) == 0
    assert "讲话人：张三" in capsys.readouterr().out


def test_an_id_from_before_the_change_is_answered_with_the_new_one(tmp_path, capsys):
    path, lib, old_id = corrected_cli_library(tmp_path)
    path.write_text(SPOKEN_PARTS.replace("成绩很大", "成绩很大很大"), encoding="utf-8")
    assert main(["--library", lib, "library", "sync"]) == 0
    with Library.open(tmp_path / "lib") as library:
        new_id = library.documents()[0].id
    assert new_id != old_id
    capsys.readouterr()
    for command in (["outline", old_id], ["study", old_id], ["library", "edit", old_id]):
        assert main(["--library", lib, *command]) == 2
        err = capsys.readouterr().err
        assert f"现在的编号是 {new_id}" in err and str(path) in err, command
    assert main(["--library", lib, "outline", new_id]) == 0  # the new id: a re-check is due
    assert "! 更正待复核" in capsys.readouterr().out
    assert main(["--library", lib, "outline", "0123456789ab"]) == 2
    assert "也可以用文件路径代替编号" in capsys.readouterr().err


def test_an_id_never_corrected_is_answered_with_the_notes_title(tmp_path, capsys):
    """No correction remembers an uncorrected document's old content, but the trainee's note
    on it kept its title: the message names it and the documents now under that title."""
    from drafter.study.notes import open_notes

    path = tmp_path / "讲话.txt"
    path.write_text(SPOKEN_PARTS, encoding="utf-8")
    lib = str(tmp_path / "lib")
    with Library.open(lib) as library:
        list(library.add([path]))
        info = library.documents()[0]
        old_id, title = info.id, info.display_title
        with open_notes(library) as notes:
            notes.add(old_id, 1, 0, 2, "同志", "开头先称呼", doc_title=title)
    path.write_text(SPOKEN_PARTS.replace("成绩很大", "成绩很大很大"), encoding="utf-8")
    with Library.open(lib) as library:
        list(library.add([path]))
        new_id = library.documents()[0].id
    capsys.readouterr()
    assert main(["--library", lib, "outline", old_id]) == 2
    err = capsys.readouterr().err
    assert f"《{title}》" in err and f"{new_id}（{path}）" in err, err
    assert main(["--library", lib, "outline", "0123456789ab"]) == 2
    assert "笔记" not in capsys.readouterr().err  # an id no note kept: said as before


def test_notes_list_of_the_new_version_takes_the_old_versions_notes(tmp_path, capsys):
    """``notes list --doc`` of a document whose file changed lists the notes made on its
    earlier version (they stayed under the old id), at their quote's new paragraph."""
    from drafter.study.notes import open_notes

    path = tmp_path / "讲话.txt"
    path.write_text(SPOKEN_PARTS, encoding="utf-8")
    lib = str(tmp_path / "lib")
    with Library.open(lib) as library:
        list(library.add([path]))
        info = library.documents()[0]
        quote = "成绩很大"
        para = next(p for p in library.load(info.id).paragraphs() if quote in p.text)
        at = para.text.index(quote)
        with open_notes(library) as notes:
            notes.add(info.id, para.index, at, at + 4, quote, "记下", doc_title=info.display_title)
    path.write_text(
        "同志们：\n" + SPOKEN_PARTS.replace("成绩很大", "成绩很大很大"), encoding="utf-8"
    )
    with Library.open(lib) as library:
        list(library.add([path]))
        new_id = library.documents()[0].id
    capsys.readouterr()
    assert main(["--library", lib, "notes", "list", "--doc", new_id]) == 0
    out = capsys.readouterr().out
    assert "记下" in out and f"“{quote}”" in out, out
