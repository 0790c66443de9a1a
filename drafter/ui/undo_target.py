"""The toolbar's 撤销 / 重做 act on what the user last worked in: the draft, or the reader's
corrections.

The buttons mirrored the draft's undo stack. After a correction in the reader (Alt+2 on the
wrong paragraph) they stayed greyed, and a user reaching for 撤销 found it disabled, though
Ctrl+Z in the reader takes the correction back (:mod:`~drafter.ui.panels.reader_undo_keys`).
Now they follow the same rule as that key: while the correction is the user's last act in
the reader (no draft edit since) and the focus has not gone to the draft since, they take
back and put back the correction, and their tips say so (撤销更正：设为二级标题「…」); else
they are the draft's, as before (撤销：修改稿件信息). Their labels stay 撤销 / 重做 (the tip names
the step): a label that grew with each step (撤销 修改稿件信息) moved every button after it.
Neither has a key of its own: Ctrl+Z stays the draft's action's, or the reader's.

The reader's corrections are no QUndoStack (they are stored ops, undone by storing the list
without the last step), so a QUndoGroup cannot switch between the two; this small router
does what its active stack would.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from drafter.corpus.correction_labels import step_label
from drafter.ui.panels.reader_undo_keys import REDO_KEYS, UNDO_KEY
from drafter.ui.read_only import read_only_reason
from drafter.ui.widgets.mnemonics import plain_text

READER, DRAFT = "reader", "draft"


class UndoTarget(QObject):
    """The toolbar's ``undo_action`` and ``redo_action`` (see the module docstring) over the
    draft's ``draft_undo`` / ``draft_redo`` (its QUndoStack's actions, with their keys),
    the ``reader`` panel (its ``undo_keys`` and ``corrections``) and the ``draft`` widget
    whose focus hands the buttons back to the draft."""

    def __init__(
        self,
        draft_undo: QAction,
        draft_redo: QAction,
        reader: Any,
        draft: QWidget,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.draft_undo, self.draft_redo = draft_undo, draft_redo
        self.reader, self.draft = reader, draft
        self.undo_action = QAction("撤销", parent)
        self.undo_action.setObjectName("undoSteady")
        self.redo_action = QAction("重做", parent)
        self.redo_action.setObjectName("redoSteady")
        self._area = ""  # where the focus last was of the two: READER, DRAFT or "" (neither yet)
        self.undo_action.triggered.connect(lambda _checked=False: self._trigger(True))
        self.redo_action.triggered.connect(lambda _checked=False: self._trigger(False))
        draft_undo.changed.connect(self.update)
        draft_redo.changed.connect(self.update)
        reader.undo_keys.changed.connect(self.update)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_moved)
        self.update()

    @property
    def target(self) -> str:
        """READER while the buttons act on the reader's corrections, else DRAFT."""
        if self._area == DRAFT or not self.reader.undo_keys.active():
            return DRAFT
        return READER

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        try:
            if new is self.reader or self.reader.isAncestorOf(new):
                area = READER
            elif new is self.draft or self.draft.isAncestorOf(new):
                area = DRAFT
            else:
                return  # the library, the search, a dialog: the last of the two stands
        except RuntimeError:  # the window went, this with it
            return
        if area != self._area:
            self._area = area
            self.update()

    def update(self) -> None:
        """Show on the buttons what they will do now: enabled or not, and in their tips
        the step they take back or put back."""
        try:
            if self.target == READER:
                undo, redo = self._reader_steps()
                self._show(self.undo_action, undo, UNDO_KEY)
                self._show(self.redo_action, redo, REDO_KEYS[0])
            else:
                self._mirror(self.undo_action, self.draft_undo, "撤销")
                self._mirror(self.redo_action, self.draft_redo, "重做")
        except RuntimeError:  # the window is being deleted
            return

    def _reader_steps(self) -> tuple[str, str]:
        """The tips of 撤销 and 重做 on the shown document's corrections ("" greys one)."""
        corrections = self.reader.corrections
        if corrections.saving:  # the step waits for the store (reader_undo_keys)
            return "撤销更正（保存好后执行）", "重做更正（保存好后执行）"
        state = corrections.state()
        if state is None or read_only_reason(self.reader._doc_library):
            return "", ""
        ops = list(state.ops)
        redo = corrections.redo_steps.redo(self.reader.document_key, ops)
        undo_tip = f"撤销更正：{step_label(ops)}" if ops else ""
        redo_tip = f"重做更正：{step_label(redo)}" if redo is not None else ""
        return undo_tip, redo_tip

    @staticmethod
    def _show(action: QAction, tip: str, key: str) -> None:
        action.setEnabled(bool(tip))
        tip = tip or ("没有可撤销的更正" if action.text() == "撤销" else "没有可重做的更正")
        action.setToolTip(f"{tip}（{key}）")
        action.setStatusTip(tip)

    @staticmethod
    def _mirror(action: QAction, draft: QAction, label: str) -> None:
        action.setEnabled(draft.isEnabled())
        keys = draft.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = plain_text(draft.text()) or label
        if text.startswith(label) and not text.startswith(f"{label}：") and text != label:
            text = (
                f"{label}：{text[len(label) :].strip()}"  # 撤销 修改稿件信息 → 撤销：修改稿件信息
            )
        action.setToolTip(f"{text}（{keys}）" if keys else text)
        action.setStatusTip(text)

    def _trigger(self, undo: bool) -> None:
        if self.target == READER:
            self.reader.undo_keys.step(undo)
        else:
            (self.draft_undo if undo else self.draft_redo).trigger()
