"""``drafter study`` takes a library document id, as ``drafter outline`` does, and studies the
library's copy with the user's corrections. Walking the CLI, ``drafter study 4ffa2e962929``
(an id from ``library list``) answered in English: "files without an extension are not
supported (supported: …)"; a file with no extension now gets a Chinese line too."""

from __future__ import annotations

import json

from drafter.cli import main
from drafter.library import Library

TEXT = (
    "在全市学习工作会议上的讲话\n同志们：\n今天我讲两个问题。\n现在讲学习。\n"
    "学习是做好工作的前提，要在全市形成浓厚的学习风气，各级干部要带头读书学习。\n"
    "现在讲工作。\n过去一年的工作成绩很大，全市上下共同努力，各项指标都完成了。\n"
    "同志们，让我们共同努力，把各项工作做得更好！\n"
)


def test_study_of_a_library_id_follows_the_corrections(tmp_path, capsys):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "讲话.txt").write_text(TEXT, encoding="utf-8")
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", "--no-watch", str(folder)]) == 0
    with Library.open(tmp_path / "lib") as library:
        doc = library.documents()[0]
        paragraphs = library.load(doc.id).paragraphs()
        ops = [
            {"op": "heading", "para": p.index, "text": p.text, "level": 1}
            for p in paragraphs
            if p.text in ("现在讲学习。", "现在讲工作。")
        ]
        library.set_corrections(doc.id, ops)
    capsys.readouterr()
    assert main(["--library", lib, "study", doc.id, "--json"]) == 0
    sections = json.loads(capsys.readouterr().out)["sections"]
    headings = [s["heading"] for s in sections if s["part"] == "section"]
    assert headings == ["现在讲学习", "现在讲工作"]
    assert main(["--library", lib, "study", "0123456789ab"]) == 2
    assert capsys.readouterr().err.startswith("drafter：资料库中没有这篇文稿")


def test_a_file_without_an_extension_is_said_in_chinese(tmp_path, capsys):
    path = tmp_path / "讲话"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["study", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"drafter：{path}：没有扩展名") and "not supported" not in err
