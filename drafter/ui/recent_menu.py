"""The 最近的稿件 menu: filled from the settings each time it opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from drafter.settings import Settings


class RecentDraftsMenu(QMenu):
    """Lists ``settings.recent_drafts``; a path that no longer exists is dropped on click.

    Signals:
        draft_chosen(str): the user picked a draft that exists.
        draft_missing(str): the user picked a draft that is gone (already forgotten).
    """

    draft_chosen = Signal(str)
    draft_missing = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__("最近的稿件", parent)
        self.settings = settings
        self.aboutToShow.connect(self.refill)

    def refill(self) -> None:
        """Rebuild the entries from the settings just before the menu shows, so it never lists a
        stale path; a disabled entry says when there are none.
        """
        self.clear()
        recent = [p for p in self.settings.recent_drafts if p]
        if not recent:
            self.addAction("（没有最近的稿件）").setEnabled(False)
            return
        for number, path in enumerate(recent, start=1):
            action = self.addAction(f"&{number % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self._choose(p))

    def _choose(self, path: str) -> None:
        """Open the chosen draft, or, when it was moved or deleted since, drop it from the
        list and say so (a menu entry that fails every time is worse than none)."""
        if Path(path).exists():
            self.draft_chosen.emit(path)
        else:
            self.settings.remove_recent_draft(path)
            self.draft_missing.emit(path)
