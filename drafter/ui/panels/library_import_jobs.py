"""What an import job of the library panel runs on its worker besides the import itself:
the watched folders a sync goes through, the re-read of documents an older reader read,
and the progress records the panel is sent (a copy, and a sync's totals over its folders).

Plain functions over the library and its progress records, apart from
:class:`~drafter.ui.panels.library_imports.LibraryImports` (which starts and follows the
job), so the worker's part reads on its own."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from drafter.library import watching
from drafter.ui.workers import CancelToken


def sync_folders(library: Any, plan: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The watched folders a sync goes through and the files imported one by one it
    re-reads (as :meth:`~drafter.ui.panels.library_imports.LibraryImports.sync_watched`
    finds them), read on the sync's worker for a team library; ``plan`` keeps the folders that are there (``folders``),
    the ones no longer there (``gone``) and the loose files (``loose``) for the summary."""
    folders = [str(f) for f in library.watched_folders()]
    loose = watching.loose_files(library)
    gone = [f for f in folders if not Path(f).is_dir()]
    plan.update(folders=[f for f in folders if f not in gone], gone=gone, loose=bool(loose))
    return plan["folders"], loose


def reread_runs(library: Any, cancel: CancelToken, done: list[bool]) -> Iterator[Any]:
    """``library.reread_stale`` when some documents of an older reader version can be read
    again (checked on the worker, after a sync imported the changed files), else nothing:
    an empty re-read took the library's write lock for nothing and turned a sync that found
    no file into 没有需要导入的新文件. ``done`` gets True when it read (the notes are then
    checked against the texts read again)."""
    if library.stale_parses():
        done.append(True)
        yield from library.reread_stale(cancel=cancel)


def snapshot(progress: Any) -> Any:
    """A copy of a progress record the core keeps updating in place on its thread."""
    snap = copy.copy(progress)
    snap.errors = list(progress.errors)
    return snap


COUNTERS = ("added", "updated", "removed", "unchanged", "reindexed", "committed")


def with_totals(progress: Any, before: list[Any]) -> Any:
    """``progress`` of the folder being synced with the counters and errors of the folders
    synced before it added in (the status line then reports the whole sync)."""
    if not before:
        return progress
    merged = copy.copy(progress)
    for name in COUNTERS:
        values = [getattr(p, name, None) for p in (*before, progress)]
        if all(v is not None for v in values):
            setattr(merged, name, sum(values))
    merged.errors = [e for p in before for e in p.errors] + list(progress.errors)
    return merged
