"""Paints a search hit as two lines of rich text: where it is from, then the snippet."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from drafter.ui.models.search_results import HitRole, SnippetHtmlRole, SourceRole

PADDING = 6


class HitDelegate(QStyledItemDelegate):
    """Source line (grey, small) above the highlighted snippet; headings get a marker."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        grey = "#eaf2ff" if selected else "#6b6b6b"
        hit = index.data(HitRole)
        source = html.escape(index.data(SourceRole) or "")
        tag = (
            f"<span style='color:{grey if selected else '#b22222'}'>［标题］</span>"
            if hit and hit.is_heading
            else ""
        )
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(
            f"<div style='color:{grey};font-size:small'>{source}</div>"
            f"<div style='margin-top:2px'>{tag}{index.data(SnippetHtmlRole) or ''}</div>"
        )
        width = option.rect.width()
        if option.widget is not None and hasattr(option.widget, "viewport"):
            width = option.widget.viewport().width()
        doc.setTextWidth(max(50, width - 2 * PADDING))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Qt override: draw the hit as rich text (highlighted words, source line) over the normal
        item background, in the selection colour when selected.
        """
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + PADDING, option.rect.top() + PADDING)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        clip = QRectF(0, 0, option.rect.width() - 2 * PADDING, option.rect.height() - PADDING)
        painter.setClipRect(clip)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """Qt override: the height of the laid-out hit text, capped at nine lines so one long
        paragraph cannot fill the list.
        """
        doc = self._document(option, index)
        height = min(int(doc.size().height()), 9 * option.fontMetrics.height())
        return QSize(int(doc.idealWidth()), height + 2 * PADDING)
