"""Running a library import on the terminal: a one-line progress bar, a first Ctrl+C
that stops cleanly (what is done is kept), the closing summary with every failed file
named by its full path, and the exit code (``library add|sync|reindex|copy``)."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.commands.library_access import (
    EXIT_ERROR,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_PARTIAL,
)
from drafter.library import ImportProgress, LibraryError
from drafter.library.model import error_with_path
from drafter.messages import cli_error, in_chinese, unsupported_files

if TYPE_CHECKING:
    from drafter.library import LibraryBackend


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
        """The first Ctrl+C asks the import to stop after the file in hand (what is done is kept); a
        second one stops at once."""
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        print("\n正在停止，已完成的部分会保存（再按一次 Ctrl+C 立即退出）…", file=sys.stderr)

    def __call__(self) -> bool:
        return self.requested


class ProgressBar:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal: a script or
    a log capturing the output gets the summary alone, not hundreds of redrawn lines."""

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
    """Seconds as m:ss for the progress line (an import of a large folder runs minutes, not hours)."""
    seconds = int(max(0, seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def drive(label: str, make_run, reindex: bool = False, where: str = "") -> ImportProgress | None:
    """Run an import generator with a progress bar and clean Ctrl+C; print the summary
    (naming ``where`` when given: one sync of several folders)."""
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
    print(summary(last, elapsed, reindex, where), file=sys.stderr)
    for path, reason in last.skipped:
        print(f"  - 跳过 {path}：{reason}", file=sys.stderr)
    for copy, original in getattr(last, "duplicate_of", []):
        print(f"  = 重复 {copy}：与 {original} 内容完全相同，未重复导入", file=sys.stderr)
    if getattr(last, "unsupported", None):
        print(f"  - {unsupported_files(last.unsupported)}", file=sys.stderr)
    for path, message in last.errors:
        print(f"  ! {in_chinese(error_with_path(path, message), full_path=True)}", file=sys.stderr)
    return last


def summary(p: ImportProgress, elapsed: float, reindex: bool = False, where: str = "") -> str:
    """The one-line result of an import, sync or re-index, counting what happened (a
    re-index re-reads what is there: nothing is 新增); ``where`` names the folder when one
    command syncs several (two bare 完成 lines left the user to guess which was which)."""
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
    head = ("已停止" if p.cancelled else "完成") + (f"（{where}）" if where else "")
    return f"{head}：{'，'.join(parts)}（{p.done_bytes / 1e6:.1f} MB，{elapsed:.1f} 秒）"


def import_exit(p: ImportProgress | None) -> int:
    """The exit code an import ends with: 130 when stopped by Ctrl+C (what was done is kept,
    as said), 2 when every file failed or nothing ran, 1 when some files failed and the rest
    went in (each bad one is named on stderr by its full path: a script that ignored them
    saw 0 and a library missing files), else 0 (skipped non-speeches are no failure)."""
    if p is None:
        return EXIT_ERROR
    if p.cancelled:
        return EXIT_INTERRUPTED  # stopped by Ctrl+C: what was done is kept, as said
    succeeded = p.added + p.updated + p.unchanged + p.removed + p.duplicates + p.reindexed
    if p.errors and not succeeded:
        return EXIT_FAILED
    return EXIT_PARTIAL if p.errors else 0


UPGRADE_NOTE = "资料库索引由旧版 Drafter 建立，正在自动升级（只需一次；文稿、词典和更正都保留）…"


def upgrade_index(lib: LibraryBackend) -> None:
    """Rebuild an index an older Drafter built (:meth:`LibraryBackend.index_outdated`)
    before a command searches or writes it, with the progress bar: from the cached parses,
    so nothing is read again or lost, and the user has nothing to run. When it cannot
    (a read-only library, a reader's role, another writer holding the library, Ctrl+C)
    the command goes on with the old index, which searches as before (words only)."""
    try:
        if not lib.index_outdated():
            return
    except Exception:  # noqa: BLE001 - checking must never stop a command
        return
    print(UPGRADE_NOTE, file=sys.stderr)
    try:
        drive("升级索引", lambda cancel: lib.reindex(cancel), reindex=True)
    except LibraryError as exc:  # LibraryBusy included
        print(f"索引暂未升级（{cli_error(exc)}），本次按旧索引进行", file=sys.stderr)


def reread_stale(lib) -> ImportProgress | None:
    """Read again the documents a newer Drafter reads better (``lib.reread_stale``: those
    stored with an older reader version whose file is unchanged), with a progress bar and
    clean Ctrl+C, and say in one line how many were read again; None when none were due.
    ``library sync`` and ``reindex`` run it, so an upgrade reaches the documents already
    in the library without the user asking (their corrections are replayed)."""
    if not lib.stale_parses():
        return None
    bar = ProgressBar("按新规则重新解析")
    last = None
    with _Interrupt() as interrupt:
        try:
            for progress in lib.reread_stale(interrupt):
                last = progress
                bar.update(progress, force=progress.phase != "read")
        finally:
            bar.finish()
    if last is not None:
        print(reread_summary(last), file=sys.stderr)
        for path, message in last.errors:
            text = in_chinese(error_with_path(path, message), full_path=True)
            print(f"  ! {text}", file=sys.stderr)
    return last


def reread_summary(p: ImportProgress) -> str:
    """The one line after documents were read again by the new rules: how many, how many
    could not be read (they keep their old reading), and, when cancelled, that the rest
    follow at the next sync."""
    text = f"已按新的解析规则重新解析 {p.reindexed} 篇文档"
    if p.errors:
        text += f"，{len(p.errors)} 篇无法读取，保留原来的解析"
    if p.cancelled:
        rest = p.total_files - p.done_files
        text += f"；已取消，其余 {rest} 篇下次同步时继续"
    return text
