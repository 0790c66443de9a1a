"""``drafter library add|sync|list|remove|info|words|reindex``: manage the document library.

Exit codes: 0 success (for add/sync: something was imported, or nothing needed doing),
2 every file failed (each named on its own line), or a usage or library error, 3 the
library is busy, 130 interrupted. (Every file failing was 1; it is an error like any
other the user must act on, and every command ends with 0 or 2 on bad input.)
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from pathlib import Path

from drafter.commands import library_edit
from drafter.library import (
    ImportProgress,
    LibraryBackend,
    LibraryBusy,
    LibraryError,
    describe,
    is_database_spec,
)
from drafter.library import open_library as open_spec
from drafter.library.opener import default_library_spec
from drafter.messages import cli_error, in_chinese

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


def register(sub: argparse._SubParsersAction) -> None:
    """Add this sub-command to the ``drafter`` parser (see drafter/cli.py)."""
    p = sub.add_parser("library", help="导入、同步和管理资料库")
    add_library_option(p, wait=True)
    p.set_defaults(func=lambda args: _usage(p))
    cmds = p.add_subparsers(dest="library_command", metavar="ACTION")

    a = cmds.add_parser("add", help="导入文件或文件夹（含子文件夹）")
    a.add_argument("paths", nargs="+", metavar="PATH")
    a.set_defaults(func=run_add)

    s = cmds.add_parser("sync", help="同步文件夹：导入新文件、重新索引改动的文件、移除已删除的文件")
    s.add_argument("folders", nargs="*", metavar="FOLDER", help="默认：所有监视的文件夹")
    s.add_argument("--watch", action="store_true", help="同时把文件夹加入监视")
    s.set_defaults(func=run_sync)

    ls = cmds.add_parser("list", help="列出资料库中的文稿")
    ls.add_argument("--json", action="store_true", help="以 JSON 输出")
    ls.set_defaults(func=run_list)

    r = cmds.add_parser("remove", help="按编号或路径移除文稿")
    r.add_argument("targets", nargs="+", metavar="ID|PATH")
    r.set_defaults(func=run_remove)

    i = cmds.add_parser("info", help="文稿数、段落数、占用空间、用户词")
    i.add_argument("--json", action="store_true", help="以 JSON 输出")
    i.set_defaults(func=run_info)

    ri = cmds.add_parser("reindex", help="重建索引（修改用户词典之后）")
    ri.add_argument("--reread", action="store_true", help="重新读取原文件")
    ri.set_defaults(func=run_reindex)

    w = cmds.add_parser("words", help="用于中文切词的用户词典")
    wcmds = w.add_subparsers(dest="words_command", metavar="ACTION")
    w.set_defaults(func=lambda args: _usage(w))
    wa = wcmds.add_parser("add", help="添加词语（如 三个服务 放管服）")
    wa.add_argument("words", nargs="+", metavar="WORD")
    wa.add_argument("--reindex", action="store_true", help="立即重建索引，使新词生效")
    wa.set_defaults(func=run_words_add)
    wl = wcmds.add_parser("list", help="列出用户词")
    wl.set_defaults(func=run_words_list)
    wr = wcmds.add_parser("remove", help="删除用户词")
    wr.add_argument("words", nargs="+", metavar="WORD")
    wr.add_argument("--reindex", action="store_true", help="立即重建索引")
    wr.set_defaults(func=run_words_remove)

    ed = library_edit.register(cmds)
    ed.set_defaults(func=run_edit)

    from drafter.commands.library_frames import register_frames

    fr = register_frames(cmds)
    for parser in (a, s, ls, r, i, ri, w, wa, wl, wr, ed, fr):
        add_library_option(parser, suppress=True, wait=True)

    from drafter.commands.library_copy import register_copy

    register_copy(cmds, add_library_option)

    from drafter.commands.library_lists import register_lists

    register_lists(cmds, add_library_option)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_ERROR


def library_dir(args: argparse.Namespace) -> Path | str:
    """The library the user named: a folder (Path) or a database URL (str)."""
    value = getattr(args, "library", None)
    if value and is_database_spec(value):
        return str(value)
    if value:
        return Path(value)
    return default_library_spec()


def open_library(args: argparse.Namespace, create: bool) -> LibraryBackend:
    """Open the library ``--library`` names (a folder or a postgresql:// URL), waiting for another writer up to ``--wait`` seconds; a missing one is said in Chinese."""
    root = library_dir(args)
    wait = getattr(args, "wait", 5.0)
    try:
        library = open_spec(root, create=create, lock_timeout=wait)
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


def load_from_library(args: argparse.Namespace, key: str):
    """A document of the library by id (as ``library list`` shows it), for commands that
    take a FILE and may be handed an id instead (outline, export). Raises LibraryError
    naming what was not found."""
    with open_library(args, create=False) as library:
        return library.load(key)


def guarded(action):
    """Run ``action(args)`` turning library errors into one-line messages and exit codes."""

    def run(args: argparse.Namespace) -> int:
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
            print(f"drafter：{cli_error(exc)}", file=sys.stderr)
            return EXIT_ERROR

    return run


# add / sync / reindex


class _Interrupt:
    """First Ctrl+C asks the import to stop cleanly (what is done is kept); a second one
    stops at once."""

    def __init__(self) -> None:
        self.requested = False
        self._previous = None

    def __enter__(self) -> _Interrupt:
        try:
            self._previous = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread
            self._previous = None
        return self

    def __exit__(self, *exc) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    def _handle(self, signum, frame) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        print("\n正在停止，已完成的部分会保存（再按一次 Ctrl+C 立即退出）…", file=sys.stderr)

    def __call__(self) -> bool:
        return self.requested


class ProgressBar:
    """A one-line progress bar on stderr (only when stderr is a terminal)."""

    def __init__(self, label: str, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.label = label
        self.started = time.monotonic()
        self.last = 0.0
        self.shown = False

    def update(self, p: ImportProgress, force: bool = False) -> None:
        """Redraw the bar for ``p`` (throttled; ``force`` for phase changes)."""
        if not self.enabled or p.phase == "done":
            return
        now = time.monotonic()
        if not force and now - self.last < 0.1:
            return
        self.last = now
        if p.phase == "scan":
            line = f"{self.label}：正在查找文件…"
        elif p.phase == "commit":
            line = f"{self.label}：正在写入索引…"
        else:
            frac = p.done_bytes / p.total_bytes if p.total_bytes else 1.0
            width = 24
            filled = int(width * frac)
            bar = "█" * filled + "░" * (width - filled)
            elapsed = now - self.started
            eta = (elapsed / frac - elapsed) if frac > 0.02 else None
            eta_text = f" 剩余 {_clock(eta)}" if eta is not None else ""
            line = (
                f"{self.label} {bar} {p.done_files}/{p.total_files} 个文件 · "
                f"{p.done_bytes / 1e6:.1f}/{p.total_bytes / 1e6:.1f} MB{eta_text}"
            )
            if p.current:
                line += f" · {Path(p.current).name[:30]}"
        self.stream.write("\r\033[K" + line)
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        """Clear the bar's line so the summary starts on a clean line."""
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def drive(label: str, make_run, reindex: bool = False) -> ImportProgress | None:
    """Run an import generator with a progress bar and clean Ctrl+C; print the summary."""
    bar = ProgressBar(label)
    last = None
    started = time.monotonic()
    with _Interrupt() as interrupt:
        try:
            for progress in make_run(interrupt):
                last = progress
                bar.update(progress, force=progress.phase != "read")
        finally:
            bar.finish()
    if last is None:
        return None
    elapsed = time.monotonic() - started
    print(summary(last, elapsed, reindex), file=sys.stderr)
    for path, reason in last.skipped:
        print(f"  - 跳过 {path}：{reason}", file=sys.stderr)
    for path, message in last.errors:
        print(f"  ! {in_chinese(error_line(path, message), full_path=True)}", file=sys.stderr)
    return last


def error_line(path: str, message: str) -> str:
    """A per-file error naming the file by its full path: readers name only the file
    ("报告.pdf: …"), which is ambiguous across the folders of one import."""
    name = Path(path).name
    if message.startswith(f"{path}:"):
        return message
    if message.startswith(f"{name}:"):
        return f"{path}{message[len(name) :]}"
    return f"{path}: {message}"


def summary(p: ImportProgress, elapsed: float, reindex: bool = False) -> str:
    """The one-line result of an import, sync or re-index, counting what happened (a
    re-index re-reads what is there: nothing is 新增)."""
    if reindex:
        parts = [f"已重建索引 {p.reindexed} 篇"]
    else:
        parts = [f"新增 {p.added}", f"更新 {p.updated}"]
        if p.removed:
            parts.append(f"移除 {p.removed}")
        parts.append(f"未变 {p.unchanged}")
        if p.duplicates:
            parts.append(f"重复 {p.duplicates}（与已有文稿内容完全相同，未重复导入）")
        if p.skipped:
            parts.append(f"跳过 {len(p.skipped)}")
    if p.errors:
        parts.append(f"失败 {len(p.errors)}")
    head = "已停止" if p.cancelled else "完成"
    return f"{head}：{'，'.join(parts)}（{p.done_bytes / 1e6:.1f} MB，{elapsed:.1f} 秒）"


def _import_exit(p: ImportProgress | None) -> int:
    if p is None:
        return EXIT_ERROR
    if p.cancelled:
        return EXIT_INTERRUPTED  # stopped by Ctrl+C: what was done is kept, as said
    succeeded = p.added + p.updated + p.unchanged + p.removed + p.duplicates + p.reindexed
    if p.errors and not succeeded:
        return EXIT_FAILED
    return 0


@guarded
def run_add(args: argparse.Namespace) -> int:
    """``library add``: import files and folders with a progress bar."""
    with open_library(args, create=True) as lib:
        last = drive("导入", lambda cancel: lib.add(args.paths, cancel=cancel))
    return _import_exit(last)


@guarded
def run_sync(args: argparse.Namespace) -> int:
    """``library sync``: bring the library in step with folders (or the watched ones)."""
    with open_library(args, create=True) as lib:
        folders = args.folders or lib.watched_folders()
        if not folders:
            raise LibraryError("没有要同步的文件夹（给出 FOLDER，或先用 --watch 记住一个）")
        code = 0
        for folder in folders:
            if args.watch:
                lib.watch(folder)
            last = drive(f"同步 {Path(folder).name}", lambda cancel, f=folder: lib.sync(f, cancel))
            code = max(code, _import_exit(last))
        return code


@guarded
def run_reindex(args: argparse.Namespace) -> int:
    """``library reindex``: rebuild the index with the current user dictionary."""
    with open_library(args, create=False) as lib:
        last = drive(
            "重建索引", lambda cancel: lib.reindex(cancel, reread=args.reread), reindex=True
        )
    return _import_exit(last)


# list / remove / info


@guarded
def run_list(args: argparse.Namespace) -> int:
    """``library list``: the documents, newest first (or JSON)."""
    with open_library(args, create=False) as lib:
        docs = lib.documents()
    if args.json:
        from dataclasses import asdict

        json.dump([asdict(d) for d in docs], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for d in docs:
        facts = " · ".join(x for x in (d.date, d.speaker, d.genre) if x)
        marks = ("  [无标题]" if d.untitled else "") + ("  [结构待核]" if d.needs_review else "")
        print(f"{d.id}  《{d.display_title}》{marks}  {facts}  {d.paragraphs} 段 {d.chars} 字")
        print(f"              {d.path}")
    print(f"共 {len(docs)} 篇", file=sys.stderr)
    return 0


@guarded
def run_edit(args: argparse.Namespace) -> int:
    """``library edit``: correct a document's metadata (kept in the library, not the file)."""
    with open_library(args, create=False) as lib:
        return library_edit.run_edit(args, lib)


@guarded
def run_remove(args: argparse.Namespace) -> int:
    """``library remove``: remove documents by id or path."""
    missing = 0
    with open_library(args, create=False) as lib:
        for target in args.targets:
            if lib.remove(target):
                print(f"已移除：{target}", file=sys.stderr)
            else:
                print(f"drafter：{target}：资料库里没有这篇文档", file=sys.stderr)
                missing += 1
    return EXIT_FAILED if missing == len(args.targets) else 0


@guarded
def run_info(args: argparse.Namespace) -> int:
    """``library info``: counts and sizes."""
    with open_library(args, create=False) as lib:
        info = lib.info()
    if args.json:
        json.dump(info, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"资料库：{info['path']}")
    print(f"文档：{info['documents']} 篇，{info['paragraphs']} 段，{info['chars']} 字")
    print(f"原文件：{info['bytes'] / 1e6:.1f} MB；索引：{info['index_bytes'] / 1e6:.1f} MB")
    note = "（已修改，需要 drafter library reindex 才生效）" if info["reindex_needed"] else ""
    print(f"用户词典：{info['words']} 个词{note}")
    for folder in info["watched_folders"]:
        print(f"同步文件夹：{folder}")
    return 0


# words


@guarded
def run_words_add(args: argparse.Namespace) -> int:
    """``library words add``: add user dictionary words (re-index to apply)."""
    with open_library(args, create=True) as lib:
        before = set(lib.words())
        lib.add_words(args.words)
        added = [w for w in dict.fromkeys(args.words) if w.strip() and w.strip() not in before]
        print(f"已加入用户词典 {len(added)} 个词", file=sys.stderr)
        return _after_words_change(args, lib)


@guarded
def run_words_remove(args: argparse.Namespace) -> int:
    """``library words remove``: remove user dictionary words."""
    with open_library(args, create=False) as lib:
        before = set(lib.words())
        lib.remove_words(args.words)
        gone = [w for w in args.words if w.strip() in before]
        print(f"已从用户词典移除 {len(gone)} 个词", file=sys.stderr)
        return _after_words_change(args, lib)


def _after_words_change(args: argparse.Namespace, lib: LibraryBackend) -> int:
    if not lib.needs_reindex():
        return 0
    if args.reindex:
        return _import_exit(drive("重建索引", lambda cancel: lib.reindex(cancel)))
    print("词典已修改：运行 drafter library reindex 重建索引后生效", file=sys.stderr)
    return 0


@guarded
def run_words_list(args: argparse.Namespace) -> int:
    """``library words list``: print the user dictionary."""
    with open_library(args, create=False) as lib:
        for word in lib.words():
            print(word)
    return 0
