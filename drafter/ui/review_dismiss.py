"""Dismissing review findings as an undoable edit of the draft.

A dismissed finding's anchor token is kept in the draft (``review_dismissed``) and saved
with it, so the next review leaves it out too; the shown result is changed at once rather
than waiting for that review.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from drafter.drafts.model import Draft
from drafter.review.anchor import token, tokens_for


def as_findings(finding) -> list:
    """One finding, or a group's row (a tuple of them), as a list."""
    return list(finding) if isinstance(finding, (tuple, list)) else [finding]


class DismissCommand(QUndoCommand):
    """Dismiss (or restore) one finding, or a group's findings at once; undo puts them back.

    Dismissing keeps each finding's anchor token (``drafter.review.anchor.token``);
    restoring removes every kept token that names one of them, also one stored before
    the writer edited next to the words."""

    def __init__(self, draft: Draft, finding, dismiss: bool, found=()) -> None:
        super().__init__("忽略审稿意见" if dismiss else "恢复审稿意见")
        self.draft, self.dismiss = draft, dismiss
        self.tokens: list[str] = []
        for f in as_findings(finding):
            more = [token(f)] if dismiss else tokens_for(f, draft.review_dismissed, list(found))
            self.tokens += [t for t in more if t not in self.tokens]

    def _set(self, present: bool) -> None:
        keys = self.draft.review_dismissed
        for t in self.tokens:
            if present and t not in keys:
                keys.append(t)
            elif not present and t in keys:
                keys.remove(t)

    def redo(self) -> None:
        """Apply (Qt calls it on push and on redo)."""
        self._set(self.dismiss)

    def undo(self) -> None:
        """Take it back."""
        self._set(not self.dismiss)


def move_in_result(result, finding, dismiss: bool) -> None:
    """Move ``finding`` (or a group's) between the shown result's findings and dismissed
    ones, so the panel shows the dismissal at once; the next review agrees."""
    for f in as_findings(finding):
        if dismiss and f in result.findings:
            result.findings.remove(f)
            result.dismissed.append(f)
        elif not dismiss and f in result.dismissed:
            result.dismissed.remove(f)
            result.findings.append(f)
    if not dismiss:
        result.findings.sort(key=lambda x: (x.paragraph or 0, x.start or 0))
