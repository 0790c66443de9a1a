"""打印提纲: a model text's outline alone on paper (title, then every heading indented by
level), for a trainee who studies the skeleton with a pen, away from the screen."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from drafter.corpus.display import document_title
from drafter.study.layout import layout


def outline_html(doc: Any) -> str:
    """The outline of ``doc`` as simple HTML: the title, then each heading as written (marker
    and words), indented by its level, with the opening and closing noted where they are."""
    title = document_title(doc)
    lay = layout(doc)
    lines = [f"<h2 align='center'>{html.escape(title)}</h2>"]
    if lay.preamble:
        lines.append("<p style='color:#666'>〔开头〕</p>")
    for node in lay.nodes():
        indent = 28 * (node.depth - 1)  # px: QTextDocument's CSS has no em for margins
        weight = "bold" if node.depth == 1 else "normal"
        lines.append(
            f"<p style='margin-left:{indent}px;font-weight:{weight}'>{html.escape(node.label)}</p>"
        )
    if lay.closing:
        lines.append("<p style='color:#666'>〔结尾〕</p>")
    if not lay.roots:
        lines.append("<p>（未识别出标题层级）</p>")
    return "\n".join(lines)


def print_outline(parent: QWidget, doc: Any, printer: QPrinter | None = None) -> bool:
    """Print the outline of ``doc``: to ``printer`` when given, else after the print dialog
    (cancelling it prints nothing). Returns True when something was printed."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle("打印提纲")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    text = QTextDocument()
    text.setDefaultFont(parent.font())
    text.setHtml(outline_html(doc))
    text.print_(printer)
    return True
