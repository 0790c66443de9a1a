"""bench/frame_split.py splits the speech texts of the frames gold into a development half (whose
misses may be read) and a check half (only counted) by a rule fixed before any miss was read: the
SHA-1 of the source path, the rule bench/closing_split.py uses for closings. Checked without
../shared: the rule is the closings' one for every gold path, a text keeps its half in every gold
file, and both halves hold speeches of both authors."""

from __future__ import annotations

import json
from pathlib import Path

from bench_module import load_bench

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "study" / "gold"


def _speech_paths() -> list[str]:
    paths = []
    for path in sorted(GOLD.glob("study_*.json")):
        for entry in json.loads(path.read_text("utf-8")):
            if "frames" in entry and "speeches/" in entry["file"]:
                paths.append(entry["file"])
    return paths


def test_halves_follow_the_closing_split() -> None:
    """Every speech of the frames gold falls in the half closing_split.py gives its path, so a
    text read as development for one bench is development for the other."""
    frames, closings = load_bench("frame_split"), load_bench("closing_split")
    paths = _speech_paths()
    assert len(paths) > 300
    assert all(frames.half(p) == closings.half(p) for p in paths)


def test_both_halves_hold_both_authors() -> None:
    """The fixed rule leaves neither half empty of mao/ or ren/ speeches (the split is of texts,
    blind to their content, and large enough to judge a rule on either half)."""
    frames = load_bench("frame_split")
    paths = set(_speech_paths())
    for author in ("speeches/mao/", "speeches/ren/"):
        halves = [frames.half(p) for p in paths if author in p]
        assert halves.count("dev") >= 0.35 * len(halves)
        assert halves.count("check") >= 0.35 * len(halves)


def test_drift_names_the_farthest_weight() -> None:
    """--compare judges a refit by the shipped weight farthest from the full fit: none when the
    fit is what ships, else that feature and its distance (the bench exits 1 above tolerance)."""
    from drafter.study.frames import model as frame_model

    frames = load_bench("frame_split")
    assert frames.drift(dict(frame_model.WEIGHTS))[1] == 0.0
    moved = {**frame_model.WEIGHTS, "two": frame_model.WEIGHTS["two"] + 0.3}
    name, far = frames.drift(moved)
    assert name == "two" and abs(far - 0.3) < 1e-9


def _score(gold: int, found: int, right: int):
    frames = load_bench("frame_split")
    score = frames.Score()
    score.gold_frames, score.found_frames, score.matched = gold, found, right
    return score


def test_operating_point_is_picked_on_the_development_half() -> None:
    """--operating-point picks the highest cut whose development-half recall reaches the bar
    (recall is the issue's first bar); when none does, the cut keeping most right frames for
    fewest wrong ones, ties to the higher cut — the check half never enters the pick."""
    frames = load_bench("frame_split")
    dev = {0.2: _score(100, 120, 91), 0.3: _score(100, 110, 90), 0.4: _score(100, 100, 89)}
    assert frames.pick_cut(dev, 0.9) == 0.3
    assert frames.pick_cut(dev, 0.95) == 0.4  # none reaches: 89 right of 100 found is best
    even = {0.3: _score(100, 102, 90), 0.4: _score(100, 100, 89)}
    assert frames.pick_cut(even, 0.95) == 0.4  # 2*90-102 == 2*89-100: the higher cut


def test_a_picked_cut_ships_only_on_more_recall_at_the_precision_bar() -> None:
    """A cut picked on the development half replaces the shipped one only when, on the check
    half, recall rises and precision stays at the bar (session 43, the weights of 45795d0d: cut 0.2
    raised check recall 0.889 -> 0.910 at precision 0.860, below 0.87, so it did not ship)."""
    frames = load_bench("frame_split")
    now = _score(542, 538, 482)
    assert not frames.ships(now, _score(542, 573, 493), 0.87)  # recall up, precision 0.860
    assert frames.ships(now, _score(542, 545, 488), 0.87)  # recall up, precision 0.895
    assert not frames.ships(now, _score(542, 530, 480), 0.87)  # precision up, recall down
