"""A document whose title names a book (《中国农村的社会主义高潮》的序言) is quoted with the book's
marks one level down, 《〈…〉的序言》, as GB/T 15834 nests them. Walking the CLI, ``drafter
outline`` and ``drafter study`` printed 《《…》的序言》, and the library list did the same."""

from __future__ import annotations

from drafter.cli import main
from drafter.corpus.display import book_title

PREFACE = (
    "《乡村读本》的序言\n（一九五五年九月）\n\n"
    "这本书是给乡村干部读的。书里的材料，都是各地送来的报告。\n\n"
    "我们希望大家读一读，想一想，把自己那里的工作做得更好一些。\n"
)


def test_book_title_nests_marks_and_leaves_a_wrapped_title():
    assert book_title("乡村读本") == "《乡村读本》"
    assert book_title("《乡村读本》的序言") == "《〈乡村读本〉的序言》"
    assert book_title("《乡村读本》") == "《乡村读本》"
    assert book_title("关于《乡村读本》和《学习》的说明") == "《关于〈乡村读本〉和〈学习〉的说明》"


def test_cli_quotes_a_title_that_names_a_book_once(tmp_path, capsys):
    path = tmp_path / "序言.txt"
    path.write_text(PREFACE, encoding="utf-8")
    lib = str(tmp_path / "lib")
    for command in (["outline", str(path)], ["study", str(path)]):
        assert main(command) == 0
        out = capsys.readouterr().out
        assert "《〈乡村读本〉的序言》" in out, command
        assert "《《" not in out, command
    assert main(["--library", lib, "library", "add", str(path)]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "library", "list"]) == 0
    out = capsys.readouterr().out
    assert "《〈乡村读本〉的序言》" in out and "《《" not in out
