"""What the blind outline sets' floor tests measure (test_outline_gold_set6.py, _set7.py,
_set8.py, _set9.py): each set keeps its own figures of record, and the measuring and the tests
live here once."""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path

import pytest
from outline_scoring import apparatus_in_body, apparatus_kept, closing_right, f1, heading_set
from realforms import FORMS, expected_sections, load_source, write_form

from drafter.corpus import load_document, parse_text


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


def form_scores(paths: list[Path], form: str, shared: Path, tmp_path: Path) -> dict[str, float]:
    """Heading F1 of each document of a set re-expressed in one of the user's file forms."""
    scores = {}
    for path in paths:
        source = load_source(path, shared)
        doc = load_document(write_form(source, form, tmp_path))
        want = heading_set(expected_sections(source, form))
        scores[path.stem] = f1(want, heading_set(doc.outline.sections))
    return scores


@dataclass(frozen=True)
class SetFloors:
    """A blind set's figures of record, as floors: per-document heading F1, the set's mean,
    closings found, apparatus left in the body (a ceiling) and kept, and per-form mean F1."""

    documents: dict[str, float]
    mean: float
    closings: int
    in_body_ceiling: int
    kept: int
    forms: dict[str, float]


def every_form(floor: float, **others: float) -> dict[str, float]:
    """Per-form floors for :class:`SetFloors`: ``floor`` for every saved form of
    tests/corpus/realforms.py, and ``others`` by name for the forms whose figure differs. Why:
    most blind sets read alike in most forms, and sixteen equal lines per set hid the few
    that did not."""
    unknown = set(others) - set(FORMS)
    assert not unknown, f"no such form: {sorted(unknown)}"
    return {form: others.get(form, floor) for form in FORMS}


GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"


def floor_tests(prefix: str, figures: dict):
    """The four floor tests every blind set runs, bound to its files (``tests/gold/<prefix>*``)
    and to the figures its module names FLOORS, MEAN_FLOOR, CLOSING_RIGHT_FLOOR,
    APPARATUS_IN_BODY_CEILING, APPARATUS_KEPT_FLOOR and FORM_FLOORS (``figures`` is that
    module's ``globals()``).

    A set's test module assigns them to module names so pytest collects them; the figures
    stay in each module (its own blind record, a comment on each), the measuring and the
    wiring here once — each module used to repeat both the file glob and the mapping.
    """
    paths = sorted(GOLD_DIR.glob(f"{prefix}*.json"))
    floors = SetFloors(
        documents=figures["FLOORS"],
        mean=figures["MEAN_FLOOR"],
        closings=figures["CLOSING_RIGHT_FLOOR"],
        in_body_ceiling=figures["APPARATUS_IN_BODY_CEILING"],
        kept=figures["APPARATUS_KEPT_FLOOR"],
        forms=figures["FORM_FLOORS"],
    )

    def test_set_is_complete() -> None:
        assert sorted(p.stem for p in paths) == sorted(floors.documents)
        for path in paths:
            gold = gold_of(path)
            assert "closing" in gold and isinstance(gold["apparatus"], list), path.name

    @pytest.mark.parametrize("path", paths, ids=[p.stem for p in paths])
    def test_heading_f1_floor(path: Path, shared_dir: Path) -> None:
        score, want, got = heading_score(path, shared_dir)
        floor = floors.documents[path.stem]
        assert score >= floor, (
            f"F1 {score:.3f} < {floor}; missing {sorted(want - got)[:4]}; "
            f"extra {sorted(got - want)[:4]}"
        )

    def test_set_mean_and_bookends(shared_dir: Path) -> None:
        scores, closings, in_body, kept = set_totals(paths, shared_dir)
        assert statistics.mean(scores) >= floors.mean
        assert closings >= floors.closings
        assert in_body <= floors.in_body_ceiling
        assert kept >= floors.kept

    @pytest.mark.parametrize("form", FORMS)
    def test_forms_floor(form: str, shared_dir: Path, tmp_path: Path) -> None:
        """The set as Word files, saved pages and scraped text keeps its per-form F1 (the
        blind sets are kept out of test_realforms_gold.py's sample)."""
        scores = form_scores(paths, form, shared_dir, tmp_path)
        worst = sorted(scores.items(), key=lambda kv: kv[1])[:3]
        assert statistics.mean(scores.values()) >= floors.forms[form], worst

    return test_set_is_complete, test_heading_f1_floor, test_set_mean_and_bookends, test_forms_floor
