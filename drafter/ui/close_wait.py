"""Closing the window while a correction is being saved: wait for it, or keep it.

A correction shows in the reader at once and is stored on a worker behind it (the store
re-indexes the document: seconds on a big library, longer on a slow team server). A window
closed meanwhile went at once: on a team library the library was closed under the save,
which rolled it back, and the correction was lost without a word.

Now the close waits: a box says 正在保存更正…, and the window closes by itself the moment
the saves end. The box never holds the user: 不等了，下次打开时保存 keeps the correction
being stored (a new one, or an undo, a redo, 更正已核对: the list it stores with the list
it replaces, written only over that list) in the 待保存 list (the one kept for a team server that is away, in a file
beside the settings), which the next open writes (once: a save that went through after all
adds nothing), and closes now; 取消 keeps the window open. A terminating signal does not
ask: it keeps and goes (:meth:`CloseWait.keep_and_go`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

WAIT_TEXT = "正在保存更正…"
"""What the box says while the close waits for a save."""

LEAVE_TEXT = "不等了，下次打开时保存"
"""The way out: the correction kept as 待保存 and the window closed now."""


class CloseWait(QObject):
    """Holds a window's close while its reader's corrections are saved (see the module
    docstring). The window asks :meth:`holds` first thing in its ``closeEvent``."""

    def __init__(self, window: QWidget, corrections: Any) -> None:
        super().__init__(window)
        self.window = window
        self.corrections = corrections
        self.box: QMessageBox | None = None
        self._let_go = False  # the next close goes through (the way out was taken)
        corrections.idle.connect(self._saves_ended)

    def holds(self) -> bool:
        """Whether the close must wait (a save runs): the box is shown and True; False
        when nothing is being saved or the user chose not to wait."""
        if self._let_go:
            self._let_go = False
            return False
        if not self.corrections.saving:
            return False
        if self.box is None:
            self._ask()
        return True

    def keep_and_go(self) -> None:
        """No waiting (a terminating signal, the way out): the correction being stored is
        kept as 待保存 for the next open."""
        self.corrections.keep_unsaved()

    def _ask(self) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("closeWaitBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("正在保存更正")
        box.setText(WAIT_TEXT)
        # a new correction, an undo, a redo or 更正已核对 alike: each is kept (keep_unsaved)
        box.setInformativeText(
            f"保存完成后窗口自动关闭。选「{LEAVE_TEXT}」：这处更正先记在本机，"
            "下次打开资料库时自动保存，不会丢失。"
        )
        leave = box.addButton(LEAVE_TEXT, QMessageBox.ButtonRole.AcceptRole)
        box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: self._answered(button is leave))
        self.box = box
        box.show()

    def _answered(self, leave: bool) -> None:
        self._forget_box()
        if not leave:
            return  # 取消: the window stays, the save goes on
        self.keep_and_go()
        self._let_go = True
        self.window.close()

    def _saves_ended(self) -> None:
        if self.box is None or self.corrections.saving:
            return
        self._forget_box()
        self.window.close()

    def _forget_box(self) -> None:
        box, self.box = self.box, None
        if box is not None:
            box.hide()
            box.deleteLater()
