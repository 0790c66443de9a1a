"""打印提纲 indents every heading by its level — on the screen's 28 pixels, which a printer
lays out in its own dots: at 1200 dpi a level-2 heading stood a hair right of its level-1
parent, and the walk's printout (a PDF through the print dialog's printer) read as one flat
list. Each level is now two characters in on paper, whatever the printer's resolution."""

from __future__ import annotations

import re
import shutil
import subprocess

from PySide6.QtPrintSupport import QPrinter

from drafter.ui.study.outline_print import outline_document


def _printer(path, mode=QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _left_in_points(text, words: str, printer: QPrinter) -> float:
    block = text.begin()
    while block.isValid() and words not in block.text():
        block = block.next()
    assert block.isValid(), words
    return block.blockFormat().leftMargin() * 72 / printer.resolution()


def test_a_printed_level_two_heading_stands_two_characters_in(studied, tmp_path):
    window, panel, _library, _first = studied
    font = panel.font()
    for mode in (QPrinter.PrinterMode.HighResolution, QPrinter.PrinterMode.ScreenResolution):
        printer = _printer(tmp_path / "x.pdf", mode)
        text = outline_document(font, panel.doc, printer, panel.study)
        assert _left_in_points(text, "一、做到“四勤”", printer) == 0
        second = _left_in_points(text, "一是腿勤", printer)
        assert 1.5 * font.pointSizeF() <= second <= 2.5 * font.pointSizeF()
    target = tmp_path / "提纲.pdf"
    assert panel.print_outline(_printer(target))
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        return  # the layout above is what is printed; poppler only lets us read it back
    words = subprocess.run(
        ["pdftotext", "-bbox", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    x = {
        w: float(m.group(1))
        for m in re.finditer(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', words)
        for w in [m.group(2)]
    }
    # (the CJK font maps 一 to its Kangxi radical ⼀ on the way back: match the other words)
    first = next(v for k, v in x.items() if "做到" in k)
    item = next(v for k, v in x.items() if "腿勤" in k)
    assert item - first >= 1.5 * font.pointSizeF()  # points on the page
