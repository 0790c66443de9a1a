"""`drafter gui`: start the desktop app (also what `drafter` with no arguments does)."""

from __future__ import annotations

import argparse
import os
import sys


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``drafter gui`` to the parser drafter/cli.py builds: the desktop app, with the
    options a test or a first start needs (``--screenshot`` renders off screen and quits,
    ``--import-samples`` fills an empty library)."""
    parser = sub.add_parser(
        "gui",
        help="启动桌面程序",
        description="启动桌面程序（讲话稿起草助手）。",
    )
    parser.add_argument(
        "--library",
        metavar="DIR",
        help="资料库文件夹（默认：$DRAFTER_LIBRARY、首选项或用户数据文件夹）",
    )
    parser.add_argument(
        "--open",
        metavar="FILE",
        help="在编辑器中打开草稿（.json），或在阅读器中打开任一文稿",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="离屏渲染，就绪后把窗口保存为 PNG 并退出",
    )
    parser.add_argument(
        "--import-samples",
        metavar="DIR",
        help="资料库为空时（首次启动）导入 DIR",
    )
    parser.add_argument("--settings", metavar="FILE", help="设置文件（默认在用户配置文件夹）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Start the desktop app and return its exit code. A missing ``--open`` file or
    samples folder is named by its full path and exits 2 before any window opens, and a Qt
    that cannot load says so in one line (exit 1) instead of a traceback."""
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("open", "import_samples"):
        value = getattr(args, name)
        if value and not os.path.exists(value):
            print(f"drafter gui：找不到文件或文件夹：{os.path.abspath(value)}", file=sys.stderr)
            return 2
    try:
        from drafter.app import run as run_app
    except ImportError as exc:
        print(f"drafter gui：桌面程序无法启动：{exc}", file=sys.stderr)
        return 1
    return run_app(
        library=args.library,
        open_file=args.open,
        screenshot=args.screenshot,
        import_samples=args.import_samples,
        settings_path=args.settings,
    )
