"""The command line in Chinese: argparse's own words (usage, errors, --help headings).

argparse looks each of its messages up through ``gettext`` at the moment it prints it
(``argparse._``), so the CLI swaps that lookup for this table. Why not a compiled .mo
catalogue: the messages are few and fixed per Python version, and a table in the source
is read and tested like code; a message not in it stays English rather than breaking.
"""

from __future__ import annotations

import argparse

MESSAGES: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "参数 %s 必须给出其一",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r（可选：%(choices)s）",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "%(value)r 不是有效的 %(type)s 值",
    "expected one argument": "需要一个值",
    "expected at most one argument": "至多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是：%(matches)s",
    "ignored explicit argument %r": "多余的参数值 %r",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
    "unexpected option string: %s": "意外的选项：%s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的子命令 %(parser_name)r（可选：%(choices)s）",
}
PLURALS: dict[str, str] = {
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
}
# argparse names the type of a bad value by the converter's __name__.
TYPE_NAMES = {"int": "整数", "float": "数值"}


def translate(message: str) -> str:
    """argparse's message in Chinese (unknown ones unchanged)."""
    return MESSAGES.get(message, message)


def translate_plural(singular: str, plural: str, n: int) -> str:
    """argparse's counted message in Chinese."""
    return PLURALS.get(singular if n == 1 else plural, singular if n == 1 else plural)


def install() -> None:
    """Make argparse speak Chinese in this process (idempotent)."""
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = translate_plural  # type: ignore[attr-defined]


class ChineseHelpFormatter(argparse.HelpFormatter):
    """Help with the type of a value named in Chinese (整数, 数值)."""

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return action.dest.upper()
