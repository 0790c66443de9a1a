"""The 团队资料库连接中断 banner: a strip across the top of the window while a team
library's server is away (see :mod:`drafter.ui.library_watch`), saying why, that Drafter
keeps trying, and a 重试 button; worded for it, when the server could not be reached as
the window opened the library (重试 then opens it again, and the banner does by itself on
a growing countdown); and, worded again, when the server refused the library as set up (a
wrong password, no such database: what to correct, once, with 首选项…); and for a local
library folder that did not open, with what to do. Reads of the
library are refused at once meanwhile, so the window never waits for a server that is not
there; drafts, files opened directly and export carry on."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from drafter.library.location import is_database_spec, shown_name
from drafter.ui.errors import in_chinese

TITLE = "团队资料库连接中断"
UNOPENED_TITLE = "团队资料库暂时连不上"
REFUSED_TITLE = "团队资料库无法打开"
LOCAL_TITLE = "资料库无法打开"
TRYING = "正在重新连接…"
COUNTDOWN = "将在 {seconds} 秒后自动重试"


class OfflineBanner(QToolBar):
    """A fixed toolbar holding the message and 重试; hidden while the library answers.

    Signals:
        retry_requested(): the user pressed 重试, or the countdown of an automatic retry
            (:meth:`show_unopened` with ``retry_in``) ran out.
        preferences_requested(): 首选项… pressed (a library address to correct).
        auto_retry_stopped(): 不再自动重试 pressed: no countdown until the library opens.
    """

    retry_requested = Signal()
    preferences_requested = Signal()
    auto_retry_stopped = Signal()

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
        self.stop_button = QPushButton("不再自动重试")
        self.stop_button.setObjectName("offlineStopRetry")
        self.stop_button.setToolTip("停止倒计时；服务器恢复后自己按「重试」")
        self.stop_button.clicked.connect(self.stop_countdown)
        self.stop_button.clicked.connect(self.auto_retry_stopped)
        self.preferences_button = QPushButton("首选项…")
        self.preferences_button.setObjectName("offlinePreferences")
        self.preferences_button.setToolTip("在「首选项 › 常规」里改团队资料库的地址")
        self.preferences_button.clicked.connect(self.preferences_requested)
        row.addWidget(self.label, 1)
        row.addWidget(self.retry_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.preferences_button)
        self.addWidget(box)
        # the automatic retry's countdown: one tick a second while it runs, none otherwise
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count)
        self._left = 0
        self._message = ("", "")  # the shown message's first line (HTML) and second line
        self.hide()

    def show_away(self, why: str) -> None:
        """Show the banner with ``why`` the server cannot be reached (the last try's word),
        said as every other message (``库地址：原因``, not the core's ``地址: 原因``)."""
        why = in_chinese(why)
        self._message = (
            _first_line(TITLE, why),
            "检索、阅读和导入暂停；草稿照常编辑、保存和导出。Drafter 会每隔几秒自动重试。",
        )
        self._show(f"{TITLE}：{why}")

    def show_unopened(self, why: str, retry_in: int | None = None) -> None:
        """Show the banner for a team library whose server could not be reached when the
        window opened it (``why``: the open's error): nothing of it is open; 重试 opens it
        again, and so does the banner itself after ``retry_in`` seconds, counted down in
        its text (将在 N 秒后自动重试) with 不再自动重试 to stop it. One place for the
        error, where a box, the library panel and the status bar each repeated it."""
        # the error says these words itself (库地址：团队资料库暂时连不上：服务器 … 拒绝连接):
        # said once, first, as the title
        why = in_chinese(why).replace(f"{UNOPENED_TITLE}：", "", 1)
        self._message = (
            _first_line(UNOPENED_TITLE, why),
            "资料库未打开，检索和阅读资料库的文稿要等连上以后；草稿照常编辑、保存和导出。",
        )
        self._show(f"{UNOPENED_TITLE}：{why}")
        if retry_in is not None:
            self._left = max(1, int(retry_in))
            self._tick.start()
            self.stop_button.show()
            self._render()

    def show_refused(self, why: str) -> None:
        """Show the banner for a team library the server refused as set up (a wrong or
        missing password, no such database or user, a server name that does not resolve,
        a library of another Drafter version): ``why`` says what to correct, once, here;
        never tried again by itself (waiting mends none of these). 重试 opens it again
        once it is corrected, 首选项… is where its address is changed."""
        why = in_chinese(why).replace("无法连接团队资料库：", "", 1)
        self._message = (
            _first_line(REFUSED_TITLE, why),
            "资料库未打开；草稿照常编辑、保存和导出。改好后按「重试」；"
            "地址在「首选项 › 常规 › 团队资料库」里改。",
        )
        self._show(f"{REFUSED_TITLE}：{why}")
        self.preferences_button.show()

    def show_local_failed(self, why: str) -> None:
        """Show the banner for a library folder (or file) that did not open (not a folder,
        no permission, a damaged index, another Drafter's format): ``why`` once, here, with
        what to do; 重试 opens it again once mended, 首选项… is where another folder is
        chosen. Before, the same line was in a box, the 资料库 panel and the status bar."""
        why = in_chinese(why)
        self._message = (
            f"<b>{LOCAL_TITLE}</b>：{html.escape(why)}",
            "资料库未打开；草稿照常编辑、保存和导出。问题解决后按「重试」；"
            "或在「首选项 › 常规」里换一个资料库位置。",
        )
        self._show(f"{LOCAL_TITLE}：{why}")
        self.retry_button.setToolTip("再打开一次这个资料库")
        self.preferences_button.setToolTip("在「首选项 › 常规」里换一个资料库位置")
        self.preferences_button.show()

    @property
    def counting_down(self) -> bool:
        """Whether an automatic retry is counted down (its seconds shown in the text)."""
        return self._tick.isActive()

    def stop_countdown(self) -> None:
        """No automatic retry (不再自动重试, a retry started, the banner gone): the count
        and its button go, 重试 stays for the user."""
        self._tick.stop()
        self.stop_button.hide()
        self._render()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        """Hidden (the library opened, another was chosen): no retry counted down unseen."""
        if not visible:
            self.stop_countdown()
        super().setVisible(visible)

    def _count(self) -> None:
        """One second of the countdown gone; at zero the library is tried again, as by 重试."""
        self._left -= 1
        if self._left > 0:
            self._render()
            return
        self._on_retry()

    def _render(self) -> None:
        """The message's two lines, the second ending with the countdown while it runs."""
        head, tail = self._message
        if self._tick.isActive():
            tail += COUNTDOWN.format(seconds=self._left) + "；也可以现在按「重试」。"
        elif head.startswith(f"<b>{UNOPENED_TITLE}"):
            tail += "服务器恢复后按「重试」。"
        self.label.setText(f"{head}<br>{tail}")

    def _show(self, tip: str) -> None:
        """The banner shown with 重试 ready again (a try that ended answers the press), no
        countdown nor 首选项… unless its caller adds them."""
        self._tick.stop()
        self.stop_button.hide()
        self.preferences_button.hide()
        self._render()
        self.label.setToolTip(tip)
        self.retry_button.setToolTip("现在再试着连接团队资料库的服务器")
        self.preferences_button.setToolTip("在「首选项 › 常规」里改团队资料库的地址")
        self.retry_button.setEnabled(True)
        self.retry_button.setText("重试")
        self.show()

    def _on_retry(self) -> None:
        """重试 pressed: the button greys and says it is trying until the try answers, so
        a second press cannot queue a second probe behind a server that is slow to answer.
        A countdown running stops: this is its retry, or the user's sooner one."""
        self._tick.stop()
        self.stop_button.hide()
        self._render()
        self.retry_button.setEnabled(False)
        self.retry_button.setText(TRYING)
        self.retry_requested.emit()


def _first_line(title: str, why: str) -> str:
    """The banner's first line (HTML) for a team library: the title with the library's
    short name (本机/drafter, db.office/drafter), then the reason and what to do. The
    line is cut at the window's edge, and the whole address came first
    (postgresql://li@db.office:5432/drafter?sslmode=verify-full&sslrootcert=…：…): at
    1280×720 the fix at its end (chmod 600 …, 请核对地址里的数据库名) was cut off. The
    whole address stays in the tooltip and in 首选项."""
    address, sep, reason = why.partition("：")
    if not sep or not is_database_spec(address.strip()):
        return f"<b>{title}</b>：{html.escape(why)}"
    name = shown_name(address.strip())
    return f"<b>{title}</b>（{html.escape(name)}）：{html.escape(reason)}"
