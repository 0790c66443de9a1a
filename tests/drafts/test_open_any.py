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
