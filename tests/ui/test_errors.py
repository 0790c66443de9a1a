"""Errors reach the user as one Chinese line; the global hook logs and shows, never crashes."""

from __future__ import annotations

import sys

import pytest

from drafter.library import LibraryBusy, QueryError
from drafter.ui.errors import ExceptionHook, describe

from .waits import WAIT_MS


def test_describe_names_the_file_and_speaks_chinese():
    assert "找不到文件" in describe(FileNotFoundError(2, "No such file", "/x/讲话.docx"))
    assert "/x/讲话.docx" in describe(FileNotFoundError(2, "No such file", "/x/讲话.docx"))
    assert "没有权限" in describe(PermissionError(13, "denied", "/root/a.txt"))
    assert describe(QueryError('unclosed quote in "乡村')).startswith("检索式有误")
    assert "其他程序" in describe(LibraryBusy("locked"))
    message = describe(ValueError("bad value\nsecond line"))
    assert "ValueError" in message and "second line" not in message


def test_hook_logs_and_shows_once_per_burst(qtbot, caplog):
    shown: list[str] = []
    hook = ExceptionHook(show=shown.append).install()
    try:
        for _ in range(3):
            try:
                raise RuntimeError("paint failed")
            except RuntimeError:
                sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: len(shown) >= 1, timeout=WAIT_MS)
        qtbot.wait(50)
    finally:
        hook.uninstall()
    assert sys.excepthook is not hook
    assert len(hook.messages) == 3
    assert 1 <= len(shown) <= 3
    assert "paint failed" in shown[0] and "Traceback" not in shown[0]
    assert "Traceback" in caplog.text  # the details go to the log


def test_core_messages_in_chinese_keep_the_file_name():
    from drafter.corpus import ReadError
    from drafter.ui.errors import in_chinese

    assert in_chinese("报告.pdf: not a PDF file (no PDF header)") == "报告.pdf：不是 PDF 文件"
    assert describe(ReadError("空.txt: the file is empty")).startswith("空.txt：文件是空的")
    assert in_chinese("something new") == "something new"


@pytest.mark.parametrize(
    "message, expected",
    [
        # Regression: shown in English (or as "no permission to read" for a write).
        (
            "坏.docx: not a valid Word .docx file (damaged, or another format renamed .docx)",
            "坏.docx：不是有效的 Word 文档",
        ),
        (
            "/sys/导出.docx: cannot write (Permission denied)",
            "/sys/导出.docx：无法写入（没有权限）",
        ),
        (
            "/mnt/稿.json: cannot save (Read-only file system)",
            "/mnt/稿.json：无法保存（只读的文件系统）",
        ),
        (
            "future.json: written by a newer Drafter (draft format 99, this version reads up "
            "to 1); update Drafter to open it",
            "future.json：这份稿件由更新版本的 Drafter 保存",
        ),
        (
            "x.json: corrupt draft (invalid JSON at line 1, column 2)",
            "x.json：稿件文件已损坏（JSON 格式有误：第 1 行第 2 列）",
        ),
    ],
)
def test_core_messages_users_meet_are_in_chinese(message, expected):
    from drafter.ui.errors import in_chinese

    assert in_chinese(message).startswith(expected)


def test_a_broken_index_says_how_to_repair_it():
    missing = FileNotFoundError(2, "No such file", "/lib/index-18ea9d/paragraphs_x.trm")
    assert "重建索引" in describe(missing)
    assert describe(FileNotFoundError(2, "No such file", "/docs/报告.txt")) == (
        "找不到文件：/docs/报告.txt"
    )
