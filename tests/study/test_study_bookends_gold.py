"""Openings, closings and transitions on real texts from ../shared against hand-made gold
(tests/study/gold/study_bookends.json: 14 texts chosen by a seeded shuffle — 3 seeds, 6 ren/,
2 mao/, 3 reports — whose gold was written before the analysis ran on them; see the README
there). The bars hold the level reached after the rules were fixed by class, so a change
that loses a boundary, a label or a transition fails here. Blind figures, before those
fixes, are in the README. bench/study_bookends_quality.py prints the same figures per group.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bookends_scoring import BookendScore, load_bookends, score_bookends

from drafter.corpus.load import load_document
from drafter.study import analyze
from drafter.study.layout import layout

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def figures() -> dict:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: the bookend gold needs the real texts beside the project")
    score = BookendScore()
    for entry in load_bookends():
        path = SHARED / entry["file"]
        if not path.exists():
            pytest.skip(f"{path} is missing from ../shared")
        doc = load_document(path)
        score_bookends(entry, analyze(doc), layout(doc), score)
    return score.figures()


def test_gold_covers_fourteen_texts_with_parts_and_transitions():
    entries = load_bookends()
    assert len(entries) == 14
    assert sum(len(e["opening"]["parts"]) for e in entries) >= 15
    assert sum(len(e["transitions"]) for e in entries) >= 8
    assert sum(e["closing"] is None for e in entries) >= 4  # texts that end on a section


def test_boundaries_within_a_sentence(figures):
    assert figures["opening_boundary"] >= 0.9, figures
    assert figures["closing_boundary"] >= 0.85, figures


def test_type_labels(figures):
    assert figures["opening_type"] >= 0.9, figures
    assert figures["closing_type"] >= 0.85, figures


def test_parts_found_and_labelled(figures):
    assert figures["parts_recall"] >= 0.8, figures
    assert figures["parts_labels"] >= 0.8, figures
    assert figures["parts_precision"] >= 0.95, figures


def test_transitions(figures):
    assert figures["transition_recall"] >= 0.85, figures
    assert figures["transition_precision"] >= 0.95, figures
