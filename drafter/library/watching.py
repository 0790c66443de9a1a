"""Folders added to the library become watched folders, the same way from the command line and
the app: a user who imports a folder expects later new, changed and deleted files in it to be
picked up by the next sync, not to learn that the folder was a one-off import.

A folder inside one already watched is not listed twice (syncing the outer folder covers it);
the caller says in Chinese what happened, with :func:`describe`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from drafter.library.backend import LibraryBackend
from drafter.library.sync import under


@dataclass(frozen=True)
class WatchNote:
    """What adding one folder did to the watched list.

    ``folder`` is the resolved path; ``within`` is the watched folder that already covered it
    (the folder itself when it was watched before), or None when it was newly added.
    """

    folder: str
    within: str | None = None

    @property
    def added(self) -> bool:
        """True when the folder joined the watched list just now."""
        return self.within is None


def watch_added(library: LibraryBackend, paths: Iterable[str | Path]) -> list[WatchNote]:
    """Watch every folder among ``paths`` (files are ignored: a file is imported once) and say,
    for each folder, whether it was newly watched or already covered by a watched folder."""
    notes: list[WatchNote] = []
    watched = [Path(f) for f in library.watched_folders()]
    for path in paths:
        folder = Path(path).expanduser()
        if not folder.is_dir():
            continue
        folder = folder.resolve()
        within = next((w for w in watched if folder == w or under(str(folder), w)), None)
        if within is None:
            library.watch(folder)
            watched.append(folder)
        notes.append(WatchNote(str(folder), str(within) if within is not None else None))
    return notes


def describe(note: WatchNote, how: str, path_last: bool = False) -> str:
    """One Chinese line saying what happened to a folder; ``how`` names how the user syncs where
    they are (``运行 drafter library sync`` on the command line, ``按 F5`` in the app).
    ``path_last`` puts the folder at the end, for a status bar that cuts a long line off: a long
    path then loses its tail, not the words saying how to sync."""
    if note.added:
        when = f"以后其中新增、修改或删除的文件，{how}即可同步"
        if path_last:
            return f"已监视文件夹（{when}）：{note.folder}"
        return f"已监视文件夹：{note.folder}（{when}）"
    if note.within == note.folder:
        return f"文件夹已在监视中：{note.folder}"
    return f"文件夹 {note.folder} 在已监视的文件夹 {note.within} 之内，同步时一并更新"


def covering_folder(watched: Iterable[str], path: str) -> str | None:
    """The watched folder ``path`` lies in, or None. A document removed from the library whose file
    lies in one comes back at the next sync (sync imports what is in the folder): the user is told
    so when they remove it, rather than finding it back later."""
    for folder in watched:
        if under(path, Path(folder)):
            return folder
    return None


def removal_warning(folder: str, how: str) -> str:
    """One Chinese line for documents removed whose files lie in the watched ``folder``; ``how``
    says how to stop watching it where the user is."""
    return (
        f"注意：原文件在监视的文件夹 {folder} 中，下次同步时会重新导入；"
        f"不想再要，请把文件移出该文件夹，或{how}"
    )


def loose_files(library: LibraryBackend) -> list[str]:
    """The files of documents imported one by one (outside every watched folder) that are still
    there: a sync re-reads those that changed. A file is imported once, so it is not watched for
    new files beside it, but an office head who edited one found the library, the reader and
    search still showing the old text, and 同步 / ``library sync`` did not pick it up. One that
    is gone stays in the library (nothing says it was meant to go)."""
    watched = list(library.watched_folders())
    return [
        d.path
        for d in library.documents()
        if covering_folder(watched, d.path) is None and Path(d.path).is_file()
    ]
