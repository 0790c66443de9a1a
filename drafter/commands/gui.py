"""`drafter gui`: start the desktop app (also what `drafter` with no arguments does)."""

from __future__ import annotations

import argparse
import os
import sys


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "gui",
        help="start the desktop app",
        description="Start the desktop app (讲话稿起草助手).",
    )
    parser.add_argument(
        "--library",
        metavar="DIR",
        help="library folder (default: $DRAFTER_LIBRARY, the settings, or the user data folder)",
    )
    parser.add_argument(
        "--open",
        metavar="FILE",
        help="open a draft (.json) in the editor, or any document in the reader",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="render offscreen once settled, save the window as PNG, exit",
    )
    parser.add_argument(
        "--import-samples",
        metavar="DIR",
        help="import DIR on start when the library is empty (first start)",
    )
    parser.add_argument(
        "--settings", metavar="FILE", help="settings file (default: the user config folder)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("open", "import_samples"):
        value = getattr(args, name)
        if value and not os.path.exists(value):
            print(f"drafter gui: {value}: no such file or folder", file=sys.stderr)
            return 2
    try:
        from drafter.app import run as run_app
    except ImportError as exc:
        print(f"drafter gui: the desktop app cannot start: {exc}", file=sys.stderr)
        return 1
    return run_app(
        library=args.library,
        open_file=args.open,
        screenshot=args.screenshot,
        import_samples=args.import_samples,
        settings_path=args.settings,
    )
