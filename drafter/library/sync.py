"""Finding files and deciding what changed: the planning half of add and sync.

A file is unchanged when its size and modification time match the catalogue (no need to
read it); otherwise it is hashed, and only a different SHA-256 means new content. The
same bytes at another path are the same document: moved (the old path is gone) or a
duplicate (both exist), never indexed twice.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from drafter.corpus.readers import BROKEN_LINK, SUPPORTED_SUFFIXES
from drafter.library.build import Task

# Office lock files and editor backups that sit next to real documents.
_SKIP_PREFIXES = ("~$", ".~", "._")


def is_candidate(path: Path) -> bool:
    """A file Drafter can read and that is not a lock file, backup or hidden file."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not _clutter(path.name)


# What the system leaves in folders: never the user's document, never worth a word.
_SYSTEM_FILES = {"thumbs.db", "desktop.ini", "ehthumbs.db"}


def _clutter(name: str) -> bool:
    """A lock file, backup, hidden file or the system's own file in a folder."""
    return name.startswith((*_SKIP_PREFIXES, ".")) or name.lower() in _SYSTEM_FILES


# Files about a folder rather than documents in it: README.md, LICENSE.txt, CHANGELOG …
# A folder of speeches often carries one; importing it puts a "document" called README
# into every search. Named explicitly on the command line, such a file is imported.
_ABOUT_THE_FOLDER = re.compile(
    r"^(readme|read[ _-]?me[ _-]?first|license|licence|copying|changelog|changes|history"
    r"|contributing|authors|notice|manifest|install|todo)([._ -].*)?$",
    re.IGNORECASE,
)
SKIPPED_README = "说明文件（README 等），不是文稿"


def is_about_the_folder(path: Path) -> bool:
    """A README-like file (README.md, LICENSE, CHANGELOG.txt …)."""
    return bool(_ABOUT_THE_FOLDER.match(path.name))


def scan(
    paths: Iterable[str | Path],
    skipped: list[tuple[str, str]] | None = None,
    unsupported: list[str] | None = None,
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to consider under ``paths`` (folders recursively), absolute and sorted, and
    errors for paths that do not exist or cannot be read. README-like files found in a
    folder are left out and, when ``skipped`` is given, listed there with the reason; the
    files of a folder Drafter cannot read by their type (slides, a spreadsheet, a
    picture), when ``unsupported`` is given, listed there: left out without a word, a
    folder of them would import "nothing" and nobody would say why."""
    files: dict[str, Path] = {}
    errors: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and not _page_assets(d, names)
                )
                for name in sorted(names):
                    file = Path(root, name)
                    if not is_candidate(file):
                        if unsupported is not None and not _clutter(name):
                            unsupported.append(str(file))
                        continue
                    resolved = _resolved(file, errors)
                    if resolved is None:
                        continue
                    if is_about_the_folder(file):
                        if skipped is not None:
                            skipped.append((str(resolved), SKIPPED_README))
                    else:
                        files.setdefault(str(resolved), resolved)
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                errors.append((str(path), f"{path.name}: unsupported file type"))
            elif (resolved := _resolved(path, errors)) is not None:
                files.setdefault(str(resolved), resolved)
        elif path.exists():
            errors.append((str(path), f"{path.name}: not a regular file"))
        elif path.is_symlink():
            errors.append((str(path), f"{path.name}: {BROKEN_LINK}"))
        else:
            errors.append((str(path), f"{path}: no such file or folder"))
    return [files[k] for k in sorted(files)], errors


def _resolved(file: Path, errors: list[tuple[str, str]]) -> Path | None:
    """``file.resolve()``, or None with an error for ``file`` when its links loop or lead
    nowhere: Python before 3.13 raises RuntimeError on a loop, which stopped a whole
    folder's import at one looping link in it; a link to a missing file resolved to its
    target, and the import then named that target (找不到文件 /nowhere/a.txt), a path the
    user never saw in the folder, instead of the link they can find and remove."""
    try:
        resolved = file.resolve()
    except (RuntimeError, OSError):
        errors.append((str(file), f"{file.name}: {BROKEN_LINK}"))
        return None
    if not os.path.exists(resolved) and os.path.islink(file):
        errors.append((str(file), f"{file.name}: {BROKEN_LINK}"))
        return None
    return resolved


def _page_assets(folder: str, siblings: list[str]) -> bool:
    """A browser's "save page, complete" folder (``报告_files/`` beside ``报告.html``): its
    scripts, styles and framed adverts are not documents."""
    for suffix in ("_files", ".files", "_文件"):
        if folder.endswith(suffix):
            stem = folder[: -len(suffix)]
            return any(name in siblings for name in (f"{stem}.html", f"{stem}.htm"))
    return False


def sha256_file(path: Path) -> str:
    """The file's content hash, read in 1 MiB chunks; identifies content across renames and tells
    whether a file changed.
    """
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def held_unchanged(library, path: str | Path):
    """The library's entry (DocumentInfo) for the file at ``path`` when the library holds
    that very file unchanged, else None (not in it, or changed since: the file itself is
    what to read then). Opening a library file by its path — ``drafter outline FILE``,
    ``drafter gui --open FILE`` — shows the library's copy with the user's corrections, not
    the machine's first reading of the file."""
    wanted = str(Path(path).expanduser().resolve())
    info = library.document_at(wanted)
    if info is None:
        return None
    try:
        same = info.sha256 == sha256_file(Path(wanted))
    except OSError:
        return None
    return info if same else None


# what is said over a file read as it is while the library holds the user's corrections of
# an earlier version that no sync has carried over yet ({sync}: how to sync where it is said)
CHANGED_NOTE = (
    "资料库里有您对这篇文稿做的更正（{count} 项），但文件在上次同步后改动过：这次按改动后的"
    "原文件读取，更正没有应用。{sync}后，更正会套用到新版本，并标为“更正待复核”。"
)


def corrections_behind(library, path: str | Path) -> int:
    """How many corrections the library holds for the file at ``path`` when that file changed
    since the library read it (no sync since): 0 when the library does not hold the file,
    holds it unchanged, holds no correction of it, or cannot answer. The file is then read
    as it is, and ``drafter outline`` showed 结构待核 for a speech the user had fixed, with
    no word that the fixes were waiting in the library for the next sync."""
    wanted = str(Path(path).expanduser().resolve())
    try:
        info = library.document_at(wanted)
        if info is None or info.sha256 == sha256_file(Path(wanted)):
            return 0
        return len(library.corrections(info.id).ops)
    except Exception:  # noqa: BLE001 - a library that cannot answer has said so elsewhere
        return 0


# what a reader says over a file it read itself because the library could not be asked
UNREACHED_NOTE = (
    "未能读取资料库中这篇文稿的记录（{why}），显示的是原文件：您在资料库里对它做的"
    "提纲更正和编辑信息这次没有应用。"
)


def held_or_unreached(library, path: str | Path) -> tuple[object, BaseException | None]:
    """:func:`held_unchanged`, or (None, the error) when the library could not answer (a
    team database out of reach, a locked or damaged folder). The caller then reads the file
    itself and says why, for the user's corrections are not in that reading: a silent
    fall-back showed the machine's first reading as if it were the corrected one."""
    try:
        return held_unchanged(library, path), None
    except Exception as exc:  # noqa: BLE001 - any failure to answer is reported, not raised
        return None, exc


def corrected_copy(library, path: str | Path):
    """The library's reading of the file at ``path`` with the user's corrections, when the
    library holds that very file unchanged and the user corrected something in it; None
    otherwise (the file is read afresh then, as before). A speech fixed in the reader and
    then opened as a draft (打开稿件) started from the machine's first reading."""
    try:
        info = held_unchanged(library, path)
        if info is None or not library.corrections(info.id).ops:
            return None
        return library.load(info.id)
    except Exception:  # noqa: BLE001 - a library that cannot answer: read the file itself
        return None


@dataclass
class Plan:
    """What an add or sync will do, worked out before anything is written: the progress
    bar then knows its total, and the files read, moved, unchanged and removed are counted
    from one plan both libraries carry out alike."""

    tasks: list[Task] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # ids whose file is gone (sync)
    touched: list[tuple[str, str, int, int]] = field(default_factory=list)  # id, path, size, mtime
    unchanged: int = 0
    duplicates: int = 0  # byte-identical to a document already in the library
    duplicate_of: list[tuple[str, str]] = field(default_factory=list)  # (copy, its original)
    errors: list[tuple[str, str]] = field(default_factory=list)
    # (path read, path of a byte-identical copy): the copy shares the read's outcome, so a
    # copy of a broken file fails with it instead of counting as unchanged
    copies: list[tuple[str, str]] = field(default_factory=list)


def plan(
    files: list[Path],
    states: dict[str, tuple[str, int, int, str]],
    paths_by_id: dict[str, str],
    cancel: Callable[[], bool],
    on_file: Callable[[int, Path], None] | None = None,
) -> Plan:
    """Compare ``files`` with the catalogue's ``states`` (path -> id, size, mtime, sha).

    ``paths_by_id`` maps every catalogued id to its path, to recognise moved and
    duplicate files. Stops early (with a partial plan) when ``cancel()`` is true.

    Every file is looked at first (what each path holds now), and only then is each new
    content judged: a document's old path counts as still holding it only when it does
    now. Judged file by file, two files that swapped their contents (a.txt holding b's
    text, b.txt a's) each looked like a copy of the other, still "there" at its old
    path, and both documents were removed until the next sync.
    """
    result = Plan()
    held: dict[str, str] = {}  # path -> id of the content it holds now (files looked at)
    changed: list[tuple[Path, os.stat_result, str, tuple | None]] = []
    for n, file in enumerate(files):
        if cancel():
            break
        if on_file:
            on_file(n, file)
        key = str(file)
        try:
            st = file.stat()
            if st.st_size == 0 and file.is_file():
                # every empty file has the same (no) bytes: judged as copies, empty.txt
                # beside empty.docx was said to be "the same content as empty.docx, which
                # could not be read" rather than empty
                result.errors.append((key, f"{file.name}: the file is empty"))
                continue
            known = states.get(key)
            if known and known[1] == st.st_size and known[2] == st.st_mtime_ns:
                result.unchanged += 1
                held[key] = known[0]
                continue
            sha = sha256_file(file)
        except OSError as exc:
            result.errors.append((key, f"{file.name}: {exc.strerror or exc}"))
            continue
        held[key] = sha[:12]
        changed.append((file, st, sha, known))

    def still_at(path: str, doc_id: str) -> bool:
        # a path looked at holds what it holds now; one outside the scan (another folder)
        # is taken to hold its document while it exists
        return held[path] == doc_id if path in held else Path(path).exists()

    moved: set[str] = set()  # ids found at a new path (their old one no longer holds them)
    replaced: list[str] = []  # ids whose path now holds other content
    batch: dict[str, str] = {}  # id -> path of the file that will be read for it
    for file, st, sha, known in changed:
        key = str(file)
        doc_id = sha[:12]
        if known and known[3] == sha:
            result.touched.append((known[0], key, st.st_size, st.st_mtime_ns))
            result.unchanged += 1
            continue
        if doc_id in batch:
            result.copies.append((batch[doc_id], key))  # the same bytes twice in this batch
            continue
        other = paths_by_id.get(doc_id)
        if other is not None and other != key:
            if known:
                replaced.append(known[0])  # this path now holds another document
            if doc_id in moved or still_at(other, doc_id):
                result.duplicates += 1  # a copy of a document already in
                result.duplicate_of.append((key, other))
            else:
                result.touched.append((doc_id, key, st.st_size, st.st_mtime_ns))  # moved
                moved.add(doc_id)
                result.unchanged += 1
            continue
        batch[doc_id] = key
        task = Task(len(result.tasks), key, doc_id, sha, st.st_size, st.st_mtime_ns)
        task.replaces = known[0] if known else None
        result.tasks.append(task)
    # a path's old document is gone unless it moved to another path in this very batch
    # (a swap, a rename onto another file's name)
    result.removed = [doc_id for doc_id in replaced if doc_id not in moved]
    for task in result.tasks:
        if task.replaces in moved:
            task.replaces = None
    return result


def under(path: str, folder: Path) -> bool:
    """True when ``path`` lies inside ``folder`` (by path parts, not string prefix:
    ``/讲话2`` is not inside ``/讲话``): a sync removes only the documents of the folder it
    keeps in step, never those another folder brought in."""
    try:
        Path(path).relative_to(folder)
    except ValueError:
        return False
    return True


def removals(
    todo: Plan,
    files: list[Path],
    states: dict[str, tuple[str, int, int, str]],
    folder: Path | None,
    cancelled: bool,
) -> list[str]:
    """The ids an add or sync removes: documents whose path now holds other content
    (``todo.removed``), and for a sync of ``folder`` every catalogued file under it that
    the scan did not find, unless the plan found the same bytes at a new path (moved).
    Not after a cancel: the plan stopped early and has not found every moved file. Both
    backends sync this way; ``states`` is the catalogue's path -> (id, size, mtime, sha)."""
    removed = list(todo.removed)
    if folder is not None and not cancelled:
        present = {str(f) for f in files}
        moved = {doc_id for doc_id, *_ in todo.touched}  # same bytes, new path
        removed += [
            state[0]
            for path, state in states.items()
            if under(path, folder) and path not in present and state[0] not in moved
        ]
    return removed
