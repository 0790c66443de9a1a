"""Opening any document as a draft (打开稿件, drafter new --from)."""

from __future__ import annotations

import json

import pytest

from drafter.cli import main
from drafter.corpus.model import ReadError
from drafter.drafts.open_any import open_as_draft
from drafter.export import export_draft
from tests.export.conftest import build_speech


def test_docx_opens_with_outline_meta_and_source(tmp_path):
    path = export_draft(build_speech(), tmp_path / "讲话.docx")
    draft = open_as_draft(path)
    assert draft.meta.title == "在全区办公室主任暨文秘业务培训会议上的讲话"
    assert draft.meta.speaker == "张三"
    assert [n.heading for n in draft.sections] == [
        "充分认识办公室工作的重要地位",
        "突出重点，全面提升服务水平",
    ]
    assert draft.numbering[:2] == ["cn_dun", "cn_paren"]
    assert draft.source == str(path.resolve())


def test_text_and_markdown_open(tmp_path):
    (tmp_path / "a.txt").write_text(
        "关于工作的讲话\n\n一、抓学习\n\n要学习。\n\n二、抓落实\n\n要落实。\n", "utf-8"
    )
    draft = open_as_draft(tmp_path / "a.txt")
    assert [n.heading for n in draft.sections] == ["抓学习", "抓落实"]
    assert draft.comments == []


def test_unreadable_file_names_itself(tmp_path):
    with pytest.raises(ReadError, match="nothing.docx"):
        open_as_draft(tmp_path / "nothing.docx")


def test_cli_new_from(tmp_path, capsys):
    src = export_draft(build_speech(), tmp_path / "src.docx")
    out = tmp_path / "d.json"
    assert main(["new", "--from", str(src), "-o", str(out)]) == 0
    assert "已创建草稿" in capsys.readouterr().out
    payload = json.loads(out.read_text("utf-8"))
    assert payload["source"] == str(src.resolve())
    assert main(["new", "--from", str(src), "-o", str(out)]) == 2  # exists, no --force
    assert "--force" in capsys.readouterr().err
    assert main(["new", "--from", str(tmp_path / "gone.pdf"), "-o", str(tmp_path / "e.json")]) == 2
    assert "gone.pdf" in capsys.readouterr().err


def test_real_seed_docx_opens(shared_dir, tmp_path):
    seed = sorted((shared_dir / "seeds").glob("*.txt"))[0]
    from drafter.export import export_any

    docx_path = export_any(seed, tmp_path / "seed.docx")
    draft = open_as_draft(docx_path)
    again = open_as_draft(seed)
    assert [n.heading for n in draft.walk()] == [n.heading for n in again.walk()]
    assert draft.meta.title == again.meta.title


def test_a_docx_that_is_no_word_file_is_refused_everywhere(tmp_path, capsys):
    """Walking the CLI with a broken 坏.docx (text under a Word name): outline, study and
    review said 不是有效的 Word 文档, but export wrote a Word file of the junk (exit 0) and
    compare compared it, since opening it as a draft let LibreOffice read it as text."""

    bad = tmp_path / "坏.docx"
    bad.write_text("garbage", encoding="utf-8")
    with pytest.raises(ReadError, match="坏.docx"):
        open_as_draft(bad)
    good = export_draft(build_speech(), tmp_path / "讲话.docx")
    out = tmp_path / "导出.docx"
    for argv in (
        ["export", str(bad), "-o", str(out)],
        ["compare", str(bad), str(good)],
        ["new", "--from", str(bad), "-o", str(tmp_path / "稿.json")],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert str(bad) in err and "不是有效的 Word 文档" in err, argv
    assert not out.exists()
