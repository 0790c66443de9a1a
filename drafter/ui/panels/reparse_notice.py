"""The library panel's quiet notice that documents were parsed by older reading code (after
an upgrade of Drafter), with a button that re-reads them.

Without it a user who upgraded keeps the old, worse outlines for good: the library re-uses
each document's cached parse while its file is unchanged (see
:mod:`drafter.library.parser_stamp`). The re-read itself runs on the panel's import worker
(progress, cancel), never on the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from drafter.library import parser_stamp
from drafter.ui.read_only import hold, read_only_reason
from drafter.ui.widgets.note_label import note_label

TEXT = "文档解析规则已更新：{n} 篇文档仍按旧规则解析。"


class ReparseNotice(QWidget):
    """One line, a 「重新解析」 button and 「不再提示」, shown only while some parses are stale
    and the user has not set the notice aside for these rules (``dismissed``).

    Signals:
        reread_requested(): the user asked for the re-read.
        dismissed_for(str): the user set the notice aside for this parser stamp.
    """

    reread_requested = Signal()
    dismissed_for = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reparseNotice")
        self.dismissed = ""  # the stamp the user said 不再提示 for (Settings.reparse_dismissed)
        # some documents are due for a re-read and the user has not set it aside: the panel
        # then re-reads them when it opens the library (LibraryPanel._reread_due)
        self.due = False
        self.label = note_label()
        self.button = QPushButton("重新解析")
        self.button.setObjectName("reparseButton")
        self.button.setToolTip(
            "按新规则重新读取仍存在的原文件，更新提纲；您的更正保留（文件已不在的文稿保持原样）"
        )
        self.button.clicked.connect(self.reread_requested)
        self.dismiss_button = QPushButton("不再提示")
        self.dismiss_button.setObjectName("reparseDismiss")
        self.dismiss_button.setFlat(True)
        self.dismiss_button.setToolTip(
            "这一版解析规则不再提示；以后可用“资料库 › 重建索引”按新规则重新解析"
        )
        self.dismiss_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(self.dismiss_button)
        self.hide()

    def dismiss(self) -> None:
        """不再提示: hide the notice for this Drafter's reading rules (new rules show it again)."""
        self.dismissed = parser_stamp.current()
        self.hide()
        self.dismissed_for.emit(self.dismissed)

    def show_count(self, n: int, library: Any, busy: bool) -> None:
        """Show or hide the notice for ``n`` documents of an older reader version in
        ``library`` (None: hidden), counted by the panel's listing (on a worker for a team
        library: nothing is read here); the button waits while another import runs, and is
        held where the library is read-only (the notice still says its documents were read
        by older rules)."""
        self.label.setText(TEXT.format(n=n))
        hold(self.button, read_only_reason(library), not busy)
        self.due = parser_stamp.notice_due(n, self.dismissed)
        self.setVisible(self.due)
