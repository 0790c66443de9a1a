"""A one-line label that elides its text (…) instead of widening its panel.

A plain QLabel asks for the width of its whole text: a long saved path under the draft or
the name of the file being imported made its dock wider than the screen and squeezed the
others. This label takes the room it is given, shows what fits with an ellipsis (in the
middle for paths, so the file name stays), and the whole text in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """One line of plain text, elided to the label's width; :meth:`text` is the whole.
    ``widest`` caps the width it asks for (pixels), so a long text does not push the layout."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
        widest: int = 320,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self._widest = widest
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Show ``text`` elided to the width; the tooltip holds all of it."""
        self._full = text or ""
        self.setToolTip(self._full if self._full else "")
        self._elide()

    def text(self) -> str:
        """The whole text, not the elided form on screen."""
        return self._full

    def shown_text(self) -> str:
        """What the label shows now (elided)."""
        return super().text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Qt override: allow shrinking to a few characters, since the label elides rather than
        forcing the window wide.
        """
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().horizontalAdvance("…") * 4), hint.height()
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Qt override: prefer the full text's width, capped so a long path does not push the
        layout.
        """
        hint = super().sizeHint()
        full = self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 4
        return QSize(min(full, self._widest), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Qt override: re-elide the text to the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        """Show as much of the full text as the label's width holds, with …: the label may
        not widen its panel; before the first layout (width 0) the whole text stands."""
        width = max(self.contentsRect().width() - 2 * self.margin(), 0)
        shown = self.fontMetrics().elidedText(self._full, self._mode, width) if width else ""
        super().setText(shown if width else self._full)
