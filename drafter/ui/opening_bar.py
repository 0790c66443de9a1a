"""The status bar's word while a team library opens: a busy bar, the seconds waited, 取消.

Opening a team library on a slow or silent server waited out the connect timeout (10 s,
or the user's own, longer) with 正在打开资料库… and no way out. The bar shows that the
wait goes on and lets the user stop it: :class:`~drafter.ui.startup.Startup` then stops waiting
(:func:`drafter.abandonable.run_abandonable`) and the window goes on without the library.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QWidget,
)

TICK_MS = 1000  # the seconds waited are said this often


class OpeningBar(QWidget):
    """A busy progress bar, 已等 N 秒 and a 取消 button, shown while a team library opens.

    Signals:
        cancel_requested(): the user pressed 取消.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, status_bar: QStatusBar | None = None) -> None:
        super().__init__(parent)
        # on the status bar only while an open waits: QStatusBar sizes its line by every
        # widget it holds, hidden ones too, and the 取消 button made the line taller (a
        # row less of the library table at 1280×720)
        self._status_bar = status_bar
        self._on_bar = False
        self.setObjectName("libraryOpeningBar")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: how long the server takes is not known
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(90)
        self.waited = QLabel()
        self.cancel_button = QPushButton("取消")
        self.cancel_button.setObjectName("libraryOpeningCancel")
        self.cancel_button.setToolTip("不再等待团队资料库的服务器；可以照常起草和阅读文件")
        self.cancel_button.clicked.connect(self.cancel_requested)
        # as wide as its word: the status bar gave it all the room left (400 px of 取消)
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.waited)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.hide()

    def start(self) -> None:
        """Show the bar from now until :meth:`stop`, counting the seconds waited."""
        self._started = time.monotonic()
        self._tick()
        self._timer.start()
        if self._status_bar is not None and not self._on_bar:
            self._status_bar.insertPermanentWidget(0, self)
            self._on_bar = True
        self.show()

    def stop(self) -> None:
        """The open ended (opened, failed or cancelled): the bar goes."""
        self._timer.stop()
        if self._status_bar is not None and self._on_bar:
            self._status_bar.removeWidget(self)
            self._on_bar = False
        self.hide()

    def _tick(self) -> None:
        """Count the seconds waited, so a slow server is seen to be slow, not the app hung."""
        seconds = int(time.monotonic() - self._started)
        self.waited.setText(f"正在连接团队资料库，已等 {seconds} 秒")


__all__ = ["OpeningBar"]
