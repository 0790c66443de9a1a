"""drafter compare of two files of one name says which is which.

The head compares the 修订稿 he sent with the writer's copy saved from his mail under the
same name in another folder: the report began ``比较：修订稿.docx → 修订稿.docx``. Two
sides of one name are now named by their paths; different names stay as they were."""

from __future__ import annotations

from drafter.cli import main
from drafter.export import export_draft
from tests.export.conftest import build_speech


def test_same_names_are_told_apart_by_their_paths(tmp_path, capsys):
    sent = export_draft(build_speech(), tmp_path / "修订稿.docx")
    (tmp_path / "回来").mkdir()
    back = export_draft(build_speech(), tmp_path / "回来" / "修订稿.docx")
    assert main(["compare", str(sent), str(back)]) == 0
    assert f"比较：{sent} → {back}" in capsys.readouterr().out


def test_different_names_stay_short(tmp_path, capsys):
    old = export_draft(build_speech(), tmp_path / "初稿.docx")
    new = export_draft(build_speech(), tmp_path / "二稿.docx")
    assert main(["compare", str(old), str(new)]) == 0
    assert "比较：初稿.docx → 二稿.docx" in capsys.readouterr().out
