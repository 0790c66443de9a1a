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

log = logging.getLogger(__name__)


# The core speaks English (it serves the command line too); the window speaks Chinese.
# Known phrases of its one-line messages, in the order they are tried; the flag says
# whether the detail in brackets (an OS reason, a line number ...) is worth showing.
_PHRASES = (
    ("written by a newer drafter", "这份稿件由更新版本的 Drafter 保存，请升级后再打开", False),
    ("refusing to overwrite", "目标位置已有一个不是稿件的文件，未覆盖", False),
    ("cannot write", "无法写入", True),
    ("cannot save", "无法保存", True),
    ("cannot create the library", "无法创建资料库", True),
    ("cannot read", "无法读取", True),
    ("no such draft file", "找不到稿件文件", False),
    ("is a folder, not a draft file", "这是文件夹，不是稿件文件", False),
    ("not a drafter draft", "不是 Drafter 稿件文件", False),
    ("corrupt draft", "稿件文件已损坏", True),
    ("file not found", "找不到文件", False),
    ("is a folder, not a file", "这是文件夹，不是文件", False),
    ("not a regular file", "不是普通文件", False),
    ("permission denied", "没有权限访问", False),
    ("the file is empty", "文件是空的", False),
    ("a temporary lock file", "这是 Word/WPS 打开文件时留下的临时锁文件，已跳过", False),
    ("could not be read", "无法读取", True),
    ("no text found", "文件中没有文字（扫描件需先做文字识别）", False),
    ("no body text found", "没有找到正文", False),
    (
        "not a valid word .docx file",
        "不是有效的 Word 文档（文件已损坏，或是别的格式改成了 .docx）",
        False,
    ),
    ("not a text file", "不是文本文件（可能是二进制文件或改了扩展名）", False),
    ("not a pdf file", "不是 PDF 文件", False),
    ("not a valid pdf file", "PDF 文件已损坏或无法读取", False),
    ("the pdf has no pages", "PDF 没有页面", False),
    ("not a folder", "不是文件夹", False),
    ("no drafter library here", "这里没有资料库", False),
    ("in the library", "资料库中没有这篇文稿（可能已被移除）", False),
    ("an indexing process stopped unexpectedly", "建立索引的进程意外退出，请重试", False),
    ("indexing failed", "建立索引失败", True),
    ("not a drafter library catalogue", "不是资料库的目录文件", False),
    ("is not supported", "资料库格式版本不受支持（由更新版本的程序创建？）", False),
    ("a dictionary word cannot contain spaces", "词典中的词不能包含空格", False),
    ("not utf-8 text", "不是 UTF-8 编码的文本，请另存为 UTF-8", False),
    ("unknown format", "不支持的导出格式", True),
    ("no template named", "找不到这个模板", False),
    ("the file is too large to be a template", "文件太大，不像是模板", False),
    ("the template is longer than", "模板太长", False),
    ("recursion too deep", "模板中的宏递归调用过深", False),
    ("the template uses too much memory", "模板占用内存过多", False),
    ("cannot move a heading into itself", "不能把标题移到它自己或它的下级里", False),
    ("top-level heading cannot be promoted", "一级标题不能再升级", False),
    (
        "first heading of a list cannot be demoted",
        "同级的第一个标题不能降级（前面没有可作上级的标题）",
        False,
    ),
    ("no heading with id", "找不到这个标题（可能已被删除）", False),
)

# Reasons the OS gives (strerror), as they appear in the core's brackets.
_OS_REASONS = (
    ("permission denied", "没有权限"),
    ("read-only file system", "只读的文件系统"),
    ("no space left on device", "磁盘空间不足"),
    ("no such file or directory", "文件或文件夹不存在"),
    ("is a directory", "这是一个文件夹"),
    ("not a directory", "路径中有一项不是文件夹"),
    ("file name too long", "文件名太长"),
    ("disk quota exceeded", "超出磁盘配额"),
    ("device or resource busy", "文件正被占用"),
    ("invalid argument", "文件名中有不允许的字符"),
)


def os_reason(text: str) -> str:
    """An OS error reason in Chinese ("Permission denied" -> "没有权限"); else unchanged."""
    lowered = text.lower()
    for phrase, chinese in _OS_REASONS:
        if phrase in lowered:
            return chinese
    return text


def _detail(text: str) -> str:
    """The outermost bracketed part of a core message ("cannot write (Permission denied)")."""
    start, end = text.find("("), text.rfind(")")
    return text[start + 1 : end].strip() if 0 <= start < end else ""


def in_chinese(message: str) -> str:
    """A core message ("报告.pdf: not a PDF file (no PDF header)") in Chinese, keeping the
    file name; unknown messages pass unchanged (the English is still in the log)."""
    head, sep, tail = message.partition(": ")
    subject, text = (head, tail) if sep and len(head) < 260 else ("", message)
    lowered = text.lower()
    for phrase, chinese, keep_detail in _PHRASES:
        if phrase in lowered:
            detail = os_reason(_detail(text)) if keep_detail else ""
            line = f"{chinese}（{detail}）" if detail else chinese
            return f"{subject}：{line}" if subject else line
    return message


def _is_index_file(filename: object) -> bool:
    """A file inside the library's search index (``<library>/index-…/x.trm``)."""
    if not isinstance(filename, str) or not filename:
        return False
    parent = filename.replace("\\", "/").rstrip("/").rsplit("/", 2)
    return len(parent) == 3 and parent[1].startswith("index")


def describe(exc: BaseException) -> str:
    """One line in Chinese for an exception, naming the file when there is one."""
    name = type(exc).__name__
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if name == "LibraryBusy":
        return "资料库正被其他程序使用，请稍后再试。" + (f"（{text}）" if text else "")
    if name == "QueryError":
        return f"检索式有误：{text}" if text else "检索式有误。"
    if name in {
        "LibraryError",
        "ReadError",
        "DraftError",
        "TemplateError",
        "ExportError",
        "StyleError",
    }:
        return in_chinese(text) if text else "操作失败。"
    if isinstance(exc, FileNotFoundError):
        if _is_index_file(exc.filename):
            return "资料库的索引已损坏（缺少索引文件），请用「资料库 › 重建索引」修复。"
        return f"找不到文件：{exc.filename or text}"
    if isinstance(exc, PermissionError):
        return f"没有权限访问：{exc.filename or text}"
    if isinstance(exc, IsADirectoryError):
        return f"这是一个文件夹，不是文件：{exc.filename or text}"
    if isinstance(exc, OSError):
        where = f"：{exc.filename}" if exc.filename else ""
        return f"文件操作失败{where}（{os_reason(exc.strerror or text)}）"
    if isinstance(exc, MemoryError):
        return "内存不足，操作未完成。"
    return f"发生意外错误（{name}）：{text}" if text else f"发生意外错误（{name}）。"


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
        if self._showing:
            return
        self._showing = True
        try:
            self._show(message)
        finally:
            QTimer.singleShot(0, self._reset)

    def _reset(self) -> None:
        self._showing = False

    def install(self) -> ExceptionHook:
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous


def install_excepthook(parent: QWidget | None = None) -> ExceptionHook:
    """Install and return the global hook (the app keeps the reference)."""
    return ExceptionHook(parent).install()
