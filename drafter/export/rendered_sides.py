"""The two sides the render check compares: what a .docx asks for (runs and their fonts,
the type area) and what the rendered PDF draws (lines with position and fonts), and the
fonts the machine has.

Readers only, no verdicts: drafter/export/render_check.py judges.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MM = 72 / 25.4  # PDF points per millimetre


@dataclass
class DocxRun:
    """A run of a .docx paragraph: its text and the East Asian font it asks for (what the
    renderer may replace), and whether the paragraph is a heading (the layout rules treat
    a heading's last line apart)."""

    font: str
    text: str
    heading: bool


def docx_runs(docx_path: str | Path, part: str = "word/document.xml") -> list[list[DocxRun]]:
    """The paragraphs of a part of a .docx (the body by default) as runs with their
    East Asian font."""
    with zipfile.ZipFile(docx_path) as zf:
        if part not in zf.namelist():
            return []
        root = etree.fromstring(zf.read(part))
    paragraphs = []
    for p in root.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        heading = style is not None and style.get(f"{W}val", "").startswith("Heading")
        runs = []
        for r in p.iter(f"{W}r"):
            fonts = r.find(f"{W}rPr/{W}rFonts")
            font = fonts.get(f"{W}eastAsia", "") if fonts is not None else ""
            text = "".join(t.text or "" for t in r.iter(f"{W}t"))
            if r.find(f"{W}br") is not None:
                text = "\n" + text
            if text:
                runs.append(DocxRun(font, text, heading))
        paragraphs.append(runs)
    return paragraphs


@dataclass
class PdfLine:
    """A line of text as the PDF draws it: position in millimetres from the page's top and
    left (the GB/T 9704 figures are measured so), size, and the font of each character."""

    text: str
    top_mm: float
    bottom_mm: float
    size: float
    fonts: list[str]
    left_mm: float = 0.0


def pdf_pages(pdf_path: str | Path) -> list[list[PdfLine]]:
    """Text lines of each page, top to bottom, with their position and fonts."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine

    pages = []
    for page in extract_pages(str(pdf_path), laparams=LAParams(line_margin=0.1)):
        height = page.height
        lines = []
        for box in page:
            if not isinstance(box, LTTextContainer):
                continue
            for line in box:
                if not isinstance(line, LTTextLine):
                    continue
                chars = [c for c in line if isinstance(c, LTChar) and c.get_text().strip()]
                if not chars:
                    continue
                # one glyph may carry several characters (―― drawn as one): the fonts
                # list follows the text character by character
                text = "".join(c.get_text() for c in chars)
                fonts = [_clean_font(c.fontname) for c in chars for _ in c.get_text()]
                lines.append(
                    PdfLine(
                        text=text,
                        top_mm=(height - max(c.y1 for c in chars)) / MM,
                        bottom_mm=(height - min(c.y0 for c in chars)) / MM,
                        size=max(c.size for c in chars),
                        fonts=fonts,
                        left_mm=min(c.x0 for c in chars) / MM,
                    )
                )
        lines.sort(key=lambda ln: ln.top_mm)
        pages.append(lines)
    return pages


def _clean_font(name: str) -> str:
    name = name.split("+", 1)[-1]  # subset prefix ABCDEF+
    name = re.sub(r"(-(Regular|VKana|Medium|Light|Bold))+$", "", name)
    return re.sub(r"(?<=[a-z])(?=[A-Z]{2,})|(?<=[a-z])(?=[A-Z][a-z])", " ", name).strip()


def installed_fonts() -> set[str] | None:
    """Every family name fontconfig knows (all languages), or None without fc-list."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        out = subprocess.run(
            [fc_list, ":", "family"], capture_output=True, text=True, timeout=60
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return {name.strip() for line in out.splitlines() for name in line.split(",") if name.strip()}


def type_area_bottom_mm(docx_path: str | Path) -> float | None:
    """Where the type area ends, from the top of the page: page height − bottom margin."""
    with zipfile.ZipFile(docx_path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    size, margins = root.find(f".//{W}sectPr/{W}pgSz"), root.find(f".//{W}sectPr/{W}pgMar")
    if size is None or margins is None:
        return None
    return (int(size.get(f"{W}h")) - int(margins.get(f"{W}bottom"))) / 1440 * 25.4


def type_area_top_mm(docx_path: str | Path) -> float | None:
    """Where the type area starts, from the top of the page: the top margin."""
    with zipfile.ZipFile(docx_path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    margins = root.find(f".//{W}sectPr/{W}pgMar")
    if margins is None or margins.get(f"{W}top") is None:
        return None
    return int(margins.get(f"{W}top")) / 1440 * 25.4
