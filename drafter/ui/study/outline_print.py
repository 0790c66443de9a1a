"""打印提纲: a model text's outline alone on paper (title, then every heading indented by
level), for a trainee who studies the skeleton with a pen, away from the screen."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from drafter.export.outline import model_text_outline, outline_lines
from drafter.study.outline_notes import model_text_outline_notes


def outline_html(doc: Any, study: Any = None, indent: int = 28) -> str:
    """The outline of ``doc`` as simple HTML: the title, then each heading as written (marker
    and words), indented ``indent`` pixels a level (of the device it is laid out on: see
    :func:`level_indent`), with the opening and closing noted where they are, with their
    types and parts from ``study`` (the document's analysis; made when not given). The lines
    are those 导出提纲 writes (:func:`drafter.export.outline.outline_lines`), so paper and
    file agree."""
    draft = model_text_outline(doc)  # its title: the one 导出提纲 writes, 无标题 marked
    lines = [f"<h2 align='center'>{html.escape(draft.meta.title)}</h2>"]
    for line in outline_lines(draft, model_text_outline_notes(doc, study)):
        if line.kind == "note":
            lines.append(f"<p style='color:#666'>{html.escape(line.text)}</p>")
            continue
        margin = indent * (line.level - 1)  # px: QTextDocument's CSS has no em for margins
        weight = "bold" if line.level == 1 else "normal"
        lines.append(
            f"<p style='margin-left:{margin}px;font-weight:{weight}'>{html.escape(line.text)}</p>"
        )
    return "\n".join(lines)


def print_outline(
    parent: QWidget, doc: Any, printer: QPrinter | None = None, study: Any = None
) -> bool:
    """Print the outline of ``doc`` (with ``study``, its analysis, when in hand): to
    ``printer`` when given, else after the print dialog (cancelling it prints nothing).
    Returns True when something was printed."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle("打印提纲")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    outline_document(parent.font(), doc, printer, study).print_(printer)
    return True


def level_indent(font: QFont, resolution: int) -> int:
    """Two characters of ``font``, in pixels of a device of ``resolution`` dots per inch: the
    step a level is indented by. A printer lays a margin out in its own dots, so the 28 px
    of the screen were a hair's breadth on paper at 1200 dpi and every level printed flush."""
    points = font.pointSizeF() if font.pointSizeF() > 0 else 10.5
    return max(1, round(2 * points * resolution / 72))


def outline_document(font: QFont, doc: Any, printer: QPrinter, study: Any = None) -> QTextDocument:
    """The outline of ``doc`` ready for ``printer``: in ``font``, each level indented two
    characters on paper."""
    text = QTextDocument()
    text.setDefaultFont(font)
    text.setHtml(outline_html(doc, study, indent=level_indent(font, printer.resolution())))
    return text
