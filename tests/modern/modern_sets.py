"""Scoring a set of modern fixtures (tests/modern, tests/modern_blind2, modern_blind3,
modern_blind4, modern_blind5, modern_blind6, modern_blind7, modern_blind8, modern_blind9,
modern_blind10, modern_blind11, modern_blind12, modern_blind13, modern_blind14, modern_blind15,
modern_blind16, modern_blind17) for its floors test.

The scoring is bench/modern_quality.py's, which uses the gold tests' own scorers; it is
loaded here once so that each set's test module holds only its figures of record.
"""

from __future__ import annotations

from pathlib import Path

from bench_module import load_bench

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    """bench/modern_quality.py as a module (bench/ is not a package)."""
    return load_bench("modern_quality")


def score_set(folder: Path, unread: frozenset[str] = frozenset()) -> tuple[dict[str, dict], dict]:
    """(outline rows by name, set summary) of the fixtures in ``folder``: every document
    read (a read error fails the caller's test, it is not skipped), except exactly the
    fixtures named in ``unread`` — those a blind score could not read, kept at their record
    until a fix reads them; one read then fails here so its floors are raised with it."""
    bench = _bench()
    rows = bench.outline_rows(folder)
    score, road, errors = bench.study_scores(folder)
    failed = {e.split(":", 1)[0].rsplit(".", 1)[0] for e in errors}
    assert failed == set(unread), errors or f"read now, raise the floors: {sorted(unread)}"
    return {r["name"]: r for r in rows}, bench.summary(rows, score, road)


def check_every_fixture_has_gold(
    rows: dict[str, dict], names, unread: frozenset[str] = frozenset()
) -> None:
    """Every fixture of the set was scored against a gold file of its own and read without
    error (but for exactly the ``unread`` ones of score_set): the first check of each set's
    floors, so that a fixture dropped or unreadable fails it by name instead of quietly
    raising or lowering the set's figures."""
    assert set(rows) == set(names), sorted(set(rows) ^ set(names))
    for name, r in rows.items():
        assert ("error" in r) == (name in unread), r


def check_outline_f1_floor(rows: dict[str, dict], name: str, floor: float) -> None:
    """Fixture ``name``'s outline F1 is at least ``floor`` (the row shown when it is not)."""
    assert rows[name]["f1"] >= floor, rows[name]


# Figures where more is worse: their value in a floors table is a ceiling.
CEILINGS = frozenset({"wrongly_listed"})


def check_floors(summary: dict, floors: dict[str, float]) -> None:
    """Every figure of ``summary`` is at least its floor (at most, for CEILINGS), all checked
    together: a set's floors table is its figures of record, and a regression that lowers
    several of them at once should show every one it lowered, not only the first."""
    short = {
        name: (summary[name], bound)
        for name, bound in floors.items()
        if (summary[name] > bound if name in CEILINGS else summary[name] < bound)
    }
    assert not short, f"(found, floor) of the figures below their record: {short}"
