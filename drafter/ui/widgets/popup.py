"""A popup of rich text (the search syntax help) that behaves like every popup.

A ``QLabel`` given the ``Qt.Popup`` flag looks like a popup but is not one: QLabel takes
the mouse and key events for its text, so the click outside and the Esc that close a
popup never reach QWidget's handling, and with the popup holding the mouse grab the whole
window stops responding. This popup is a frame holding the label: Esc, a click outside
and the button that opened it close it, and it is placed inside the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget


class TextPopup(QFrame):
    """Rich text in a popup frame.

    Signals:
        closed(): the popup was hidden (Esc, a click outside, or :meth:`close`).
    """

    closed = Signal()

    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("textPopup")
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet("#textPopup { background:#fffdf0; border:1px solid #c8b560; }")
        self.label = QLabel(html)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setMargin(10)
        # Selectable text would take the clicks; the popup is for reading.
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)

    def show_below(self, anchor: QWidget, align_right: bool = True) -> None:
        """Open under ``anchor`` (its right edge by default), moved and, if need be,
        narrowed so that all of it is on the anchor's screen."""
        screen = (anchor.screen() or QApplication.primaryScreen()).availableGeometry()
        self.setMaximumWidth(max(240, min(560, screen.width() - 16)))
        self.adjustSize()
        corner = anchor.mapToGlobal(
            anchor.rect().bottomRight() if align_right else QPoint(0, anchor.height())
        )
        x = corner.x() - self.width() if align_right else corner.x()
        self.move(place_on_screen(QRect(QPoint(x, corner.y()), self.size()), screen))
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt override: Esc closes the popup."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event) -> None:
        """Qt override: announce ``closed`` however the popup went away (Esc, click outside, focus
        loss).
        """
        super().hideEvent(event)
        self.closed.emit()


def place_on_screen(rect: QRect, screen: QRect, margin: int = 4) -> QPoint:
    """The top-left corner that keeps ``rect`` inside ``screen`` (moved, never resized)."""
    x = min(max(rect.x(), screen.left() + margin), screen.right() - rect.width() - margin)
    y = min(max(rect.y(), screen.top() + margin), screen.bottom() - rect.height() - margin)
    return QPoint(max(x, screen.left()), max(y, screen.top()))
