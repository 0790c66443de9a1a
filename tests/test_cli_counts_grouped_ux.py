"""The CLI writes a count of characters as the app does, in thousands (10,048 字): ux43's
walk read 10048 字 from drafter study and drafter library beside 10,048 in the window."""

from __future__ import annotations

import shutil
from pathlib import Path

from drafter.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_study_and_library_write_counts_in_thousands(tmp_path, capsys):
    path = CORPUS / "01_office_training_speech.txt"
    assert main(["study", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    total = next(line for line in out if line.startswith("全文 "))
    number = total.split()[1]
    assert "," in number and int(number.replace(",", "")) >= 1000, total
    folder = tmp_path / "稿件"
    folder.mkdir()
    shutil.copy(path, folder / path.name)
    lib = tmp_path / "lib"
    assert main(["--library", str(lib), "library", "add", str(folder)]) == 0
    capsys.readouterr()
    assert main(["--library", str(lib), "library", "list"]) == 0
    listed = capsys.readouterr().out
    assert f" {total.split()[1]} 字" in listed, listed
    assert main(["--library", str(lib), "library", "info"]) == 0
    info = capsys.readouterr().out
    assert f"段，{number} 字" in info, info
