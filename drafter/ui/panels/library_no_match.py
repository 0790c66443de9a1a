"""What an empty library table says when the library is not empty: which filters left no
document, and a button that clears them.

ux68's walk typed a filter while the 按场合浏览 tree had 座谈会（0）chosen: the table went
blank with nothing said, and the tree's choice, one panel away, was easy to forget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget


def no_match_text(occasion: str = "", text: str = "", genre: str = "", year: str = "") -> str:
    """按场合“座谈会”、筛选“改革”：0 篇 — every filter in force, as the user set it, so the
    one to clear is in sight. ``occasion`` is the tree's chosen node (its path, 座谈会 › 省级)."""
    parts = []
    if occasion:
        parts.append(f"按场合“{occasion}”")
    if text.strip():
        parts.append(f"筛选“{text.strip()}”")
    if genre:
        parts.append(f"体裁“{genre}”")
    if year:
        parts.append(f"年份 {year}")
    return ("、".join(parts) or "按当前筛选") + "：0 篇"


class NoMatchNotice(QWidget):
    """A line and 清除筛选 over the middle of an empty table's viewport.

    Signals:
        clear_requested(): 清除筛选 was clicked.
    """

    clear_requested = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("libraryNoMatch")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color:#555")
        self.clear_button = QPushButton("清除筛选")
        self.clear_button.setObjectName("libraryClearFilters")
        self.clear_button.clicked.connect(self.clear_requested)
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.label)
        box.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self.hide()

    def say(self, text: str | None) -> None:
        """Show ``text`` (None: hide, the table has rows or the library none)."""
        if text is None:
            self.hide()
            return
        self.label.setText(text)
        self.setGeometry(self._viewport.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Keep covering the viewport as it is resized."""
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._viewport.rect())
        return super().eventFilter(watched, event)
