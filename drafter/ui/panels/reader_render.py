"""The reader's text as a QTextDocument: each paragraph a block, headings coloured by the
level they were given and indented by their depth in the outline, a heading's marker
(一、 （二） 3.) on a pale tint of its colour, the apparatus's note marks linked to their
entries under 注释 at the end.

Only layout: the panel (:class:`~drafter.ui.panels.reader_panel.ReaderPanel`) puts the
result in its view and marks the search's hits over it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit

from drafter.ui.panels.reader_apparatus import append_apparatus, insert_note_marks
from drafter.ui.panels.reader_correction_menu import heading_levels
from drafter.ui.panels.reader_outline import LEVEL_COLOURS


def heading_markers(document: Any) -> list[str]:
    """The marker of each heading paragraph, in order ("" when unknown)."""
    outline = getattr(document, "outline", None)
    if outline is None:
        return []
    return [section.marker for section in outline.walk()]


def _tint(colour: QColor, whiteness: float) -> QColor:
    """``colour`` mixed with white: a pale background that keeps the level's hue."""
    mix = [int(c + (255 - c) * whiteness) for c in (colour.red(), colour.green(), colour.blue())]
    return QColor(*mix)


def render_text(view: QTextEdit, document: Any, paragraphs: list[Any]) -> QTextDocument:
    """``paragraphs`` of ``document`` laid out for ``view`` (its font, it owns the result):
    the reader's text with its structure visible, to be set with ``view.setDocument``."""
    doc = QTextDocument(view)
    base = view.font()
    doc.setDefaultFont(base)
    cursor = QTextCursor(doc)
    markers = heading_markers(document)
    stored = heading_levels(document)
    heading_no = 0
    for i, para in enumerate(paragraphs):
        block, char = QTextBlockFormat(), QTextCharFormat()
        block.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(6)
        if para.is_heading:
            level = max(1, len(para.section))
            # the level the heading was given (改为二级标题 on the first heading looks
            # 二级 though nothing above it is 一级), its place in the tree by depth
            given = stored.get(para.index, level)
            colour = QColor(LEVEL_COLOURS[min(given, len(LEVEL_COLOURS)) - 1])
            block.setIndent(level - 1)
            block.setTopMargin(14 if given == 1 else 8)
            char.setForeground(colour)
            char.setFontWeight(QFont.Weight.Bold)
            char.setFontPointSize(base.pointSizeF() * (1.25 if given == 1 else 1.1))
            marker = markers[heading_no] if heading_no < len(markers) else ""
            heading_no += 1
        else:
            block.setTextIndent(2 * base.pointSizeF() * 1.4)
            marker = ""
        if i == 0:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(char)
        else:
            cursor.insertBlock(block, char)
        if marker and para.text.startswith(marker):
            tag = QTextCharFormat(char)
            tag.setBackground(_tint(char.foreground().color(), 0.85))
            cursor.insertText(marker, tag)
            cursor.insertText(para.text[len(marker) :], char)
        else:
            cursor.insertText(para.text, char)
    apparatus = getattr(document, "apparatus", None)
    insert_note_marks(doc, [p.text for p in paragraphs], apparatus)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    append_apparatus(cursor, apparatus, base)
    return doc
