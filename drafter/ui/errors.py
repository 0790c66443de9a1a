"""Clear Chinese error messages for the user; tracebacks go to the log, never to a dialog.

``describe(exc)`` turns an exception into one line a writer can act on; ``show_error`` puts
it in a dialog; ``install_excepthook`` makes any unexpected exception in a slot end in such a
dialog (and a log line) instead of a crash or a silent failure.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from drafter.messages import describe, failure_text, in_chinese, os_reason

__all__ = [
    "ExceptionHook",
    "describe",
    "failure_text",
    "in_chinese",
    "install_excepthook",
    "os_reason",
    "show_error",
]

log = logging.getLogger(__name__)


def show_error(
    parent: QWidget | None, message: str, title: str = "出错了", wait: bool = True
) -> None:
    """An error box with ``message``. With ``wait`` it is modal and returns when closed;
    without, it opens window-modal and returns at once (for errors met during startup,
    which must not hold up the rest of it)."""
    log.warning("%s: %s", title, message)
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if wait:
        box.exec()
    else:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


class _ErrorRelay(QObject):
    """Carries an exception from any thread to the GUI thread, where the dialog is shown."""

    raised = Signal(str)


class ExceptionHook:
    """A ``sys.excepthook`` that logs the traceback and shows a short Chinese dialog.

    The dialog is shown once per burst (a broken paint handler must not open a hundred
    boxes). ``show`` is replaceable so tests can record messages instead of opening dialogs.
    """

    def __init__(self, parent: QWidget | None = None, show: Callable[[str], None] | None = None):
        self._parent = parent
        self._show = show or (lambda msg: show_error(self._parent, msg, "程序出错"))
        self._previous = sys.excepthook
        self._showing = False
        self._relay = _ErrorRelay()
        self._relay.raised.connect(self._on_raised, Qt.ConnectionType.QueuedConnection)
        self.messages: list[str] = []

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        log.error(
            "unhandled exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb))
        )
        message = (
            describe(exc)
            + "\n\n详细信息已写入日志。程序可以继续使用；如问题反复出现，请保存草稿后重启。"
        )
        self.messages.append(message)
        self._relay.raised.emit(message)

    def _on_raised(self, message: str) -> None:
        """Show an unexpected error, one dialog at a time: an error raised again while its
        dialog is open (a paint handler, a timer) would stack dialogs without end."""
        if self._showing:
            return
        self._showing = True
        try:
            self._show(message)
        finally:
            QTimer.singleShot(0, self._reset)

    def _reset(self) -> None:
        """Let the next error show, once the event loop is back from this one's dialog."""
        self._showing = False

    def install(self) -> ExceptionHook:
        """Become ``sys.excepthook`` (returns self so the app can keep the reference in one line)."""
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        """Give the previous hook back, but only if nobody replaced ours meanwhile."""
        if sys.excepthook is self:
            sys.excepthook = self._previous


def install_excepthook(parent: QWidget | None = None) -> ExceptionHook:
    """Install and return the global hook (the app keeps the reference)."""
    return ExceptionHook(parent).install()
