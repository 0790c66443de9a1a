"""``library frames`` (and the 结构 panel's tooltip) name a single year once: the bundled
samples' 三点意见, used in two speeches of 2025, read ``2025–2025``."""

from __future__ import annotations

from pathlib import Path

from drafter.cli import main

CORPUS = str(Path(__file__).resolve().parents[2] / "corpus")


def test_one_year_is_not_a_span(tmp_path, capsys):
    lib = str(tmp_path / "lib")
    assert main(["--library", lib, "library", "add", "--no-watch", CORPUS]) == 0
    capsys.readouterr()
    assert main(["--library", lib, "library", "frames"]) == 0
    out = capsys.readouterr().out
    assert "三点意见" in out
    lines = [x for x in out.splitlines() if "文种：" in x]
    assert lines and not any("2025–2025" in x for x in lines)
    assert any(x.rstrip().endswith("；2025") for x in lines)


def test_the_span_is_one_rule_for_the_report_and_the_panel():
    """``MinedStructure.year_span`` is what both print (the CLI's line, the panel's tooltip)."""
    from collections import Counter

    from drafter.commands.library_frames import _facets as line
    from drafter.study.mining import MinedStructure

    spans = {
        (): "年份不详",
        (2025, 2025): "2025",
        (2025, 2019, 2021): "2019–2025",
    }
    for years, span in spans.items():
        item = MinedStructure("frame", "三点意见", by_year=Counter(years))
        assert item.year_span == span
        assert line(item).endswith(f"；{span}")
