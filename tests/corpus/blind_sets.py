"""What the blind outline sets' floor tests measure (test_outline_gold_set6.py, _set7.py):
each set keeps its own figures of record, and the measuring lives here once."""

from __future__ import annotations

import json
from pathlib import Path

from outline_scoring import apparatus_in_body, apparatus_kept, closing_right, f1, heading_set
from realforms import expected_sections, load_source, write_form

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
        closings += bool(closing_right(gold, doc.outline.closing))
        texts = [p.text for p in doc.paragraphs()] + [doc.metadata.title or ""]
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
