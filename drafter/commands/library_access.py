"""Opening the library a command names (``--library DIR|URL``, ``--wait SECONDS``) and
turning library errors into one-line Chinese messages and exit codes.

Shared by every command that reads or writes the library (library, search, outline,
export, and the library sub-commands in their own modules), below all of them.

Exit codes: 0 success, 2 a usage or library error (or every file failed), 3 the library
is busy, 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.library_choice import chosen_library
from drafter.messages import cli_error

if TYPE_CHECKING:
    from drafter.library import LibraryBackend, LibraryError

# The library package (its model, the reader's display names) is imported by the functions
# that open one or name its errors, not here: every command imports this module to register
# --library, ``drafter --help`` included.

EXIT_PARTIAL = 1  # an import that read some files and failed on others: a script can tell
EXIT_FAILED = 2
EXIT_ERROR = 2
EXIT_BUSY = 3
EXIT_INTERRUPTED = 130


def add_library_option(
    parser: argparse.ArgumentParser, suppress: bool = False, wait: bool = False
) -> None:
    """``--library DIR|URL`` (else $DRAFTER_LIBRARY, else the user data folder), and for
    commands that write, ``--wait SECONDS`` for a library another process is writing."""
    parser.add_argument(
        "--library",
        metavar="DIR|URL",
        default=argparse.SUPPRESS if suppress else None,
        help="资料库文件夹，或团队资料库 postgresql://user@host/db "
        "（默认：$DRAFTER_LIBRARY 或用户数据文件夹）",
    )
    if wait:
        parser.add_argument(
            "--wait",
            type=float,
            metavar="SECONDS",
            default=argparse.SUPPRESS if suppress else 5.0,
            help="另一个进程正在写入资料库时最多等待的秒数（默认 5）",
        )


def add_library_option_to_actions(actions: argparse._SubParsersAction) -> None:
    """Give every action under ``actions`` (and the actions under those, as ``words add``)
    the ``--library``/``--wait`` options too, after its own: a user writes
    ``drafter library list --library X`` as often as ``drafter library --library X list``.
    Suppressed defaults leave the value the group's parser set when the action does not
    repeat it. One walk at the end of registration, so an action added later cannot forget
    them (each module used to add them itself, or be named in a list)."""
    for parser in actions.choices.values():
        add_library_option(parser, suppress=True, wait=True)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                add_library_option_to_actions(action)


def library_dir(args: argparse.Namespace) -> Path | str:
    """The library the user named: a folder (Path) or a database URL (str), by
    :func:`chosen_library`'s order (``--library``, ``$DRAFTER_LIBRARY``, the user folder)."""
    return chosen_library(getattr(args, "library", None))


def open_library(args: argparse.Namespace, create: bool) -> LibraryBackend:
    """Open the library ``--library`` names (a folder or a postgresql:// URL), waiting for another writer up to ``--wait`` seconds; a missing one is said in Chinese."""
    # the opener brings in the reader, the index, Whoosh and jieba (~1 s of CPU)
    from drafter.library import LibraryError, is_database_spec
    from drafter.library import open_library as open_spec

    root = library_dir(args)
    wait = getattr(args, "wait", 5.0)
    options = {"on_silent": lambda: _say_silent(str(root))} if is_database_spec(root) else {}
    try:
        library = open_spec(root, create=create, lock_timeout=wait, **options)
    except LibraryError as exc:
        if not create and isinstance(root, Path) and not root.exists():
            raise LibraryError(
                f"{root}: 资料库不存在（先用 drafter library add 导入文件）"
            ) from exc
        raise
    library.on_wait = lambda: print(
        f"资料库正被另一个 Drafter 进程写入，等待中（至多 {wait:g} 秒）…", file=sys.stderr
    )
    return library


def _say_silent(spec: str) -> None:
    """The first answer when a team library's server stays silent: a line on stderr while
    the connection still waits (a slow link may yet answer), so the writer is not left
    looking at a cursor until the timeout says 团队资料库暂时连不上."""
    from drafter.library.pg.connect import silent_note

    print(f"drafter：{silent_note(spec, '（Ctrl+C 可中止）')}", file=sys.stderr, flush=True)


def load_from_library(args: argparse.Namespace, key: str):
    """A document of the library by id (as ``library list`` shows it), for commands that
    take a FILE and may be handed an id instead (outline, export). Raises LibraryError
    naming what was not found."""
    with open_library(args, create=False) as library:
        return library.load(key)


def _next_step(exc: LibraryError) -> str:
    """What the writer can do about a team library's server out of reach (nothing for
    other errors, whose line says it)."""
    from drafter.library.pg.connect import AWAY_NOTE, ServerUnreachable

    return f"。{AWAY_NOTE}" if isinstance(exc, ServerUnreachable) else ""


def guarded(action):
    """Run ``action(args)`` turning library errors into one-line messages and exit codes."""

    def run(args: argparse.Namespace) -> int:
        from drafter.library import LibraryBusy, LibraryError, describe

        try:
            return action(args)
        except LibraryBusy:
            print(
                f"drafter：{describe(library_dir(args))}：资料库正忙，另一个 Drafter 进程正在写入"
                "（稍后再试，或用 --wait 秒数 等得更久）",
                file=sys.stderr,
            )
            return EXIT_BUSY
        except LibraryError as exc:
            print(f"drafter：{cli_error(exc)}{_next_step(exc)}", file=sys.stderr)
            return EXIT_ERROR

    return run
