"""Answering a file chooser the code under test opens modally, as a user does: the chooser
is looked at when it shows, then a name is typed and 打开 pressed, or it is cancelled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit


def answer_chooser(check: Callable[[QFileDialog], None], name: str | None) -> None:
    """Once a chooser is shown, call ``check`` on it (to note where it started, or to go to
    another folder), then choose ``name`` (None: cancel). Armed before the call that opens
    the chooser, since that call does not return until the chooser is closed."""

    def act():
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QFileDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:  # not shown yet (an earlier chooser may linger, hidden): ask again
            QTimer.singleShot(50, act)
            return
        try:
            check(dialog)
            if name is not None:
                dialog.findChild(QLineEdit, "fileNameEdit").setText(name)  # typed
                dialog.done(QFileDialog.DialogCode.Accepted)  # as the 打开 button does
        finally:
            if dialog.isVisible():
                dialog.reject()  # never leave the test waiting on an open dialog

    QTimer.singleShot(50, act)
