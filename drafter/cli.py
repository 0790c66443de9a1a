"""Command-line front end. Each sub-command lives in ``drafter/commands/<name>.py`` with a
``register(subparsers)`` function, so features do not collide in one big file.

Options every command shares are defined here, once, before the sub-command
(``drafter --library DIR library list``): a command reads ``args.library`` and gets the
global value for free; its own ``--library`` (after the sub-command) wins when given.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from drafter import __version__, cli_zh

# Sub-command modules, in the order `drafter --help` lists them.
COMMAND_MODULES = (
    "outline",
    "library",
    "search",
    "templates",
    "export",
    "versions",
    "compare",
    "comment",
    "gui",
    "study",
    "notes",
    "review",
)

# Where the global --library lands before it is merged into ``args.library``: a sub-parser
# copies its own defaults over the namespace, so the two must not share a name.
GLOBAL_LIBRARY = "global_library"


def build_parser() -> argparse.ArgumentParser:
    """The ``drafter`` parser with every sub-command module's parser, in Chinese."""
    cli_zh.install()
    parser = cli_zh.ChineseArgumentParser(
        prog="drafter",
        description="讲话稿起草助手 Drafter：阅读、检索、起草中文讲话稿和报告。",
    )
    parser.add_argument(
        "--version", action="version", version=f"drafter {__version__}", help="显示版本号并退出"
    )
    parser.add_argument(
        "--library",
        dest=GLOBAL_LIBRARY,
        metavar="DIR",
        default=None,
        help="资料库文件夹，适用于所有子命令（默认：$DRAFTER_LIBRARY 或用户数据文件夹）",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"drafter.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"drafter.commands.{name}":
                continue  # feature not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """The ``drafter`` entry point: run the chosen command; with none, start the desktop app (or
    print help where it is not installed). Returns the exit code; Ctrl+C ends quietly.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        if exc.code == 2:
            given = sys.argv[1:] if argv is None else argv
            _hint_dash_files(given)
        raise
    if not getattr(args, "func", None):
        # No sub-command: start the desktop app when it exists, else show help.
        gui_args = parser.parse_args(["gui"]) if _has_command(parser, "gui") else None
        if gui_args is None:
            parser.print_help()
            return 0
        setattr(gui_args, GLOBAL_LIBRARY, getattr(args, GLOBAL_LIBRARY, None))
        args = gui_args
    apply_global_options(args)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("drafter：已中断", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - last resort: one line, never a traceback
        from drafter.commands.failsafe import report_unexpected

        return report_unexpected(exc)


def _hint_dash_files(argv: list[str]) -> None:
    """After argparse refused the arguments: a file whose name begins with "-" (-报告.txt)
    was read as an option ("无法识别的参数" or "缺少必需的参数：FILE"); say how to name it."""
    for arg in argv:
        if arg == "--":
            return
        if arg.startswith("-") and not arg.startswith("--") and os.path.isfile(arg):
            print(
                f"drafter：提示：“{arg}”是文件，但以“-”开头，被当成了选项；"
                f"请写成 ./{arg}，或写在 -- 之后",
                file=sys.stderr,
            )


def apply_global_options(args: argparse.Namespace) -> argparse.Namespace:
    """Merge the options given before the sub-command into the ones after it.

    Why here and not in each command: a command added later only reads ``args.library``
    and works with ``drafter --library DIR <command>`` without registering anything. The
    sub-command's own ``--library`` is more specific and wins.
    """
    global_library = getattr(args, GLOBAL_LIBRARY, None)
    if hasattr(args, GLOBAL_LIBRARY):
        delattr(args, GLOBAL_LIBRARY)
    if not getattr(args, "library", None):
        args.library = global_library
    return args


def _has_command(parser: argparse.ArgumentParser, name: str) -> bool:
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        if name in getattr(action, "choices", {}):
            return True
    return False
