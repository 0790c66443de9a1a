"""The 团队资料库连接中断 banner: a strip across the top of the window while a team
library's server is away (see :mod:`drafter.ui.library_watch`), saying why, that Drafter
keeps trying, and a 重试 button; and, worded for it, when the server could not be reached
as the window opened the library (重试 then opens it again). Reads of the library are refused at once meanwhile, so
the window never waits for a server that is not there; drafts, files opened directly and
export carry on."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from drafter.ui.errors import in_chinese

TITLE = "团队资料库连接中断"
UNOPENED_TITLE = "团队资料库暂时连不上"
TRYING = "正在重新连接…"


class OfflineBanner(QToolBar):
    """A fixed toolbar holding the message and 重试; hidden while the library answers.

    Signals:
        retry_requested(): the user pressed 重试.
    """

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(TITLE, parent)
        self.setObjectName("offlineBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not a toolbar the user switches on
        box = QWidget()
        box.setObjectName("offlineBox")
        box.setStyleSheet("#offlineBox { background:#fff4e5; border:1px solid #e0a040; }")
        row = QHBoxLayout(box)
        row.setContentsMargins(8, 3, 8, 3)
        self.label = QLabel()
        self.label.setObjectName("offlineLabel")
        # two lines as they come, cut at the window's edge (the whole reason in the
        # tooltip): a wrapping label made the toolbar a hundred pixels tall at 1600×1000,
        # and an unwrapped one widened the window past a 1280×720 screen
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setMinimumWidth(1)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.retry_button = QPushButton("重试")
        self.retry_button.setObjectName("offlineRetry")
        self.retry_button.setToolTip("现在再试着连接团队资料库的服务器")
        self.retry_button.clicked.connect(self._on_retry)
        row.addWidget(self.label, 1)
        row.addWidget(self.retry_button)
        self.addWidget(box)
        self.hide()

    def show_away(self, why: str) -> None:
        """Show the banner with ``why`` the server cannot be reached (the last try's word),
        said as every other message (``库地址：原因``, not the core's ``地址: 原因``)."""
        why = in_chinese(why)
        self.label.setText(
            f"<b>{TITLE}</b>：{html.escape(why)}<br>"
            "检索、阅读和导入暂停；草稿照常编辑、保存和导出。Drafter 会每隔几秒自动重试。"
        )
        self._show(f"{TITLE}：{why}")

    def show_unopened(self, why: str) -> None:
        """Show the banner for a team library whose server could not be reached when the
        window opened it (``why``: the open's error): nothing of it is open, so nothing is
        paused or tried again by itself; 重试 opens it again. One place for the error,
        where a box, the library panel and the status bar each repeated it."""
        # the error says these words itself (库地址：团队资料库暂时连不上：服务器 … 拒绝连接):
        # said once, first, as the title
        why = in_chinese(why).replace(f"{UNOPENED_TITLE}：", "", 1)
        shown = f"{UNOPENED_TITLE}：{why}"
        self.label.setText(
            f"<b>{UNOPENED_TITLE}</b>：{html.escape(why)}<br>"
            "资料库未打开，检索和阅读资料库的文稿要等连上以后；草稿照常编辑、保存和导出。"
            "服务器恢复后按「重试」。"
        )
        self._show(shown)

    def _show(self, tip: str) -> None:
        """The banner shown with 重试 ready again (a try that ended answers the press)."""
        self.label.setToolTip(tip)
        self.retry_button.setEnabled(True)
        self.retry_button.setText("重试")
        self.show()

    def _on_retry(self) -> None:
        """重试 pressed: the button greys and says it is trying until the try answers, so
        a second press cannot queue a second probe behind a server that is slow to answer."""
        self.retry_button.setEnabled(False)
        self.retry_button.setText(TRYING)
        self.retry_requested.emit()
