"""The office head's version commands speak Chinese when a version or a file is not there:
``drafter versions 稿.json --version 99 --label 定稿`` printed ``drafter: …: no version 99 (it has
2)`` and ``drafter review 稿.json --comment -o 已有.json`` printed ``already exists (use --force to
replace it)``; ``compare … -o 修订稿.txt`` said "a 修订稿 is a Word file; name it .docx". The
versions dialog's messages (describe) follow the same table."""

from __future__ import annotations

import re

import pytest

from drafter.cli import main
from drafter.drafts.history import HistoryError, find_version
from drafter.drafts.model import Draft, DraftMeta
from drafter.drafts.store import save_draft
from drafter.messages import describe

ENGLISH = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "讲话.json"
    save_draft(Draft(meta=DraftMeta(title="初稿")), path)
    save_draft(Draft(meta=DraftMeta(title="二稿")), path, label="送审稿")
    return path


def _err(capsys, *argv: str) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0, err
    return err


@pytest.mark.parametrize(
    ("args", "chinese"),
    [
        (("--version", "99", "--label", "定稿"), "没有第 99 个版本（共 2 个，1 为最新）"),
        (("--restore", "修改稿"), "没有编号或标签为“修改稿”的版本"),
    ],
)
def test_a_version_not_there_is_said_in_chinese(draft, capsys, args, chinese):
    err = _err(capsys, "versions", str(draft), *args)
    assert err == f"drafter：{draft}：{chinese}", err


def test_a_draft_without_versions_and_an_existing_output(draft, tmp_path, capsys):
    fresh = tmp_path / "新稿.json"
    err = _err(capsys, "versions", str(fresh), "--restore", "1")
    assert err == f"drafter：{fresh}：还没有保存过的版本（先保存稿件）"
    out = tmp_path / "已有.json"
    out.write_text("{}", encoding="utf-8")
    err = _err(capsys, "review", str(draft), "--comment", "-o", str(out))
    assert err == f"drafter：{out}：已存在（加 --force 覆盖）"


def test_the_versions_dialog_says_the_same(draft):
    with pytest.raises(HistoryError) as caught:
        find_version(draft, "99")
    said = describe(caught.value)
    assert said == f"{draft}：没有第 99 个版本（共 2 个，1 为最新）"
    assert not ENGLISH.findall(said.replace(str(draft), ""))


def test_a_redline_named_other_than_docx(draft, tmp_path, capsys):
    """``drafter compare A B -o 修订稿.txt`` said "a 修订稿 is a Word file; name it .docx"."""
    out = tmp_path / "修订稿.txt"
    err = _err(capsys, "compare", str(draft), str(draft), "-o", str(out))
    assert err == f"drafter：{out}：修订稿是 Word 文件，文件名应以 .docx 结尾", err


def test_versions_of_a_draft_that_is_not_there_says_so(tmp_path, capsys, monkeypatch):
    """``drafter versions 错名.json`` answered 错名.json：还没有保存过的版本 with status 0, as if the
    draft were there and only unsaved; a folder the same. Now: not found, status 2."""
    from drafter.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "文件夹").mkdir()
    assert main(["versions", "错名.json"]) == 2
    assert capsys.readouterr().err.strip() == f"drafter：{tmp_path / '错名.json'}：找不到稿件文件"
    assert main(["versions", "文件夹"]) == 2
    assert (
        capsys.readouterr().err.strip()
        == f"drafter：{tmp_path / '文件夹'}：这是文件夹，不是稿件文件"
    )
