"""The editorial apparatus under the text in the reader: 编者按, 现场记录, 注释, 来源, 附录.

Set apart from the speech (a rule, smaller grey type, a heading per part) so a reader never
takes an editor's note, a recorder's note of the hall or an appended document for the
speaker's words. The blocks come
after the last paragraph, so paragraph numbers (block numbers) of the text are unchanged.
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

from drafter.corpus.apparatus_parts import apparatus_parts
from drafter.corpus.note_marks import endnote_number, note_placements

APPARATUS_GREY = QColor("#5f6368")
APPARATUS_BG = QColor("#f4f4f0")
NOTE_LINK = QColor("#1a5fb4")
# Note marks are shown as superscript digits, characters no speech text uses, so a
# selection copied or dragged into a draft can drop them again (strip_note_marks).
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_NO_SUPERSCRIPT = str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹")
NOTE_ANCHOR = "note-"


def strip_note_marks(text: str) -> str:
    """Text of the reader without the note marks it shows (what was really said)."""
    return text.translate(_NO_SUPERSCRIPT)


def insert_note_marks(doc: QTextDocument, paragraphs: list[str], apparatus: Any) -> int:
    """Put each note mark back where it stood in the text (block ``i`` is paragraph ``i``),
    as a small raised number linking to its 注释 entry, with the note as its tooltip;
    returns how many were placed. Block numbers do not change."""
    placements = note_placements(paragraphs, apparatus)
    for p in reversed(placements):  # from the end, so earlier positions stay valid
        block = doc.findBlockByNumber(p.paragraph)
        if not block.isValid() or p.offset > block.length() - 1:
            continue
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + p.offset)
        fmt = QTextCharFormat(cursor.charFormat())
        fmt.setAnchor(True)
        fmt.setAnchorHref(f"#{NOTE_ANCHOR}{p.number}")
        fmt.setToolTip(p.note)
        fmt.setForeground(NOTE_LINK)
        fmt.setFontUnderline(False)
        cursor.insertText(p.number.translate(_SUPERSCRIPT), fmt)
    return len(placements)


def append_apparatus(cursor: QTextCursor, apparatus: Any, base: QFont) -> int:
    """Append the apparatus after the text at ``cursor``; returns the blocks added. The
    blocks are where :func:`drafter.corpus.apparatus_parts.searchable_apparatus` numbers them."""
    parts = apparatus_parts(apparatus)
    if not parts:
        return 0
    added = 0
    rule = QTextBlockFormat()
    rule.setTopMargin(28)
    rule.setBottomMargin(4)
    rule_char = QTextCharFormat()
    rule_char.setForeground(APPARATUS_GREY)
    cursor.insertBlock(rule, rule_char)
    # (not "编者附加": a record's 现场记录 is the recorder's)
    cursor.insertText("—— 以下为附加内容，不属于正文 ——")
    added += 1
    size = base.pointSizeF() * 0.92 if base.pointSizeF() > 0 else 9.0
    for _name, label, paragraphs in parts:
        head = QTextBlockFormat()
        head.setTopMargin(14)
        head.setBottomMargin(4)
        head_char = QTextCharFormat()
        head_char.setForeground(APPARATUS_GREY)
        head_char.setFontWeight(QFont.Weight.Bold)
        cursor.insertBlock(head, head_char)
        cursor.insertText(label)
        added += 1
        for text in paragraphs:
            block = QTextBlockFormat()
            block.setBackground(APPARATUS_BG)
            block.setLeftMargin(12)
            block.setRightMargin(12)
            block.setBottomMargin(4)
            block.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            char = QTextCharFormat()
            char.setForeground(APPARATUS_GREY)
            char.setFontPointSize(size)
            number = endnote_number(text) if label == "注释" else None
            if number is not None:
                char.setAnchor(True)
                char.setAnchorNames([f"{NOTE_ANCHOR}{number}"])  # target of the mark's link
            cursor.insertBlock(block, char)
            cursor.insertText(text.replace("\n", " "))
            added += 1
    return added
