"""bench/frame_errors.py sorts misses and spurious frames into classes: checked on the speech
written for test_study_fixtures.py, against a gold changed on purpose (one frame the text never
counts, one frame the gold leaves out)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from bench_module import load_bench

from drafter.corpus.load import parse_text
from drafter.study.frames import model as frame_model
from drafter.study.frames import rule_frames
from drafter.study.layout import layout

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))

from test_study_fixtures import SPEECH  # noqa: E402


@pytest.fixture(scope="module")
def bench():
    return load_bench("frame_errors")


def _doc(bench, frames: list[dict]):
    lay = layout(parse_text(SPEECH, "speech.txt"))
    kept, rejected = rule_frames(lay)
    entry = {"file": "speech.txt", "frames": frames, "roadmap": []}
    return bench.study_logo.Doc(entry, lay, lay, kept, rejected, [])


def test_a_frame_the_text_never_counts_is_never_made(bench):
    gold = [
        {
            "phrase": "三点意见",
            "number": 3,
            "listed": True,
            "items": ["坚定理想信念", "提高本领", "严守纪律"],
        },
        {"phrase": "五项要求", "number": 5, "listed": False},
    ]
    rows = bench.classify_doc(_doc(bench, gold), frame_model.WEIGHTS, frame_model.THRESHOLD)
    misses = {r["phrase"]: r["class"] for r in rows if r["kind"] == "miss"}
    assert misses == {"五项要求": "never"}


def test_a_frame_the_gold_leaves_out_is_a_count_kept_by_the_rules(bench):
    gold = [
        {
            "phrase": "三点意见",
            "number": 3,
            "listed": True,
            "items": ["坚定理想信念", "提高本领", "严守纪律"],
        },
    ]
    rows = bench.classify_doc(_doc(bench, gold), frame_model.WEIGHTS, frame_model.THRESHOLD)
    spurious = {r["phrase"]: (r["class"], r["detail"]) for r in rows if r["kind"] == "spurious"}
    assert spurious["四勤"] == ("count", "rule:ordinals")
    assert not [r for r in rows if r["kind"] == "miss"]
