"""Every command's error line starts ``drafter：`` (the full-width colon of the Chinese lines) and
bad input ends with status 2: ``library edit`` of a document not in the library said
``drafter: nope: …`` and ended with 1, ``study --rate 5`` said ``drafter: 语速…``."""

from __future__ import annotations

from pathlib import Path

from drafter.cli import main

CORPUS = str(Path(__file__).resolve().parents[2] / "corpus")


def test_library_edit_of_an_unknown_document(tmp_path, capsys):
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", "--no-watch", CORPUS]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "library", "edit", "不存在", "--title", "甲"]) == 2
    assert capsys.readouterr().err.strip() == "drafter：不存在：资料库里没有这篇文档"


def test_study_with_an_unreasonable_rate(capsys):
    assert main(["study", f"{CORPUS}/01_office_training_speech.txt", "--rate", "5"]) == 2
    assert capsys.readouterr().err.startswith("drafter：语速 5 字/分钟不合理")
