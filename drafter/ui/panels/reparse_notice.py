"""The library panel's quiet notice that documents were parsed by older reading code (after
an upgrade of Drafter), with a button that re-reads them.

Without it a user who upgraded keeps the old, worse outlines for good: the library re-uses
each document's cached parse while its file is unchanged (see
:mod:`drafter.library.parser_stamp`). The re-read itself runs on the panel's import worker
(progress, cancel), never on the GUI thread.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

log = logging.getLogger(__name__)

TEXT = "文档解析规则已更新：{n} 篇文档仍按旧规则解析。"


class ReparseNotice(QWidget):
    """One line and a 「重新解析」 button, shown only while some parses are stale.

    Signals:
        reread_requested(): the user asked for the re-read.
    """

    reread_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reparseNotice")
        self.label = QLabel()
        self.label.setStyleSheet("color:#666")
        self.label.setWordWrap(True)
        self.button = QPushButton("重新解析")
        self.button.setObjectName("reparseButton")
        self.button.setToolTip(
            "按新规则重新读取仍存在的原文件，更新提纲；您的更正保留（文件已不在的文稿保持原样）"
        )
        self.button.clicked.connect(self.reread_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def update_for(self, library: Any, busy: bool) -> None:
        """Show or hide the notice for ``library`` (None: hidden); the button waits while
        another import runs."""
        n = 0
        if library is not None and hasattr(library, "stale_parses"):
            try:
                n = library.stale_parses()
            except Exception:  # noqa: BLE001 - a notice, never an error
                log.exception("checking the parser stamp failed")
        self.label.setText(TEXT.format(n=n))
        self.button.setEnabled(not busy)
        self.setVisible(n > 0)
