"""Convert the .docx to PDF with LibreOffice and check the rendered layout.

Skipped when ``soffice`` is not on PATH (scripts/bootstrap.sh installs it, CI too). The checks read the
PDF with pdfminer: page size, 22 lines a page at a 28.95 pt pitch, 28 characters on a
full line of body text, and the page numbers on the right of odd pages and the left
of even pages.
"""

from __future__ import annotations

import shutil

import pytest
from soffice import soffice_convert

from drafter.drafts.model import Draft, DraftMeta, DraftNode, DraftParagraph
from drafter.export import export_draft

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
]
MM = 72 / 25.4


def _long_speech() -> Draft:
    sentence = "办公室工作千头万绪，必须统筹兼顾、突出重点，做到忙而不乱、有条不紊。"
    sections = [
        DraftNode(
            f"第{i}部分的标题",
            paragraphs=[DraftParagraph(sentence * 6) for _ in range(3)],
        )
        for i in range(1, 4)
    ]
    return Draft(
        meta=DraftMeta(
            title="在全区办公室主任暨文秘业务培训会议上的讲话",  # 21 characters: 2 lines
            speaker="张三",
            post="区长",
            date="2025-11-24",
        ),
        opening=[DraftParagraph("同志们："), DraftParagraph(sentence)],
        sections=sections,
        closing=[DraftParagraph("谢谢大家！")],
    )


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    docx_path = export_draft(_long_speech(), folder / "speech.docx")
    result = soffice_convert([docx_path], "pdf", folder, timeout=180, check=False)
    out = folder / "speech.pdf"
    assert out.exists(), result.stderr
    return out


def _pages(pdf_path):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine

    pages = []
    for page in extract_pages(str(pdf_path)):
        lines = []
        for box in page:
            if isinstance(box, LTTextContainer):
                for line in box:
                    if isinstance(line, LTTextLine) and line.get_text().strip():
                        lines.append(line)
        pages.append((page, sorted(lines, key=lambda ln: -ln.y1)))
    return pages


def test_pdf_is_a4(pdf):
    pages = _pages(pdf)
    assert len(pages) >= 2
    for page, _lines in pages:
        assert abs(page.width - 210 * MM) < 1 and abs(page.height - 297 * MM) < 1


def test_pdf_has_22_lines_of_28_characters(pdf):
    page, lines = _pages(pdf)[1]  # a full page of body text
    body = [ln for ln in lines if ln.y0 > 35 * MM - 2]
    numbers = [ln for ln in lines if ln.y0 <= 35 * MM - 2]
    assert len(body) == 22
    tops = [ln.y1 for ln in body]
    gaps = [a - b for a, b in zip(tops, tops[1:])]
    assert all(abs(g - 28.95) < 0.3 for g in gaps), gaps
    full = [
        ln.get_text().strip()
        for ln in body
        if ln.x0 < 28 * MM + 2 and ln.x1 > page.width - 26 * MM - 17
    ]
    assert full and all(len(t) == 28 for t in full), full
    assert len(numbers) == 1


def test_pdf_page_numbers_odd_right_even_left(pdf):
    for index, (page, lines) in enumerate(_pages(pdf)[:2]):
        number = min(lines, key=lambda ln: ln.y0)
        assert number.get_text().strip().replace(" ", "") == f"—{index + 1}—"
        if index % 2 == 0:  # page 1: right, one character in from the type area
            assert abs((page.width - 26 * MM - 14) - number.x1) < 4
        else:
            assert abs((28 * MM + 14) - number.x0) < 4


def test_pdf_title_block_and_salutation(pdf):
    """The long title in two centred lines, the meeting's name whole and the longer line
    on top, speaker and date
    centred under it, the salutation 同志们： flush left and the opening indented 2 chars."""
    page, lines = _pages(pdf)[0]
    texts = [ln.get_text().strip().replace(" ", "").replace("\u3000", "") for ln in lines]
    assert texts[:4] == [
        "在全区办公室主任暨文秘业务培训会议",
        "上的讲话",
        "区长张三",
        "（2025年11月24日）",
    ], texts[:5]
    centre = 28 * MM + (210 - 28 - 26) * MM / 2
    for line in lines[:4]:
        assert abs((line.x0 + line.x1) / 2 - centre) < 4, line.get_text()
    salutation = lines[4]
    assert salutation.get_text().strip() == "同志们："
    assert abs(salutation.x0 - 28 * MM) < 2
    assert abs(lines[5].x0 - (28 * MM + 32)) < 3  # two 16 pt characters in
