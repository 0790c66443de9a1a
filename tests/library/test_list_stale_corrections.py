"""``library list`` says when a document's corrections await a re-check. The app's table and
reader mark 更正待复核 once the file changed under the user's corrections; on the command
line the changed document was listed like any other (its id even changes with its content),
so a CLI user learnt of it only by running ``library edit --show`` on that very document."""

from __future__ import annotations

from drafter.cli import main
from drafter.library import Library

TEXT = (
    "在全市学习工作会议上的讲话\n同志们：\n今天我讲两个问题。\n现在讲学习。\n"
    "学习是做好工作的前提，要在全市形成浓厚的学习风气，各级干部要带头读书学习。\n"
    "现在讲工作。\n过去一年的工作成绩很大，全市上下共同努力，各项指标都完成了。\n"
    "同志们，让我们共同努力，把各项工作做得更好！\n"
)


def test_list_marks_corrections_made_on_an_earlier_version(tmp_path, capsys):
    folder = tmp_path / "texts"
    folder.mkdir()
    path = folder / "讲话.txt"
    path.write_text(TEXT, encoding="utf-8")
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", str(folder)]) == 0
    with Library.open(tmp_path / "lib") as library:
        doc = library.documents()[0]
        para = next(p for p in library.load(doc.id).paragraphs() if p.text == "现在讲学习。")
        library.set_corrections(
            doc.id, [{"op": "heading", "para": para.index, "text": para.text, "level": 1}]
        )
    capsys.readouterr()
    assert main(["--library", lib, "library", "list"]) == 0
    assert "更正待复核" not in capsys.readouterr().out  # corrected, and the file unchanged
    path.write_text(TEXT.replace("成绩很大", "成绩很大很大"), encoding="utf-8")
    assert main(["--library", lib, "library", "sync"]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "library", "list"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "学习工作会议" in x)
    assert "[更正待复核]" in line
