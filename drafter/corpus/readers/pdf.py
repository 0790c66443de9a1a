"""PDF files with a text layer: the glyphs of each page found with pdfminer, then laid into
lines and paragraphs by :mod:`drafter.corpus.readers.page_layout` (running headers and page
numbers removed, lines re-flowed), the layer the OFD reader shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from drafter.corpus.model import RawDocument, ReadError
from drafter.corpus.paper_jumps import Jumps
from drafter.corpus.readers.page_columns import next_page_number, page_regions
from drafter.corpus.readers.page_layout import bookmark_key, empty_page_warnings, layout_blocks
from drafter.corpus.readers.page_lines import Line
from drafter.corpus.readers.page_reflow import reflow
from drafter.corpus.readers.pdf_limits import pdf_budget
from drafter.corpus.readers.running_heads import is_page_number, strip_headers_footers

__all__ = ["is_page_number", "read_pdf", "reflow", "strip_headers_footers"]

# a face that sets words apart from a 仿宋 or 宋体 body: an editor's note (编者按) in 楷体,
# or italic
_SET_APART_FONT = re.compile(r"kai|楷|italic|oblique", re.IGNORECASE)


def _chars(container) -> Iterator:
    """Every LTChar of a page, also inside figures (forms, clipped groups)."""
    from pdfminer.layout import LTChar, LTContainer

    for item in container:
        if isinstance(item, LTChar):
            yield item
        elif isinstance(item, LTContainer):
            yield from _chars(item)


def _page_regions(
    layout, page_no: int, stats: dict[str, int], jumps: Jumps | None = None
) -> tuple[list[list[Line]], dict[str, str]]:
    """Visual lines of a page, built from characters grouped by baseline, in the regions
    the page is read in (one, unless it is set in columns), numbered from ``page_no`` on;
    with what a paper's masthead says of the page (:func:`newspaper_regions`).

    pdfminer's own line grouping splits a line wherever the font changes bounding box:
    Word's PDFs set quotes and digits in a Latin font, which then land on lines of their
    own. Grouping by the baseline (the text matrix, :func:`rows_to_lines`) keeps them in
    place. A page in columns is cut first (:func:`page_regions`): its columns share
    baselines, and a line read across ran into the next column's.
    """
    rows: list[tuple[float, float, float, float, str]] = []  # baseline, x0, x1, size, text
    apart: dict[int, bool] = {}  # id(row) -> the glyph is set apart (slanted or 楷体)
    for ch in _chars(layout):
        text = ch.get_text()
        stats["chars"] += 1
        if text == "\u3000" and ch.x1 - ch.x0 < 0.5 * (ch.size or 10.0):
            # a space a third of an em wide: a font's one space glyph mapped back to the
            # ideographic space (IPD 、IFS read as IPD\u3000、IFS), never one em wide
            text = " "
        if text.startswith("(cid:"):
            stats["unmapped"] += 1
            continue
        a, b, c, d, e, f = ch.matrix
        baseline = f if b == 0 and c == 0 else ch.y0
        size = ch.size or (ch.y1 - ch.y0) or 10.0
        row = (baseline, ch.x0, ch.x1, size, text)
        rows.append(row)
        apart[id(row)] = bool(c) or bool(_SET_APART_FONT.search(ch.fontname or ""))
    top, bottom = getattr(layout, "y1", 0.0), getattr(layout, "y0", 0.0)
    left, right = getattr(layout, "x0", None), getattr(layout, "x1", None)
    return page_regions(rows, apart, page_no, top, bottom, jumps, left, right)


def read_pdf(path: Path) -> RawDocument:
    """Read the text layer of a PDF; a scanned PDF without one is a clear error."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF" not in head:
        raise ReadError(f"{path.name}: not a PDF file (no PDF header)")
    pages: list[list[Line]] = []  # a page in columns: each of its regions a page
    sheets: list[list[Line]] = []  # the file's pages, for the warnings
    hints: dict[str, str] = {}
    stats = {"chars": 0, "unmapped": 0}
    jumps = Jumps()  # a speech a paper's page broke off, to be followed on a later page
    try:
        with pdf_budget(path.name), path.open("rb") as fh:
            document = PDFDocument(PDFParser(fh))
            manager = PDFResourceManager(caching=True)
            device = PDFPageAggregator(manager, laparams=None)
            interpreter = PDFPageInterpreter(manager, device)
            for page in PDFPage.create_pages(document):
                interpreter.process_page(page)
                regions, found = _page_regions(
                    device.get_result(), next_page_number(pages), stats, jumps
                )
                pages.extend(regions)
                sheets.append([ln for region in regions for ln in region])
                for key, value in found.items():
                    hints.setdefault(key, value)
            bookmarks = _bookmarks(document)
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ReadError(
            f"{path.name}: the PDF is encrypted (password protected); "
            "remove the password or import the original document"
        ) from exc
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on damaged files
        raise ReadError(f"{path.name}: not a valid PDF file (damaged or unreadable)") from exc
    if stats["chars"] and stats["unmapped"] > stats["chars"] // 2:
        raise ReadError(
            f"{path.name}: the PDF's text cannot be decoded (fonts without a Unicode map); "
            "it needs OCR, or import the original document"
        )
    if not sheets:
        raise ReadError(f"{path.name}: the PDF has no pages")
    warnings = empty_page_warnings(
        path.name,
        sheets,
        "the PDF has no text layer (a scanned document?); it needs OCR before Drafter can read it",
    )
    blocks = layout_blocks(pages, bookmarks)
    return RawDocument(str(path), "pdf", blocks, None, warnings, hints=hints)


def _bookmarks(document) -> dict[str, int]:
    """Heading levels from the PDF's bookmarks (Word exports headings as bookmarks).

    A paragraph whose whole text is a bookmark title is a heading of that level; this is
    the one place a PDF itself says what its headings are.
    """
    levels: dict[str, int] = {}
    try:
        for level, title, *_ in document.get_outlines():
            if isinstance(title, bytes):
                from pdfminer.utils import decode_text as decode_pdf_text

                title = decode_pdf_text(title)
            key = bookmark_key(str(title))
            if key and 1 <= level <= 9:
                levels.setdefault(key, level)
    except Exception:  # noqa: BLE001 - no outline, or a damaged one: no hints
        return {}
    return levels
