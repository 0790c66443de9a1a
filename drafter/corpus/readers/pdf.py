"""PDF files with a text layer: lines per page, running headers and page numbers removed,
lines re-flowed into paragraphs.

A PDF has no paragraphs, only positioned lines. A line that runs to the right margin
continues in the next line; a short line, an indented next line, a wider gap or a change
of font size ends the paragraph. Lines repeated at the top or bottom of most pages are
running headers or footers, and a lone number there is a page number.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from drafter.corpus.model import Block, RawDocument, ReadError

_PAGE_NUMBER = re.compile(
    r"^(?:"
    r"[—–\-－一_·•~\s]*\d{1,4}[—–\-－一_·•~\s]*"  # 3, — 3 —, - 3 -
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"  # 第3页, 第 3 页 共 10 页
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"  # 3 / 10
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"  # Page 3 of 10
    r")$",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
_EDGE = 2  # lines at the top and bottom of a page that may be headers or footers


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int

    @property
    def height(self) -> float:
        return self.top - self.bottom


def is_page_number(text: str) -> bool:
    """True for a line that is only a page number ("— 3 —", "第3页", "3 / 10")."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def _page_lines(layout, page_no: int) -> list[_Line]:
    from pdfminer.layout import LTTextBox, LTTextLine

    lines: list[_Line] = []

    def add(line) -> None:
        text = " ".join(line.get_text().split()) if _has_gap(line) else line.get_text().strip()
        if text:
            lines.append(_Line(text, line.x0, line.x1, line.y1, line.y0, page_no))

    for element in layout:
        if isinstance(element, LTTextBox):
            for line in element:
                if isinstance(line, LTTextLine):
                    add(line)
        elif isinstance(element, LTTextLine):
            add(element)
    return lines


def _has_gap(line) -> bool:
    text = line.get_text()
    return "  " in text or "\t" in text


def _edge_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _edges(lines: list[_Line]) -> list[_Line]:
    by_top = sorted(lines, key=lambda ln: -ln.top)
    return by_top[:_EDGE] + by_top[-_EDGE:] if len(by_top) > _EDGE else by_top


def strip_headers_footers(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop running headers/footers and page numbers from the edges of each page."""
    counts: dict[str, int] = {}
    for lines in pages:
        for key in {_edge_key(ln.text) for ln in _edges(lines)}:
            counts[key] = counts.get(key, 0) + 1
    with_text = sum(1 for lines in pages if lines)
    threshold = max(2, round(0.4 * with_text))
    repeated = {k for k, n in counts.items() if n >= threshold} if with_text >= 2 else set()
    out = []
    for lines in pages:
        drop = {
            id(ln)
            for ln in _edges(lines)
            if _edge_key(ln.text) in repeated or is_page_number(ln.text)
        }
        out.append([ln for ln in lines if id(ln) not in drop])
    return out


def _join(a: str, b: str) -> str:
    """Join wrapped lines: CJK without a space, Latin with one, hyphenated words whole."""
    if not a:
        return b
    if a.endswith("-") and len(a) > 1 and a[-2].isalpha() and b[:1].islower():
        return a[:-1] + b
    if _CJK.match(a[-1]) or _CJK.match(b[:1]):
        return a + b
    return a + " " + b


def reflow(pages: list[list[_Line]]) -> list[str]:
    """Paragraphs from the body lines of all pages (paragraphs may cross pages)."""
    all_lines = [ln for lines in pages for ln in lines]
    if not all_lines:
        return []
    em = statistics.median(ln.height for ln in all_lines) or 10.0
    # Margins come from body-size lines: a centred title or a small header may be wider.
    body = [ln for ln in all_lines if abs(ln.height - em) <= 0.25 * em] or all_lines
    doc_right = max(ln.x1 for ln in body)
    geometry = {}
    for lines in pages:
        if not lines:
            continue
        body = [ln for ln in lines if abs(ln.height - em) <= 0.25 * em]
        right = max(ln.x1 for ln in body) if len(body) >= 3 else doc_right
        pitches = [a.top - b.top for a, b in zip(lines, lines[1:]) if 0 < a.top - b.top < 3 * em]
        pitch = statistics.median(pitches) if pitches else 1.5 * em
        geometry[lines[0].page] = (min(ln.x0 for ln in body or lines), right, pitch)

    paragraphs: list[str] = []
    current = ""
    prev: _Line | None = None
    for ln in all_lines:
        if prev is not None and _continues(prev, ln, geometry, em):
            current = _join(current, ln.text)
        else:
            if current:
                paragraphs.append(current)
            current = ln.text
        prev = ln
    if current:
        paragraphs.append(current)
    return paragraphs


def _continues(a: _Line, b: _Line, geometry: dict, em: float) -> bool:
    """Whether line ``b`` continues the paragraph that line ``a`` belongs to."""
    left_a, right_a, pitch = geometry[a.page]
    left_b = geometry[b.page][0]
    cjk_end = bool(_CJK.match(a.text[-1]))
    tolerance = 2 * em if cjk_end else max(2 * em, 0.25 * (right_a - left_a))
    if a.x1 < right_a - tolerance:
        return False  # a short line ends its paragraph
    if b.x0 > left_b + 0.8 * em:
        return False  # an indented line starts a paragraph
    if abs(a.height - b.height) > 0.25 * em:
        return False  # another font size: a heading or title
    # A wider gap, or a jump up the page (another column or box), ends it too.
    return a.page != b.page or 0 < a.top - b.top <= 1.4 * pitch


def read_pdf(path: Path) -> RawDocument:
    """Read the text layer of a PDF; a scanned PDF without one is a clear error."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF" not in head:
        raise ReadError(f"{path.name}: not a PDF file (no PDF header)")
    pages: list[list[_Line]] = []
    try:
        for page_no, layout in enumerate(extract_pages(str(path), laparams=LAParams())):
            pages.append(_page_lines(layout, page_no))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ReadError(
            f"{path.name}: the PDF is encrypted (password protected); "
            "remove the password or import the original document"
        ) from exc
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on damaged files
        raise ReadError(f"{path.name}: not a valid PDF file (damaged or unreadable)") from exc
    if not pages:
        raise ReadError(f"{path.name}: the PDF has no pages")
    if not any(pages):
        raise ReadError(
            f"{path.name}: the PDF has no text layer (a scanned document?); "
            "it needs OCR before Drafter can read it"
        )
    warnings = []
    empty = [str(i + 1) for i, lines in enumerate(pages) if not lines]
    if empty:
        warnings.append(
            f"{path.name}: no text on page(s) {', '.join(empty[:10])}"
            f"{' …' if len(empty) > 10 else ''} (scanned pages need OCR)"
        )
    paragraphs = reflow(strip_headers_footers(pages))
    return RawDocument(str(path), "pdf", [Block(p) for p in paragraphs], None, warnings)
