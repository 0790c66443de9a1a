"""Sort arrows that point the way the rows run: ▼ over a column sorted from the largest
down, ▲ from the smallest up.

Qt's header views draw a descending column with the style's "up" arrow (QHeaderView passes
``SortUp`` for Qt.DescendingOrder), which the Fusion style draws pointing up: the 结构
panel's 篇数 column, sorted most-used first, and the library's 日期 column, newest first,
showed ▲ over rows that run down (ux43's walk, Fusion under X11). The native Windows and
macOS styles draw the flag by their platforms' own conventions and are left alone (not seen
in this walk); the flip is made over Fusion and the other styles that draw it as named.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionHeader

# native styles, left to their platforms' own convention for the arrow
_NATIVE = ("windowsvista", "windows11", "macos")


class SortArrowStyle(QProxyStyle):
    """A proxy over the application's style that draws a header's sort arrow the way its
    rows run (see the module docstring)."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        """Qt override: the header arrow drawn with its direction swapped."""
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            flipped = QStyleOptionHeader(option)
            up, down = (
                QStyleOptionHeader.SortIndicator.SortUp,
                QStyleOptionHeader.SortIndicator.SortDown,
            )
            if option.sortIndicator == up:
                flipped.sortIndicator = down
            elif option.sortIndicator == down:
                flipped.sortIndicator = up
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


def install_sort_arrows(app: QApplication) -> None:
    """Wrap ``app``'s style in :class:`SortArrowStyle` once, unless the style is one whose
    arrows already point the way the rows run."""
    style = app.style()
    if isinstance(style, SortArrowStyle) or style.name().lower() in _NATIVE:
        return
    app.setStyle(SortArrowStyle(style.name()))
