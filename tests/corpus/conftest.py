"""Fixtures that build small documents of every supported format into tmp_path.

Files are built in the test run (python-docx, reportlab, str.encode) so the tests show
exactly what a reader gets, and nothing binary is checked into the repository.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f'xmlns:w="{W_NS}"'


# --- outlines -----------------------------------------------------------------------------


def two_levels(text: str) -> list[tuple[str, list[str]]]:
    """Each part of the outline read from ``text`` with the sub-headings under it, marker
    and heading as typed: what a rule test about parts and points asserts on."""
    from drafter.corpus import parse_text

    doc = parse_text(text, "x.txt")
    return [
        (s.marker + s.heading, [c.marker + c.heading for c in s.children])
        for s in doc.outline.sections
    ]


def levelled(text: str) -> list[tuple[int, str]]:
    """Every heading of the outline read from ``text`` in reading order, with its level and
    its marker and heading as typed: what a rule test about deeper runs of points asserts on
    (two_levels keeps only parts and their direct sub-headings)."""
    from drafter.corpus import parse_text

    doc = parse_text(text, "x.txt")
    return [(s.level, s.marker + s.heading) for top in doc.outline.sections for s in top.walk()]


# --- Word ---------------------------------------------------------------------------------


def add_abstract_num(document, abstract_id: int, levels: list[dict]) -> None:
    """Add a w:abstractNum; each level is ``{"fmt", "text", "start"?, "style"?, "restart"?}``."""
    from docx.oxml import parse_xml

    lvls = []
    for ilvl, level in enumerate(levels):
        style = f'<w:pStyle w:val="{level["style"]}"/>' if level.get("style") else ""
        restart = f'<w:lvlRestart w:val="{level["restart"]}"/>' if "restart" in level else ""
        lvls.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{level.get("start", 1)}"/>'
            f'<w:numFmt w:val="{level["fmt"]}"/>{restart}{style}'
            f'<w:lvlText w:val="{level["text"]}"/><w:lvlJc w:val="left"/></w:lvl>'
        )
    element = parse_xml(
        f'<w:abstractNum {_W} w:abstractNumId="{abstract_id}">{"".join(lvls)}</w:abstractNum>'
    )
    numbering = document.part.numbering_part.element
    first_num = numbering.find(f"{{{W_NS}}}num")
    if first_num is None:
        numbering.append(element)
    else:
        first_num.addprevious(element)


def add_num(document, num_id: int, abstract_id: int, start_overrides: dict | None = None):
    """Add a w:num instance, optionally restarting levels (``{ilvl: start}``)."""
    from docx.oxml import parse_xml

    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for ilvl, start in (start_overrides or {}).items()
    )
    document.part.numbering_part.element.append(
        parse_xml(
            f'<w:num {_W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f"{overrides}</w:num>"
        )
    )


def set_numbering(paragraph, num_id: int, ilvl: int | None = 0) -> None:
    """Give a paragraph automatic numbering (w:numPr) as Word does."""
    from docx.oxml import parse_xml

    ilvl_xml = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
    num_pr = parse_xml(f'<w:numPr {_W}>{ilvl_xml}<w:numId w:val="{num_id}"/></w:numPr>')
    paragraph._p.get_or_add_pPr().append(num_pr)


def raw_paragraph(document, inner_xml: str):
    """Append a paragraph given as raw XML children (tracked changes, fields ...)."""
    from docx.oxml import parse_xml

    p = document.add_paragraph()._p
    for child in list(parse_xml(f"<w:p {_W}>{inner_xml}</w:p>")):
        p.append(child)
    return p


@pytest.fixture
def docx_helpers():
    """The Word-building helpers, for tests that need numbering or raw XML."""

    class Helpers:
        abstract_num = staticmethod(add_abstract_num)
        num = staticmethod(add_num)
        numbering = staticmethod(set_numbering)
        raw = staticmethod(raw_paragraph)

    return Helpers


@pytest.fixture
def new_docx() -> Callable:
    """A fresh python-docx Document."""
    import docx

    return docx.Document


@pytest.fixture
def word_of(new_docx, tmp_path) -> Callable:
    """``word_of(paragraphs, name=...)``: a Word file of one plain paragraph per string, saved in
    tmp_path and loaded as the reader loads it — what a test of text as a writer typed it into
    Word (a heading glued onto a paragraph, lines pasted one by one) needs, built in one place."""
    from drafter.corpus import load_document

    def build(paragraphs: list[str], name: str = "glued.docx"):
        d = new_docx()
        for text in paragraphs:
            d.add_paragraph(text)
        d.save(tmp_path / name)
        return load_document(tmp_path / name)

    return build


# --- PDF ----------------------------------------------------------------------------------


def build_pdf(
    path: Path,
    paragraphs: list[tuple[str, str]],
    header: str | None = "某某市人民政府办公室",
    page_number: Callable[[int], str] | None = lambda n: f"— {n} —",
    lines_per_page: int = 12,
    size: float = 16,
    chars: int = 26,
    encrypt: str | None = None,
    latin_font: str | None = None,
    bookmarks: dict[str, int] | None = None,
    indent: bool = True,
) -> int:
    """Write a Chinese PDF the way Word lays out a speech; returns the page count.

    ``paragraphs`` are ``(kind, text)`` with kind ``"title"`` (22 pt, centred), ``"p"``
    (wrapped at ``chars`` per line, first line indented by two characters, every full line
    ending exactly at the right margin, as justified Chinese text does) or ``"latin"``
    (word-wrapped, ragged right, not indented). With ``latin_font`` ASCII and curly
    quotes are set in that font, as Word does (other ascent/descent, same baseline).
    ``bookmarks`` maps paragraph texts to outline levels (1-based), as Word exports them.
    ``indent=False``: no first-line indent (Word's Normal style, as most exported PDFs).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines: list[tuple[str, str]] = []
    for kind, text in paragraphs:
        if kind == "title":
            lines.append(("title", text))
            continue
        if kind == "latin":  # ragged right: greedy word wrap, no indent
            line = ""
            for word in text.split():
                if line and len(line) + 1 + len(word) > chars:
                    lines.append(("body", line))
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            lines.append(("body", line))
            continue
        first, rest = True, text
        while rest:
            n = chars - 2 if first and indent else chars
            lines.append(("indent" if first else "body", rest[:n]))
            rest, first = rest[n:], False
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    options = {}
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        options["encrypt"] = StandardEncryption(encrypt, canPrint=0)
    c = canvas.Canvas(str(path), pagesize=A4, **options)
    width, height = A4
    left = 80
    for number, page in enumerate(pages, 1):
        c.setFont("STSong-Light", 10)
        if header:
            c.drawCentredString(width / 2, height - 50, header)
        if page_number:
            c.drawCentredString(width / 2, 40, page_number(number))
        y = height - 110
        for kind, text in page:
            level = (bookmarks or {}).get(text)
            if level:
                key = f"b{number}-{y:.0f}"
                c.bookmarkHorizontal(key, 0, y + size)
                c.addOutlineEntry(text, key, level=level - 1)
            if kind == "title":
                c.setFont("STSong-Light", 22)
                c.drawCentredString(width / 2, y, text)
            else:
                x = left + (2 * size if kind == "indent" and indent else 0)
                if latin_font:
                    _draw_mixed(c, x, y, text, size, latin_font)
                else:
                    c.setFont("STSong-Light", size)
                    c.drawString(x, y, text)
            y -= size * 1.8
        c.showPage()
    c.save()
    return len(pages)


def _draw_mixed(c, x: float, y: float, text: str, size: float, latin_font: str) -> None:
    """Draw one line switching fonts per run, each character in a CJK-width cell."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for ch in text:
        latin = ch.isascii() or ch in "“”‘’"
        font = latin_font if latin else "STSong-Light"
        c.setFont(font, size)
        c.drawString(x, y, ch)
        x += stringWidth(ch, font, size) if latin else size


@pytest.fixture(scope="session")
def pdf_builder() -> Callable[..., int]:
    """:func:`build_pdf` itself, for fixtures with a wider scope than ``make_pdf``."""
    return build_pdf


@pytest.fixture
def make_pdf(tmp_path) -> Callable[..., Path]:
    """Build a PDF in tmp_path: ``make_pdf(paragraphs, name="x.pdf", **options)``."""

    def make(paragraphs, name: str = "speech.pdf", **options) -> Path:
        path = tmp_path / name
        build_pdf(path, paragraphs, **options)
        return path

    return make


# --- text and the LibreOffice stand-in ----------------------------------------------------


@pytest.fixture
def write_bytes(tmp_path) -> Callable[[str, bytes], Path]:
    """Write raw bytes to tmp_path/name and return the path."""

    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


@pytest.fixture
def fake_soffice(tmp_path, monkeypatch) -> Callable[[str], Path]:
    """Put a stand-in ``soffice`` on PATH that behaves as told.

    ``fake_soffice("copy", source_docx)`` writes ``source_docx`` as the converted file (so
    the command line, the out dir and the reading of the result are exercised for real);
    ``"fail"`` exits 1 with a message; ``"hang"`` sleeps past any timeout.
    """
    if sys.platform == "win32":
        pytest.skip("the soffice stand-in is a POSIX script")

    def install(mode: str, source: Path | None = None) -> Path:
        bindir = tmp_path / "fakebin"
        bindir.mkdir(exist_ok=True)
        script = bindir / "soffice"
        script.write_text(
            f"#!{sys.executable}\n"
            "import shutil, sys, time, pathlib\n"
            "args = sys.argv[1:]\n"
            f"mode, source = {mode!r}, {str(source) if source else ''!r}\n"
            "if mode == 'hang':\n    time.sleep(30)\n"
            "if mode == 'fail':\n"
            "    sys.stderr.write('Error: source file could not be loaded\\n'); sys.exit(1)\n"
            "assert '--headless' in args and '--convert-to' in args\n"
            "out = pathlib.Path(args[args.index('--outdir') + 1])\n"
            "src = pathlib.Path(args[-1])\n"
            "shutil.copyfile(source, out / (src.stem + '.docx'))\n",
            encoding="utf-8",
        )
        script.chmod(0o755)
        monkeypatch.setenv("PATH", str(bindir) + os.pathsep + os.environ.get("PATH", ""))
        return script

    return install
