"""The gold benches skip a gold file whose source is held out for blind scoring.

bench/format_robustness.py and bench/outline_quality.py read every gold file in tests/gold;
two of those name sources the session's hold-out lists, and both benches read (and the
first printed, when weak) them until they asked tests/holdout.py. Real gold and ../shared:
skipped without it."""

from __future__ import annotations

import json
from pathlib import Path

from bench_module import load_bench

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"


def test_held_out_gold_is_not_read(shared_dir, tmp_path, monkeypatch) -> None:
    """A hold-out list naming one gold file's source: both benches leave that file out,
    and read it again once the list no longer names it."""
    gold = GOLD / "dev28_ren_20171019.json"
    source = json.loads(gold.read_text("utf-8"))["source"]
    listing = tmp_path / "HOLDOUT.txt"
    listing.write_text(source + "\n", "utf-8")
    monkeypatch.setenv("DRAFTER_HOLDOUT", str(listing))
    robustness, quality = load_bench("format_robustness"), load_bench("outline_quality")
    assert robustness.run([], 0, 8, False, gold.name)["documents"] == 0
    assert quality.gold_scores(gold.name) == []
    listing.write_text("", "utf-8")
    assert robustness.run([], 0, 8, False, gold.name)["documents"] == 1
    assert [r["name"] for r in quality.gold_scores(gold.name)] == [gold.stem]
