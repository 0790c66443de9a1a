"""Openings, closings and transitions on real texts from ../shared against hand-made gold
(tests/study/gold/study_bookends.json: 14 texts chosen by a seeded shuffle — 3 seeds, 6 ren/,
2 mao/, 3 reports — whose gold was written before the analysis ran on them; see the README
there). The bars hold the level reached after the rules were fixed by class, so a change
that loses a boundary, a label or a transition fails here. Blind figures, before those
fixes, are in the README. bench/study_bookends_quality.py prints the same figures per group.
"""

from __future__ import annotations

import pytest
from bookends_scoring import BOOKENDS_FILE, assert_floors, gold_counts, gold_figures


@pytest.fixture(scope="module")
def figures() -> dict:
    return gold_figures(BOOKENDS_FILE)


def test_gold_covers_fourteen_texts_with_parts_and_transitions():
    counts = gold_counts(BOOKENDS_FILE)
    assert counts["texts"] == 14
    assert counts["opening_parts"] >= 15
    assert counts["transitions"] >= 8
    assert counts["no_closing"] >= 4  # texts that end on a section


def test_boundaries_within_a_sentence(figures):
    assert_floors(figures, opening_boundary=0.9, closing_boundary=0.85)


def test_type_labels(figures):
    assert_floors(figures, opening_type=0.9, closing_type=0.85)


def test_parts_found_and_labelled(figures):
    assert_floors(figures, parts_recall=0.8, parts_labels=0.8, parts_precision=0.95)


def test_transitions(figures):
    assert_floors(figures, transition_recall=0.85, transition_precision=0.95)
