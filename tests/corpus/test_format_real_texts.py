"""Real gold texts in one form of tests/corpus/realforms.py each, where the form read worse
than the text as it lies until a rule for that form's class of loss (fm1, issue 8). Each
pair must now read as its source's gold (F1 1.0). The text is read from ../shared at test
time and skipped without it; nothing of it is in the project."""

from __future__ import annotations

from pathlib import Path

import pytest
from outline_scoring import f1, heading_set
from realforms import expected_sections, load_source, write_form

from drafter.corpus import load_document, parse_text

GOLD = Path(__file__).resolve().parent.parent / "gold"

PAIRS = [
    # a bold point line announcing its plain items (…予以以下支持： / …要从以下几个方面
    # 入手：) beside bold sibling points (drafter/corpus/emphasis.py, _heads_its_items)
    ("heldout26_ren_20070409", "docx_boldlead"),
    ("heldout26_ren_20070409", "html_boldlead"),
    ("dev28_ren_20130627", "docx_boldlead"),
    ("dev28_ren_20130627", "html_boldlead"),
    # a style level's runs of 一是… taken run by run, a plain member with them
    # (drafter/corpus/styled.py, _run_through)
    ("heldout_gwr_national_1999", "docx_styles"),
]
# pairs whose text as it lies falls short of its gold too: the form must read as well
AS_WELL = [
    ("heldout9_gwr_national_2002", "docx_styles"),
    ("heldout7_gwr_national_2001", "docx_styles"),
]


@pytest.mark.parametrize(("name", "form"), PAIRS, ids=[f"{n}-{f}" for n, f in PAIRS])
def test_real_text_in_its_form_reads_as_its_gold(
    name: str, form: str, shared_dir: Path, tmp_path: Path
) -> None:
    """The text written in ``form`` gives the gold's level-1/2 headings."""
    source = load_source(GOLD / f"{name}.json", shared_dir)
    doc = load_document(write_form(source, form, tmp_path))
    want = heading_set(expected_sections(source, form))
    assert f1(want, heading_set(doc.outline.sections)) == 1.0


@pytest.mark.parametrize(("name", "form"), AS_WELL, ids=[f"{n}-{f}" for n, f in AS_WELL])
def test_real_text_in_its_form_reads_as_well_as_the_text(
    name: str, form: str, shared_dir: Path, tmp_path: Path
) -> None:
    """The text written in ``form`` gives the gold's headings at least as well as the
    text as it lies (a .txt source)."""
    source = load_source(GOLD / f"{name}.json", shared_dir)
    text = (shared_dir / source.gold["source"]).read_text(encoding="utf-8-sig")
    base = parse_text(text, source.gold["source"])
    doc = load_document(write_form(source, form, tmp_path))
    want = heading_set(expected_sections(source, form))
    have = f1(want, heading_set(doc.outline.sections))
    assert have >= f1(heading_set(source.gold["sections"]), heading_set(base.outline.sections))
