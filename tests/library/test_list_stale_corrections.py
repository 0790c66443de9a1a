"""``library list`` says when a document's corrections await a re-check. The app's table and
reader mark 更正待复核 once the file changed under the user's corrections; on the command
line the changed document was listed like any other (its id even changes with its content),
so a CLI user learnt of it only by running ``library edit --show`` on that very document."""

from __future__ import annotations

from libtest_helpers import SPOKEN_PARTS, corrected_cli_library

from drafter.cli import main


def test_list_marks_corrections_made_on_an_earlier_version(tmp_path, capsys):
    path, lib, _doc_id = corrected_cli_library(tmp_path)
    capsys.readouterr()
    assert main(["--library", lib, "library", "list"]) == 0
    assert "更正待复核" not in capsys.readouterr().out  # corrected, and the file unchanged
    path.write_text(SPOKEN_PARTS.replace("成绩很大", "成绩很大很大"), encoding="utf-8")
    assert main(["--library", lib, "library", "sync"]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "library", "list"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "学习工作会议" in x)
    assert "[更正待复核]" in line


def test_outline_names_a_correction_the_edited_file_lost(tmp_path, capsys):
    path, lib, _doc_id = corrected_cli_library(tmp_path)
    path.write_text(SPOKEN_PARTS.replace("现在讲学习。", "关于读书的事。"), encoding="utf-8")
    assert main(["--library", lib, "library", "sync"]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "outline", str(path)]) == 0
    out = capsys.readouterr().out
    assert "更正待复核" in out
    assert "1 处更正找不到原来的段落，未套用：改为一级标题「现在讲学习。」" in out
