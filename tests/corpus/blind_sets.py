"""What the blind outline sets' floor tests measure (test_outline_gold_sets.py): each set keeps
its own figures of record as a row of that module's table, and the measuring lives here once."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from outline_scoring import apparatus_in_body, apparatus_kept, closing_right, f1, heading_set
from realforms import FORMS, expected_sections, load_source, write_form

from drafter.corpus import load_document, parse_text

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"


def gold_of(path: Path) -> dict:
    """A gold file's contents."""
    return json.loads(path.read_text(encoding="utf-8"))


def load_gold_source(gold: dict, shared: Path):
    """The document a gold file describes, read as the user's file would be."""
    path = shared / gold["source"]
    if path.suffix == ".txt":
        return parse_text(path.read_text(encoding="utf-8-sig"), gold["source"])
    return load_document(path)


def heading_score(path: Path, shared: Path) -> tuple[float, set, set]:
    """Level-1/2 heading F1 of one gold document, with the expected and found headings."""
    gold = gold_of(path)
    doc = load_gold_source(gold, shared)
    want, got = heading_set(gold["sections"]), heading_set(doc.outline.sections)
    return f1(want, got), want, got


def set_totals(paths: list[Path], shared: Path) -> tuple[list[float], int, int, int]:
    """Per-document F1, closings starting where the gold says, gold apparatus items left in
    the body, and apparatus items kept with the document, over a whole set."""
    scores, closings, in_body, kept = [], 0, 0, 0
    for path in paths:
        gold = gold_of(path)
        doc = load_gold_source(gold, shared)
        scores.append(f1(heading_set(gold["sections"]), heading_set(doc.outline.sections)))
        paragraphs = [p.text for p in doc.paragraphs()]
        source = (shared / gold["source"]).read_text(encoding="utf-8-sig")
        closings += bool(closing_right(gold, doc.outline.closing, paragraphs, source))
        texts = [*paragraphs, doc.metadata.title or ""]
        in_body += len(apparatus_in_body(gold, texts))
        kept += apparatus_kept(
            gold, {**doc.apparatus.to_json(), "metadata_source": doc.metadata.source}
        )[0]
    return scores, closings, in_body, kept


@cache
def _source(path: Path, shared: Path):
    """A gold document cut into paragraphs (realforms.load_source), once per test process.
    Why: each set is scored in sixteen forms, each its own test, and cutting the same text
    sixteen times was a tenth of their cost; nothing writing a form changes the source."""
    return load_source(path, shared)


def form_scores(paths: list[Path], form: str, shared: Path, tmp_path: Path) -> dict[str, float]:
    """Heading F1 of each document of a set re-expressed in one of the user's file forms."""
    scores = {}
    for path in paths:
        source = _source(path, shared)
        doc = load_document(write_form(source, form, tmp_path))
        want = heading_set(expected_sections(source, form))
        scores[path.stem] = f1(want, heading_set(doc.outline.sections))
    return scores


@dataclass(frozen=True)
class BlindSet:
    """One row of the blind outline sets' table (test_outline_gold_sets.py): a set's files and
    its figures of record, as floors. Why a row and not a module: every set asserts the same
    things with its own numbers, and a module a set repeated the wiring nineteen times; adding
    a released set is adding a row.

    ``prefix`` names the set's gold files (``tests/gold/<prefix>*.json``); ``documents`` the
    level-1/2 heading F1 floor of each of them (every file, no other); ``mean`` the set's mean
    F1 floor; ``closings`` the floor on closings starting at the gold's own paragraph;
    ``in_body_ceiling`` the most gold apparatus items still allowed in the body; ``kept`` the
    floor on apparatus items kept with the document; ``forms`` the mean F1 floor per form of
    tests/corpus/realforms.py (:func:`every_form`); ``xfails`` the documents still below the
    issue's 0.8, with the reason (test_outline_gold.py's KNOWN_WRONG reads them)."""

    prefix: str
    documents: dict[str, float]
    mean: float
    closings: int
    in_body_ceiling: int
    kept: int
    forms: dict[str, float]
    xfails: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The set as test ids name it: ``heldout6_`` -> ``set6``."""
        return "set" + self.prefix.removeprefix("heldout").rstrip("_")

    @property
    def paths(self) -> list[Path]:
        """The set's gold files, sorted."""
        return sorted(GOLD_DIR.glob(f"{self.prefix}*.json"))


def every_form(floor: float, **others: float) -> dict[str, float]:
    """Per-form floors for :class:`BlindSet`: ``floor`` for every saved form of
    tests/corpus/realforms.py, and ``others`` by name for the forms whose figure differs. Why:
    most blind sets read alike in most forms, and sixteen equal lines per set hid the few
    that did not."""
    unknown = set(others) - set(FORMS)
    assert not unknown, f"no such form: {sorted(unknown)}"
    return {form: others.get(form, floor) for form in FORMS}
