"""A table cell whose text is elided but whose quiet mark (结构待核, 已人工核对 …) never is.

The library table put the mark after the title ("培训——通向华为明天的重要阶梯　· 结构待核"), and
the title column is about twenty characters wide in the three-panel window: most real titles
are longer, so the elision ate the mark and the table never said which texts want a look.
This delegate draws the mark at the right end of the cell, in its colour, and elides only
the title before it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from drafter.corpus.corrections import CONFIRMED, CORRECTED, INFO_EDITED
from drafter.corpus.display import UNTITLED

# the reader header's colours for the same marks (reader_correction_marks.header_marks)
MARK_COLOURS = (("更正待复核", "#b00020"), ("结构待核", "#8a6d00"), ("无标题", "#888888"))
CHECKED_COLOUR = "#2f6b2f"
RECHECK, RECHECK_SHORT = "更正待复核", "待复核"  # the short form where the whole does not fit
_PAD = 4
# characters of an untitled document's first words the cell must show beside 无标题
MIN_WORDS = 8
# the marks of a person's corrections (green): reassurance, not a call to look, so in a narrow
# cell they shrink to a tick (the row's tooltip names them) before the title does
CHECKED_MARKS = (CORRECTED, CONFIRMED, INFO_EDITED)
TICK = "✓"


def mark_colour(mark: str) -> QColor:
    """The colour a mark is drawn in: red for corrections to re-check, amber for a doubtful
    outline, grey for 无标题 (a fact, not a judgement), green for one a person corrected or
    checked."""
    for word, colour in MARK_COLOURS:
        if word in mark:
            return QColor(colour)
    return QColor(CHECKED_COLOUR)


def quiet_mark(title: str, mark: str, metrics: QFontMetrics, width: int) -> str:
    """The mark to paint beside ``title`` in ``width`` pixels: 无标题 gives way first. An
    untitled document's cell holds its first words, already in grey italics (and the tooltip
    says 无标题); in a narrow column the mark left "我代表国务院…" or less of them, so the
    office head read a column of 无标题 and could not tell the 1988 report from the 2019
    one. The mark is dropped when the words would show fewer than :data:`MIN_WORDS`
    characters beside it; a person's mark (已人工更正 …) shrinks to a tick then; the marks
    that ask for a look (结构待核, 更正待复核) always stay whole."""
    marks = [m for m in mark.split("，") if m]

    def room_for(words: str) -> bool:
        room = (
            width
            - min(metrics.horizontalAdvance(words), width // 2)
            - metrics.horizontalAdvance("　")
        )
        shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(0, room))
        return len(shown.rstrip("…")) >= min(MIN_WORDS, len(title))

    if UNTITLED in marks and not room_for(mark):
        marks = [m for m in marks if m != UNTITLED]
        mark = "，".join(marks)
    # 已人工更正 left 我们… / 质问国… of the titles at 1600x1000 (ux47's walk): a tick then
    if any(m in CHECKED_MARKS for m in marks) and not room_for(mark):
        mark = "，".join(TICK if m in CHECKED_MARKS else m for m in marks)
    return mark


def fitted_mark(title: str, mark: str, metrics: QFontMetrics, width: int) -> tuple[str, QColor]:
    """The mark as painted beside ``title`` in a cell ``width`` pixels wide (at most half of
    it: :func:`quiet_mark`, then elided) and its colour, taken from the whole mark. The
    colour was read from the elided text: 更正待复核 cut to 更正待… matched no mark and was
    painted green, the colour of a person's checked corrections (ux78's walk, 质问国民党 at
    1600x1000). Where 更正待复核 does not fit it reads 待复核, still whole words."""
    mark = quiet_mark(title, mark, metrics, width)
    colour = mark_colour(mark)
    if not mark:
        return "", colour
    room = width // 2
    if metrics.horizontalAdvance(mark) > room:
        mark = mark.replace(RECHECK, RECHECK_SHORT)
    return metrics.elidedText(mark, Qt.TextElideMode.ElideRight, room), colour


class MarkDelegate(QStyledItemDelegate):
    """Paints ``title`` elided and the text of ``mark_role`` whole at the cell's right end;
    a cell without a mark is painted as usual."""

    def __init__(self, mark_role: int, title_role: int, parent=None) -> None:
        super().__init__(parent)
        self._mark_role = mark_role
        self._title_role = title_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Background and selection as the style draws them, then title and mark."""
        mark = str(index.data(self._mark_role) or "")
        if not mark:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = str(index.data(self._title_role) or "")
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        rect = rect.adjusted(_PAD, 0, -_PAD, 0)
        metrics = opt.fontMetrics
        mark, colour = fitted_mark(title, mark, metrics, rect.width())
        if not mark:
            mark_width, title_width = 0, rect.width()
        else:
            mark_width = min(metrics.horizontalAdvance(mark), rect.width() // 2)
            title_width = max(0, rect.width() - mark_width - metrics.horizontalAdvance("　"))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, text_role))
        align = Qt.AlignmentFlag.AlignVCenter
        shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_width)
        painter.drawText(QRect(rect.left(), rect.top(), title_width, rect.height()), align, shown)
        painter.setPen(opt.palette.color(group, text_role) if selected else colour)
        mark_rect = QRect(rect.right() - mark_width, rect.top(), mark_width + 1, rect.height())
        painter.drawText(mark_rect, align | Qt.AlignmentFlag.AlignRight, mark)
        painter.restore()
