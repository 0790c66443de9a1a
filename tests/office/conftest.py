"""Helpers for the office-head workflow tests: LibreOffice rendering and PDF annotations."""

from __future__ import annotations

from pathlib import Path

from soffice import soffice_convert

MARGIN_PDF = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}'


def render_pdf(docx_path: Path, out_dir: Path) -> Path:
    """Convert with LibreOffice (comments exported, in the margin where LibreOffice
    supports it); skips the test when LibreOffice is absent."""
    soffice_convert([docx_path], MARGIN_PDF, out_dir, timeout=240)
    pdf = out_dir / (docx_path.stem + ".pdf")
    assert pdf.is_file()
    return pdf


def _text(value) -> str:
    if isinstance(value, bytes):
        if value[:2] == b"\xfe\xff":
            return value[2:].decode("utf-16-be")
        return value.decode("latin-1")
    return str(value or "")


def pdf_annotations(pdf: Path) -> list[tuple[int, str, str, str]]:
    """``(page index, subtype, title, contents)`` of every annotation of the PDF."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    out = []
    with pdf.open("rb") as fh:
        doc = PDFDocument(PDFParser(fh))
        for i, page in enumerate(PDFPage.create_pages(doc)):
            for annot in resolve1(page.annots) or []:
                a = resolve1(annot)
                subtype = str(a.get("Subtype")).strip("/'")
                out.append((i, subtype, _text(a.get("T")), _text(a.get("Contents"))))
    return out
