"""PDFs as an office prints them from Word: real ../shared speeches set in the official
layout (tests/docx_builder.py) with a running header (the unit's name and the document's
title), Word footnotes at the page foot (numbered ①, 1 or [1]), a page number (— 3 —,
第 3 页 共 9 页, -3-) and a table, printed to PDF by LibreOffice and read back.

The PDF must read as the Word file it was printed from: the same outline and body
paragraphs (a paragraph going on over a page keeps going past the page's footnotes), the
footnotes taken aside as notes with their marks out of the body, no header or page number
in the text, a table's rows kept apart. Skipped without ../shared or LibreOffice.
"""

from __future__ import annotations

from pathlib import Path

import docx_builder as B
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from outline_scoring import f1, heading_set
from realforms import load_source, norm
from soffice import soffice_convert

from drafter.corpus import load_document

GOLD = Path(__file__).resolve().parent.parent / "gold"
SHARED = GOLD.parent.parent.parent / "shared"
UNIT = "某某县人民政府办公室"
# footnotes of our own (the speeches have none): what an office notes under a page
NOTES = (
    "参见《某某县统计年鉴》有关数据。",
    "此处数据截至上年年底，下同。",
    "这里指全县各乡镇和县直各部门。",
)
TABLE = (
    ("指标", "目标", "完成"),
    ("地区生产总值", "8%", "8.2%"),
    ("一般公共预算收入", "6%", "6.5%"),
)
# (gold document, page number (before, after, total), footnote marks)
CASES = (
    ("dev28_ren_20130627", ("— ", " —", None), "circle"),
    ("dev28_ren_20150116", ("第 ", "", " 页 共 {N} 页"), "decimal"),
    ("speech_ren_19960811", ("-", "-", None), "bracket"),
)


def _office_docx(source, path: Path, page, mark) -> int:
    """``source`` as an office's Word file; returns how many footnotes it holds."""
    d = B.new_doc()
    section = d.sections[0]
    section.header.paragraphs[0].text = f"{UNIT}\t\t{(source.title or '')[:14]}"
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    B.page_field(footer, *page)
    notes = B.Footnotes(d, mark)
    body = 0
    for u in source.units:
        text = u.text.strip()
        if u.kind == "title":
            B.title(d, text)
        elif u.kind == "heading" and u.level == 1:
            B.h_typed(d, text)
        elif u.kind == "heading":
            p = d.add_paragraph()
            B.body_fmt(p)
            B.font(p.add_run(text), B.KT, 16)
        else:
            p = B.para(d, text)
            body += 1
            if body % 4 == 2 and len(text) > 40:
                notes.add(p, NOTES[len(notes.items) % len(NOTES)])
            if body == 5:
                table = d.add_table(rows=len(TABLE), cols=3)
                table.style = "Table Grid"
                for r, row in enumerate(TABLE):
                    for c, value in enumerate(row):
                        table.rows[r].cells[c].text = value
    notes.save()
    d.save(str(path))
    return len(notes.items)


@pytest.fixture(scope="module")
def office_pdfs(tmp_path_factory):
    """[(name, the Word file read, the PDF read, footnotes)], printed in one LibreOffice
    run."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: the office PDFs are made from its speeches")
    shared_dir = SHARED
    folder = tmp_path_factory.mktemp("office_pdf")
    made = []
    for name, page, mark in CASES:
        source = load_source(GOLD / f"{name}.json", shared_dir)
        path = folder / f"{name}.docx"
        made.append((name, path, _office_docx(source, path, page, mark)))
    soffice_convert([p for _, p, _ in made], "pdf", folder, timeout=300)
    return [
        (name, load_document(path), load_document(path.with_suffix(".pdf")), count)
        for name, path, count in made
    ]


@pytest.mark.slow
def test_the_pdf_reads_as_the_word_file_it_was_printed_from(office_pdfs):
    for name, word, pdf, _ in office_pdfs:
        # the same outline
        want = heading_set(word.outline.sections)
        assert f1(want, heading_set(pdf.outline.sections)) == 1.0, name
        # every body paragraph whole: none cut at a page's foot by the notes under it
        have = {norm(p.text) for p in pdf.paragraphs()}
        lost = [p.text[:30] for p in word.paragraphs() if norm(p.text) not in have]
        assert not lost, (name, lost)


@pytest.mark.slow
def test_footnotes_header_and_page_numbers_stay_out_of_the_body(office_pdfs):
    for name, _, pdf, count in office_pdfs:
        texts = [p.text for p in pdf.paragraphs()]
        assert not [t for t in texts if any(n in t for n in NOTES)], name
        assert not [t for t in texts if UNIT in t or "共" in t and "页" in t[-4:]], name
        assert len(pdf.apparatus.endnotes) == count, (name, pdf.apparatus.endnotes)
        assert all(any(n in e for n in NOTES) for e in pdf.apparatus.endnotes), name
        # the marks out of the words (…管理2 / …管理[2] read as the speech's)
        assert not [t for t in texts if "[" in t and "]" in t], name


@pytest.mark.slow
def test_a_tables_rows_stay_apart(office_pdfs):
    for name, _, pdf, _ in office_pdfs:
        texts = [norm(p.text) for p in pdf.paragraphs()]
        for row in TABLE:
            assert "".join(row) in texts, (name, row)
