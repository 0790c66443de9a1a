"""``drafter outline --json`` names each reading's file (ux78's walk): of several files the
list had no path, and readings without a title (null) could not be told apart — listing the
lowest-confidence texts of a folder meant pairing the list with the arguments by hand."""

from __future__ import annotations

import json

from drafter.cli import main


def test_each_outline_names_its_file(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DRAFTER_LIBRARY", str(tmp_path / "no-lib"))
    paths = []
    for name, words in (
        ("甲.txt", "一、加强学习\n要学习。\n二、狠抓落实\n要落实。"),
        ("乙.txt", "要学习。"),
    ):
        path = tmp_path / name
        path.write_text(words, encoding="utf-8")
        paths.append(str(path))
    assert main(["outline", "--json", *paths]) == 0
    readings = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in readings] == paths
    assert main(["outline", "--json", paths[0]]) == 0
    assert json.loads(capsys.readouterr().out)["file"] == paths[0]
