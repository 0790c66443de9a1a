"""The command line's last line of defence: an error nobody foresaw is one Chinese line.

Every known failure (a bad file, a busy library, a broken template) already has its own
message where it happens. What is left — a bug, memory running out on a hostile file, a
structure nested deeper than Python's stack — must still end the command with exit code
2 and one line the user can act on or report, never a traceback.
"""

from __future__ import annotations

import contextlib
import sys

EXIT_ERROR = 2


def report_unexpected(exc: BaseException) -> int:
    """Print ``exc`` as one line on stderr and return the exit code for it."""
    if isinstance(exc, MemoryError):
        line = "内存不足，操作已停止（文件或模板可能过大）"
    elif isinstance(exc, RecursionError):
        line = "内容嵌套过深，操作已停止"
    else:
        detail = " ".join(str(exc).split())[:200]
        kind = type(exc).__name__
        line = f"意外错误，操作已停止（{kind}{': ' + detail if detail else ''}）；请把这一行报告给开发者"
    with contextlib.suppress(Exception):  # stderr itself may be gone
        print(f"drafter：{line}", file=sys.stderr)
    return EXIT_ERROR
