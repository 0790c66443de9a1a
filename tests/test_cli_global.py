"""Options given before the sub-command (``drafter --library DIR library list``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.cli import apply_global_options, build_parser, main

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "01_office_training_speech.txt"


@pytest.fixture
def no_env_library(monkeypatch, tmp_path):
    """A default library somewhere harmless, so a fallback would be visible."""
    monkeypatch.setenv("DRAFTER_LIBRARY", str(tmp_path / "default-lib"))
    return tmp_path / "default-lib"


def test_library_before_the_sub_command(tmp_path, capsys, no_env_library):
    lib = tmp_path / "lib"
    assert main(["--library", str(lib), "library", "add", str(SAMPLE)]) == 0
    capsys.readouterr()
    assert main(["--library", str(lib), "library", "list", "--json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert len(docs) == 1
    assert (lib).is_dir()
    assert not no_env_library.exists(), "the default library must not have been used"


def test_library_before_search_and_templates(tmp_path, capsys, no_env_library):
    lib = tmp_path / "lib"
    assert main(["--library", str(lib), "library", "add", str(SAMPLE)]) == 0
    capsys.readouterr()
    assert main(["--library", str(lib), "search", "培训", "--json", "--limit", "1"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert main(["--library", str(lib), "templates"]) == 0
    assert not no_env_library.exists()


def test_the_sub_command_option_wins(tmp_path, capsys, no_env_library):
    outer, inner = tmp_path / "outer", tmp_path / "inner"
    argv = ["--library", str(outer), "library", "--library", str(inner), "add", str(SAMPLE)]
    assert main(argv) == 0
    assert inner.is_dir() and not outer.exists()


def test_every_command_sees_args_library():
    """A command added later reads ``args.library`` and needs nothing else."""
    parser = build_parser()
    for argv in (["outline", "x.txt"], ["export", "x.json", "-o", "y.docx"], ["gui"]):
        args = apply_global_options(parser.parse_args(["--library", "/tmp/L", *argv]))
        assert args.library == "/tmp/L", argv
        assert not hasattr(args, "global_library")
    args = apply_global_options(parser.parse_args(["outline", "x.txt"]))
    assert args.library is None


def test_outline_and_export_take_a_library_document_id(tmp_path, capsys, no_env_library):
    """Where outline and export use the library: FILE may be an id from library list."""
    lib = tmp_path / "lib"
    assert main(["--library", str(lib), "library", "add", str(SAMPLE)]) == 0
    capsys.readouterr()
    assert main(["--library", str(lib), "library", "list", "--json"]) == 0
    doc_id = json.loads(capsys.readouterr().out)[0]["id"]
    assert main(["--library", str(lib), "outline", doc_id]) == 0
    assert "《" in capsys.readouterr().out
    out = tmp_path / "by-id.docx"
    assert main(["export", doc_id, "--library", str(lib), "-o", str(out)]) == 0
    assert out.exists()
    assert main(["--library", str(lib), "export", "0" * 12, "-o", str(out)]) == 2
    assert "资料库中没有这篇文稿" in capsys.readouterr().err
