"""Real gold documents in the forms users have them: Word, saved web pages, scraped text.

Each gold document's source is read from ../shared at test time and written as a .docx
(headings styled, auto-numbered, bulleted, bold, typed after a soft line break, an official
layout), a saved .html/.mhtml page with a government site's chrome, and a scraped GBK .txt
with hard line breaks (tests/corpus/realforms.py). Each form must give the outline, title,
date and body the source gives: mean heading F1 within a small margin of the source's on
the same documents, no document far below its source, titles and dates right, no site
chrome or editor's note in the body, no paragraph of the source lost to broken lines.
Skipped when ../shared is absent. A sample of the gold files keeps the run short;
``bench/format_robustness.py`` runs them all.
"""

from __future__ import annotations

import random
import statistics
from functools import cache
from pathlib import Path

import pytest
from outline_scoring import f1, heading_set
from realforms import (
    CHROME_TEXTS,
    FORMS,
    expected_sections,
    load_source,
    norm,
    write_form,
    wrong_titles_and_dates,
)
from test_outline_gold_sets import BLIND_SETS

from drafter.corpus import load_document, parse_text

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"
SAMPLE = 30
# blind sets with their own per-form floors (the rows of test_outline_gold_sets.py, each
# row's prefix here as soon as it is added); kept out of the sample so that it stays the one
# drawn from the older gold files (dev20_ and dev28_: the surveys' development gold, f8-survey
# and ol7, kept out so the sample stays as drawn; dev48_, ol51's, likewise)
OWN_FLOORS = ("dev20_", "dev28_", "dev48_", *(s.prefix for s in BLIND_SETS))
MARGIN = 0.03  # mean F1 of a form may fall this far below the source's
FAR_BELOW = 0.25  # no single document may fall this far below its source

# Forms still weaker than the source, with the reason (reported, not hidden).
# (test, form) pairs known to fall short, as non-strict xfails with the reason; empty
# since bullet sub-headings no longer take the top level from part titles (f8-docx)
KNOWN_WEAK: dict[tuple[str, str], str] = {}


def _sample(shared: Path) -> list[Path]:
    import json

    paths = [
        p
        for p in sorted(GOLD_DIR.glob("*.json"))
        if (shared / json.loads(p.read_text(encoding="utf-8"))["source"]).is_file()
        and not p.name.startswith(OWN_FLOORS)
    ]
    return sorted(random.Random(8).sample(paths, min(SAMPLE, len(paths))))


@cache
def _source(path: Path, shared: Path):
    source = load_source(path, shared)
    src = shared / source.gold["source"]
    if src.suffix == ".txt":
        base = parse_text(src.read_text(encoding="utf-8-sig"), source.gold["source"])
    else:
        base = load_document(src)
    return source, base


def _base_f1(source, base) -> float:
    return f1(heading_set(source.gold["sections"]), heading_set(base.outline.sections))


_READ: dict[str, list] = {}


@pytest.fixture(params=FORMS)
def form_results(request, shared_dir: Path, tmp_path_factory):
    """(form, [(source, source read as it lies, the form read back)]); each form is
    written and read once for all the tests of this module."""
    form = request.param
    test = request.node.name.split("_")[1]  # test_outline_… -> "outline"
    if (test, form) in KNOWN_WEAK:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_WEAK[test, form], strict=False))
    if form not in _READ:
        folder = tmp_path_factory.mktemp(form)
        rows = []
        for path in _sample(shared_dir):
            source, base = _source(path, shared_dir)
            rows.append((source, base, load_document(write_form(source, form, folder))))
        _READ[form] = rows
    return form, _READ[form]


def test_outline_as_good_as_from_the_source(form_results) -> None:
    form, rows = form_results
    scores = {
        s.name: (
            f1(heading_set(expected_sections(s, form)), heading_set(d.outline.sections)),
            _base_f1(s, b),
        )
        for s, b, d in rows
    }
    got = statistics.mean(v[0] for v in scores.values())
    want = statistics.mean(v[1] for v in scores.values())
    worst = sorted(scores.items(), key=lambda kv: kv[1][0] - kv[1][1])[:4]
    assert got >= want - MARGIN, f"{form}: mean F1 {got:.3f} vs source {want:.3f}; {worst}"
    far = {k: v for k, v in scores.items() if v[0] < v[1] - FAR_BELOW}
    assert not far, f"{form}: far below the source: {far}"


def test_title_and_date_right(form_results) -> None:
    form, rows = form_results
    wrong = wrong_titles_and_dates(rows)
    assert not wrong, f"{form}: {wrong[:5]}"


def test_no_chrome_or_notes_in_body(form_results) -> None:
    form, rows = form_results
    left = []
    for s, b, d in rows:
        base_texts = {p.text for p in b.paragraphs()}
        notes = [norm(u.text)[:30] for u in s.units if u.kind == "quote"]
        for p in d.paragraphs():
            if p.text in base_texts:
                continue
            if any(c in p.text for c in CHROME_TEXTS) or any(n in norm(p.text) for n in notes):
                left.append((s.name, p.text[:40]))
    assert not left, f"{form}: {left[:5]}"


def test_no_paragraph_lost_to_broken_lines(form_results) -> None:
    """Every body paragraph of the source is a whole paragraph of the form (lines broken
    mid-sentence re-joined, none glued to its neighbour), allowing 2% for headings read
    otherwise."""
    form, rows = form_results
    lost, total = [], 0
    for s, b, d in rows:
        have = {norm(p.text) for p in d.paragraphs()}
        for p in b.paragraphs():
            t = norm(p.text)
            if p.is_heading or len(t) <= 10:
                continue
            total += 1
            if t not in have:
                lost.append((s.name, p.text[:30]))
    assert len(lost) <= 0.02 * total, f"{form}: {len(lost)}/{total} lost: {lost[:4]}"


def test_closing_found_as_from_the_source(form_results) -> None:
    form, rows = form_results
    missed = [s.name for s, b, d in rows if b.outline.closing and not d.outline.closing]
    assert not missed, f"{form}: closing lost in {missed}"
