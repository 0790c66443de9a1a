"""The command line in Chinese: argparse's own words (usage, errors, --help headings).

argparse looks each of its messages up through ``gettext`` at the moment it prints it
(``argparse._``), so the CLI swaps that lookup for this table. Why not a compiled .mo
catalogue: the messages are few and fixed per Python version, and a table in the source
is read and tested like code; a message not in it stays English rather than breaking.
"""

from __future__ import annotations

import argparse
import difflib

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
    # Only reached by a parser that is not ChineseArgumentParser; that one words it itself.
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的取值 %(value)r（可选：%(choices)s）",
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


# What a new user types for a command in Chinese, or from another tool, and the command
# meant (``drafter 检索 …`` or ``drafter open 文件``): no spelling is near these, so the
# nearest-name search cannot find them.
COMMAND_GUESSES = {
    "检索": "search",
    "搜索": "search",
    "查找": "search",
    "导入": "library add",
    "资料库": "library",
    "审稿": "review",
    "审阅": "review",
    "检查": "review",
    "提纲": "outline",
    "大纲": "outline",
    "导出": "export",
    "模板": "templates",
    "新建": "new",
    "学习": "study",
    "笔记": "notes",
    "比较": "compare",
    "对比": "compare",
    "批注": "comment",
    "版本": "versions",
    "open": "gui --open 文件",
    "打开": "gui --open 文件",
    "import": "library add",
    "add": "library add",
    "help": "--help",
    "帮助": "--help",
}


def unknown_choice(prog: str, value: str, choices: list[str], *, command: bool, top: bool) -> str:
    """The one line for a word that is none of the choices: the word typed, the nearest
    valid ones and then all of them, in Chinese.

    Why not argparse's line: it said 无效的选项 'libary'（可选：'outline', 'library', …）, a
    list of fourteen quoted English names with 选项 ("option") for what is a command, and no
    hint which one was meant. ``command`` is for a sub-command word (``top`` for drafter's
    own, where the Chinese and other tools' words in COMMAND_GUESSES are known too).
    """
    meant: list[str] = []
    if top:
        guess = COMMAND_GUESSES.get(value) or COMMAND_GUESSES.get(value.lower())
        if guess:
            meant = [guess]
    if not meant:
        meant = difflib.get_close_matches(value.lower(), choices, n=3, cutoff=0.6)
    listing = "、".join(choices)
    if command:
        noun = "命令" if top else "操作"
        said = f"没有“{value}”这个{noun}"
        asked = " 或 ".join(f"{prog} {m}" for m in meant)
        tail = f"（全部{noun}：{listing}；{prog} --help 逐一说明）"
    else:
        said = f"没有“{value}”这个取值"
        asked = " 或 ".join(meant)
        tail = f"（可选：{listing}）"
    if meant:
        return f"{said}，要用的是不是 {asked}？{tail}"
    return f"{said}{tail}"


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse's parser whose refusal of a word not among the choices names that word and
    the nearest valid ones (unknown_choice). Sub-parsers are made of the same class, so
    ``drafter library lst`` is answered the same way as ``drafter libary``."""

    def _check_value(self, action: argparse.Action, value: object) -> None:
        choices = action.choices
        if choices is None or value in choices or not isinstance(value, str):
            super()._check_value(action, value)
            return
        names = [str(c) for c in choices]
        if isinstance(action, argparse._SubParsersAction):
            top = " " not in self.prog
            raise argparse.ArgumentError(
                None, unknown_choice(self.prog, value, names, command=True, top=top)
            )
        raise argparse.ArgumentError(
            action, unknown_choice(self.prog, value, names, command=False, top=False)
        )


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
