"""Scoring an outline against a hand-written expectation (shared by the gold and unseen tests
and bench/outline_quality.py, so the benchmark reports what the tests assert on)."""

from __future__ import annotations

import re

_IGNORED = re.compile(r"\[\d+\]|[\s\u3000]+")


def f1(expected: set, found: set) -> float:
    """F1 of two sets of headings; two empty sets agree perfectly."""
    if not expected and not found:
        return 1.0
    hits = len(expected & found)
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(expected)
    return 2 * precision * recall / (precision + recall)


def norm_heading(text: str) -> str:
    """A heading as compared: spaced characters (结　论) and note marks ([3]) do not count."""
    return _IGNORED.sub("", text)


def heading_set(sections: list, max_level: int = 2) -> set[tuple[int, str]]:
    """(level, marker + heading) of every heading down to ``max_level``; ``sections`` are
    gold-file dicts or :class:`~drafter.corpus.model.Section` objects."""
    out: set[tuple[int, str]] = set()

    def visit(s) -> None:
        d = s if isinstance(s, dict) else s.to_json()
        if d["level"] <= max_level:
            out.add((d["level"], norm_heading(d["marker"] + d["heading"])))
        for child in d.get("children", []):
            visit(child)

    for s in sections:
        visit(s)
    return out
