"""Ctrl+Z / Ctrl+Y in the reader take back and put back the user's last outline correction.

A speechwriter who pressed Alt+1 on the wrong paragraph presses Ctrl+Z, as everywhere else.
In the reader that did nothing (or, once the draft had something to undo, silently undid the
draft's last edit behind the user's back); taking the correction back took a right click,
更正结构 and 撤销：… (three clicks). Now the keys act on the correction while it is the user's
last act there: a correction (or its undo) made from the reader, on the document shown, with
no draft edit since. Otherwise they stay the draft's, as before — inserting a selection into
the draft and pressing Ctrl+Z takes the insertion back.

An event filter on the reader panel: the key reaches it from the text, the outline or 学习模式's
page (read-only views that leave Ctrl+Z alone), and it claims the key from the window's
shortcut (the draft's 撤销) only when it will use it.

A key pressed while the correction is still being stored waits for it: the step runs once
the store returned and the reader shows the stored correction, through the same write path
as any undo (one store after the other, never two at once). It was swallowed with a line
asking the user to press it again. A store that failed runs no step and says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

UNDO_KEY = "Ctrl+Z"
REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")


class CorrectionUndoKeys(QObject):
    """The reader's Ctrl+Z / Ctrl+Y for corrections (see the module docstring).

    ``panel`` is the :class:`~drafter.ui.panels.reader_panel.ReaderPanel`; its
    ``corrections`` take the step back or put it back. The window calls :meth:`draft_moved`
    when the draft changes, which hands the keys back to the draft.

    Signals:
        changed(): whether the keys act on the corrections may have changed (a correction
            made or taken back, the draft changed, a save ended): the toolbar's 撤销/重做
            (:mod:`drafter.ui.undo_target`) follow it.
    """

    changed = Signal()

    def __init__(self, panel: Any) -> None:
        super().__init__(panel)
        self.panel = panel
        # the document whose correction was the user's last act in the reader ("" none)
        self._last = ""
        # a step asked for while a correction was stored: (undo, paragraph, document, stored)
        self._queued: tuple[bool, int, str, bool] | None = None
        panel.corrections.corrected.connect(self._corrected)
        panel.corrections.save_ended.connect(self._save_ended)
        panel.corrections.save_started.connect(self.changed)
        panel.document_opened.connect(self._opened)
        panel.installEventFilter(self)

    def _corrected(self, doc_id: str, *_rest) -> None:
        self._last = doc_id
        if self._queued is not None and self._queued[2] == doc_id:
            self._queued = (*self._queued[:3], True)  # stored: runs once it is shown
        self.changed.emit()

    def _save_ended(self) -> None:
        """A store returned without storing (refused, or kept for later): the step waiting
        on it is not run, and the user is told."""
        queued = self._queued
        if queued is not None and not queued[3] and not self.panel.corrections.storing:
            self._queued = None
            self.panel.corrections.status_message.emit(
                "更正没有保存成功，刚才按的 Ctrl+Z / Ctrl+Y 没有执行。"
            )
        self.changed.emit()

    def _opened(self, key: str) -> None:
        """The reader shows a document: run the step waiting for the stored correction."""
        self.changed.emit()  # the stored corrections read with it name the next step
        queued = self._queued
        if queued is None or not queued[3] or self.panel.corrections.saving:
            return
        self._queued = None
        if key == queued[2]:  # (another document opened meanwhile: the key was for that one)
            self.panel.corrections.step_by_key(queued[0], queued[1])

    def draft_moved(self, *_args) -> None:
        """The draft changed (an edit, an insertion from the reader, its own undo): Ctrl+Z
        is the draft's again until the next correction."""
        if self._last:
            self._last = ""
            self.changed.emit()

    def active(self) -> bool:
        """Whether Ctrl+Z / Ctrl+Y in the reader act on its corrections now: the last one is
        the user's last act, or one is being saved (on a busy machine that took seconds, and
        the key pressed meanwhile went to the draft)."""
        if self.panel.corrections.saving:
            return True
        return bool(self._last) and self._last == self.panel.document_key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        """Qt override: claim Ctrl+Z / Ctrl+Y over the window's shortcut while :meth:`active`,
        and act on the key press that reaches the panel."""
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not self.active():
            return False
        undo = _matches(event, (UNDO_KEY,))
        if not undo and not _matches(event, REDO_KEYS):
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            self.step(undo)
        return True

    def step(self, undo: bool) -> None:
        """Take back (``undo``) or put back the last correction, as Ctrl+Z / Ctrl+Y in the
        reader do (the toolbar's 撤销/重做 too, while they act on the corrections): one
        asked while the correction is being stored runs once it is stored."""
        corrections = self.panel.corrections
        if corrections.storing and self.panel.document_key:
            self._queued = (undo, self._where(), self.panel.document_key, False)
            step = "撤销" if undo else "重做"
            corrections.status_message.emit(f"更正还在保存，保存好后即{step}，不必再按。")
        elif corrections.saving:  # kept corrections being written (the server was away)
            corrections.status_message.emit(
                "更正还在保存，保存好后再按 Ctrl+Z 撤销或 Ctrl+Y 重做。"
            )
        else:
            corrections.step_by_key(undo, self._where())

    def _where(self) -> int:
        """The paragraph to show after the step: the caret's, as the menu's entries do."""
        shown = self.panel.key_paragraph() if self.panel.key_paragraph is not None else None
        if shown is not None:
            return max(0, shown)
        return max(0, self.panel.view.textCursor().blockNumber())


def _matches(event: QKeyEvent, keys: tuple[str, ...]) -> bool:
    combined = event.keyCombination().toCombined()
    return any(QKeySequence(key)[0].toCombined() == combined for key in keys)
