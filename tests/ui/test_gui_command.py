"""`drafter gui --screenshot` starts the real app offscreen, imports samples, saves a PNG."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from drafter.cli import build_parser
from drafter.library import Library

from .fakes import write_corpus


def test_gui_arguments_parse():
    args = build_parser().parse_args(
        ["gui", "--library", "L", "--open", "a.json", "--screenshot", "x.png"]
    )
    assert (args.library, args.open, args.screenshot) == ("L", "a.json", "x.png")


def test_screenshot_run_imports_samples_and_exits(tmp_path):
    samples = tmp_path / "samples"
    write_corpus(samples, 3)
    (samples / "README.md").write_text("# 示例说明\n", encoding="utf-8")
    shot = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DRAFTER_LIBRARY", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "drafter",
            "gui",
            "--library",
            str(tmp_path / "lib"),
            "--import-samples",
            str(samples),
            "--settings",
            str(tmp_path / "settings.toml"),
            "--screenshot",
            str(shot),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 600
    with Library.open(tmp_path / "lib", create=False) as lib:
        titles = [d.title for d in lib.documents()]
    assert len(titles) == 3  # the README is not a sample speech
    assert not (tmp_path / "settings.toml").exists()  # a screenshot run leaves no settings


def test_missing_file_is_a_one_line_error(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "drafter", "gui", "--open", str(tmp_path / "nope.docx")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "nope.docx" in result.stderr and "Traceback" not in result.stderr
