"""Undo commands of the draft editor.

Structural edits (add, delete, move, promote, rename, numbering) snapshot the draft's JSON
before and after: restoring a snapshot is exact by construction, whatever the edit was, so
undo can never drift from redo. Typing and metadata edits are small and frequent, so they
store only the paragraphs of one node (or one metadata field) and merge while the writer
keeps typing in the same place: one undo step per burst of typing.

Every command is pushed *after* the change was made, so its first ``redo`` does nothing.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtGui import QUndoCommand

TEXT_COMMAND_ID = 1001
META_COMMAND_ID = 1002
# A pause longer than this starts a new undo step even in the same node.
BURST_GAP_S = 4.0


class SessionLike(Protocol):
    """What the undo commands need of the draft session: three ways to put saved state back. A
    Protocol so the commands do not import the session module.
    """

    def restore_snapshot(self, snapshot: dict, select: str | None) -> None:
        """Replace the whole draft with a saved JSON snapshot and select ``select`` again."""

    def restore_paragraphs(self, key: str, paragraphs: list[dict]) -> None:
        """Replace the paragraphs of one node (or the opening/closing) with saved ones."""

    def restore_meta(self, field: str, value: str) -> None:
        """Set one metadata field back to a saved value."""


class _AppliedCommand(QUndoCommand):
    """A command whose change is already in place when it is pushed."""

    def __init__(self, text: str, burst: int = 0) -> None:
        super().__init__(text)
        self._applied = True
        self.burst = burst
        self._last_edit = time.monotonic()

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._redo()

    def _redo(self) -> None:
        raise NotImplementedError

    def _can_merge(self, other: _AppliedCommand) -> bool:
        """Same burst (the session starts a new one when the writer moves elsewhere) and no
        long pause since the last merged edit."""
        return other.burst == self.burst and time.monotonic() - self._last_edit < BURST_GAP_S

    def _absorb(self, other: _AppliedCommand) -> bool:
        """Take ``other``'s end state as this command's; an edit typed and then erased
        again leaves nothing to undo, so the command makes itself obsolete."""
        self._after = other._after
        self._last_edit = time.monotonic()
        if self._after == self._before:
            self.setObsolete(True)
        return True


class SnapshotCommand(_AppliedCommand):
    """Any structural change, as the whole draft before and after."""

    def __init__(
        self,
        session: SessionLike,
        text: str,
        before: dict,
        after: dict,
        select_before: str | None,
        select_after: str | None,
    ) -> None:
        super().__init__(text)
        self._session = session
        self._before = before
        self._after = after
        self._select_before = select_before
        self._select_after = select_after

    def _redo(self) -> None:
        self._session.restore_snapshot(self._after, self._select_after)

    def undo(self) -> None:
        """Qt override: put back the draft as it was before the structural edit, with the selection
        of that moment.
        """
        self._session.restore_snapshot(self._before, self._select_before)


class ParagraphsCommand(_AppliedCommand):
    """The paragraphs of one node (``"opening"``, ``"closing"`` or a node id) changed.

    Typing merges into the previous command of the same node within one burst (the session
    starts a new burst when another node is selected) unless the writer paused; inserting a borrowed paragraph never merges.
    """

    def __init__(
        self,
        session: SessionLike,
        text: str,
        key: str,
        before: list[dict],
        after: list[dict],
        mergeable: bool = True,
        burst: int = 0,
    ) -> None:
        super().__init__(text, burst)
        self._session = session
        self.key = key
        self._before = before
        self._after = after
        self._mergeable = mergeable

    def id(self) -> int:
        """Qt override: typing commands share one id so QUndoStack offers them to ``mergeWith``; -1
        (never merged) for pastes and other one-off edits.
        """
        return TEXT_COMMAND_ID if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Qt override: fold the next typing step of the same node into this one, so a burst of
        typing is one undo step.
        """
        if not isinstance(other, ParagraphsCommand) or other.key != self.key:
            return False
        if not (self._mergeable and other._mergeable and self._can_merge(other)):
            return False
        return self._absorb(other)

    def _redo(self) -> None:
        self._session.restore_paragraphs(self.key, self._after)

    def undo(self) -> None:
        """Qt override: put back the node's paragraphs as they were before the burst of typing."""
        self._session.restore_paragraphs(self.key, self._before)


class MetaCommand(_AppliedCommand):
    """One metadata field (title, speaker, …) changed; typing in it merges."""

    def __init__(
        self, session: SessionLike, text: str, field: str, before: str, after: str, burst: int = 0
    ) -> None:
        super().__init__(text, burst)
        self._session = session
        self.field = field
        self._before = before
        self._after = after

    def id(self) -> int:
        """Qt override: metadata edits share one id so consecutive edits of one field can merge."""
        return META_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Qt override: fold the next edit of the same field into this one (one undo step per burst
        of typing in a field).
        """
        if not isinstance(other, MetaCommand) or other.field != self.field:
            return False
        if not self._can_merge(other):
            return False
        return self._absorb(other)

    def _redo(self) -> None:
        self._session.restore_meta(self.field, self._after)

    def undo(self) -> None:
        """Qt override: put back the field's value from before the edit."""
        self._session.restore_meta(self.field, self._before)
