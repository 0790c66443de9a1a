"""Scoring an outline against a hand-written expectation (shared by the gold and unseen tests)."""

from __future__ import annotations


def f1(expected: set, found: set) -> float:
    """F1 of two sets of headings; two empty sets agree perfectly."""
    if not expected and not found:
        return 1.0
    hits = len(expected & found)
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(expected)
    return 2 * precision * recall / (precision + recall)
