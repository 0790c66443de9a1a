"""``drafter library edit DOC --checked`` / ``--outline-ok``: the CLI answers 更正待复核 and
结构待核 as the app's 更正已核对 and 提纲无误 do. ``library list`` and ``edit --show`` told a
CLI user 更正待复核 … 请核对, with no way to say "checked" but to open the app."""

from __future__ import annotations

from libtest_helpers import SPOKEN_PARTS, corrected_cli_library

from drafter.cli import main
from drafter.library import Library


def test_checked_keeps_corrections_on_the_new_version(tmp_path, capsys):
    path, lib, _doc_id = corrected_cli_library(tmp_path)
    path.write_text(SPOKEN_PARTS.replace("成绩很大", "成绩很大很大"), encoding="utf-8")
    assert main(["--library", lib, "library", "sync"]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "library", "edit", str(path), "--show"]) == 0
    told = capsys.readouterr().err
    assert "请核对" in told and "--checked" in told  # says how
    assert main(["--library", lib, "library", "edit", str(path), "--checked"]) == 0
    assert "已核对" in capsys.readouterr().err
    with Library.open(tmp_path / "lib") as library:
        (doc,) = library.documents()
        state = library.corrections(doc.id)
        assert not state.stale and state.ops[-1]["op"] == "checked"
        assert any(
            p.is_heading and p.text.startswith("现在讲学习")
            for p in library.load(doc.id).paragraphs()
        )
    # nothing left to check: said, not stored again
    assert main(["--library", lib, "library", "edit", str(path), "--checked"]) == 0
    assert "无需核对" in capsys.readouterr().err


def test_outline_ok_clears_the_review_mark(tmp_path, capsys):
    # a long text read without headings, two paragraphs opening with an ordinal: 结构待核
    text = "\n\n".join(
        ["这是开头的一段话，讲了很多事情，" * 8 + "。"]
        + ["第二点，要实践，" * 10 + "。", "第三点，要总结，" * 10 + "。"]
        + ["正文一段，内容很长很长，" * 10 + "。"] * 30
    )
    path = tmp_path / "随笔.txt"
    path.write_text(text, encoding="utf-8")
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", str(path)]) == 0
    with Library.open(tmp_path / "lib") as library:
        assert library.documents()[0].needs_review
    capsys.readouterr()
    assert main(["--library", lib, "library", "edit", str(path), "--outline-ok"]) == 0
    assert "提纲无误" in capsys.readouterr().err
    with Library.open(tmp_path / "lib") as library:
        assert not library.documents()[0].needs_review
    assert main(["--library", lib, "library", "edit", str(path), "--outline-ok"]) == 0
    assert "无需确认" in capsys.readouterr().err
