"""The editorial apparatus under the text in the reader: 编者按, 注释, 来源, 附录.

Set apart from the speech (a rule, smaller grey type, a heading per part) so a reader never
takes an editor's note or an appended document for the speaker's words. The blocks come
after the last paragraph, so paragraph numbers (block numbers) of the text are unchanged.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor

APPARATUS_GREY = QColor("#5f6368")
APPARATUS_BG = QColor("#f4f4f0")
SECTIONS = (("notes", "编者按"), ("endnotes", "注释"), ("source", "来源"), ("appendix", "附录"))


def apparatus_parts(apparatus: Any) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) for each part the document has, in reading order."""
    if apparatus is None:
        return []
    parts = []
    for name, label in SECTIONS:
        value = getattr(apparatus, name, None)
        if not value:
            continue
        parts.append((label, [value] if isinstance(value, str) else list(value)))
    return parts


def append_apparatus(cursor: QTextCursor, apparatus: Any, base: QFont) -> int:
    """Append the apparatus after the text at ``cursor``; returns the blocks added."""
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
    cursor.insertText("—— 以下为编者附加内容，不属于正文 ——")
    added += 1
    size = base.pointSizeF() * 0.92 if base.pointSizeF() > 0 else 9.0
    for label, paragraphs in parts:
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
            cursor.insertBlock(block, char)
            cursor.insertText(text.replace("\n", " "))
            added += 1
    return added
