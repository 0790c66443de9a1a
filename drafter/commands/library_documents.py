"""Naming a library document on the command line: by the id ``library list`` shows, or by
its file's path, and an id the user noted before the file changed.

A document's id is the start of its content's SHA-256 (drafter.library.sync), so editing the
file gives it a new id and the one a writer noted (in a note, a script, a mail) finds
nothing. The library keeps no history of ids, but it does keep the content hash every
correction was made on; an old id matching one of those leads to the file's path and so to
the new id. Everything else is said plainly, with the path as the lasting name.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.corpus import Document
from drafter.corpus.correction_labels import lost_labels
from drafter.corpus.display import book_title
from drafter.library import LibraryError
from drafter.library.model import DocumentInfo, NoLibraryHere

if TYPE_CHECKING:
    from drafter.library import LibraryBackend


def is_document_id(text: str) -> bool:
    """Whether ``text`` has the form of a library document id (12 hex digits)."""
    return len(text) == 12 and all(c in "0123456789abcdef" for c in text)


def find_document(library: LibraryBackend, key: str) -> DocumentInfo:
    """The document ``key`` names: an id, or the path of a file in the library (as given,
    relative or with ``~``). An id from before the file changed raises a
    :class:`LibraryError` naming the new id; an unknown key says that a path works too."""
    info = library.document(key) if is_document_id(key) else None
    if info is not None:
        return info
    wanted = str(Path(key).expanduser().resolve())
    info = library.document_at(wanted)
    if info is not None:
        return info
    if not is_document_id(key):
        return by_title(library, key)
    now = renamed(library, key)
    if now is not None:
        raise LibraryError(
            f"{key}：这是文件改动前的编号；文件已改动，现在的编号是 {now.id}（{now.path}）"
        )
    raise LibraryError(
        f"资料库中没有这篇文稿（编号 {key}；文件改动后编号会变，也可以用文件路径代替编号，"
        "见 library list）" + same_title_hint(library, key)
    )


def by_title(library: LibraryBackend, key: str) -> DocumentInfo:
    """The one document whose title is ``key`` (or, failing that, holds it): an office head
    typed ``library edit 整顿党的作风 --speaker …`` and was told the library had no such
    text. Several matches raise a :class:`LibraryError` that lists them with their ids."""
    from drafter.corpus.display import display_title

    words = key.strip().strip("《》")
    docs = list(library.documents()) if words else []

    def title(d: DocumentInfo) -> str:
        return (d.title or "").strip() or display_title(d.title, d.occasion, d.excerpt, d.path)

    found = [d for d in docs if title(d) == words] or [d for d in docs if words in title(d)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise LibraryError(
            f"{key}：资料库里没有这篇文稿（可用编号、文件路径或标题，见 library list）"
        )
    named = "、".join(f"{d.id}{book_title(title(d))}" for d in found[:5])
    more = f"等 {len(found)} 篇" if len(found) > 5 else ""
    raise LibraryError(f"{key}：有几篇文稿的标题都含这几个字：{named}{more}；请用编号")


def same_title_hint(library: LibraryBackend, old_id: str) -> str:
    """For an id the library no longer knows and no correction remembers: the title the
    user's own notes or 提纲练习 kept for it, and the documents now under that title (the
    file changed, so its id did), to end the one-line message with; "" when nothing kept it."""
    from drafter.corpus.display import display_title
    from drafter.study.notes import NOTES_FILE, NotesError, NoteStore

    path = Path(library.root) / NOTES_FILE
    if not path.exists():  # asking must not create the user's notes file
        return ""
    try:
        with NoteStore(path) as store:
            kept = [n.doc_title for n in store.for_document(old_id)]
            kept += [a.doc_title for a in store.attempts.for_document(old_id)]
    except (NotesError, OSError, sqlite3.Error):
        return ""
    titles = list(dict.fromkeys(t.strip() for t in kept if t and t.strip()))
    if not titles:
        return ""
    said = f"；你的笔记或提纲练习记下这个编号的文稿是{''.join(book_title(t) for t in titles)}"
    same = [
        d
        for d in library.documents()
        if (d.title or "").strip() in titles
        or display_title(d.title, d.occasion, d.excerpt, d.path) in titles
    ]
    if not same:
        return said + "，资料库中现在没有同标题的文稿"
    return said + "，资料库中现在同标题的：" + "、".join(f"{d.id}（{d.path}）" for d in same)


def renamed(library: LibraryBackend, old_id: str) -> DocumentInfo | None:
    """The document now at the path whose earlier content had ``old_id``, when the library
    remembers that content (it does for every version the user corrected); else None."""
    try:
        records = library.export_corrections()
    except Exception:  # noqa: BLE001 - a backend without corrections knows no old content
        return None
    paths = {path for sha, path, _ops in records if sha.startswith(old_id)}
    return next((d for d in library.documents() if d.path in paths), None)


def library_copy(
    args: argparse.Namespace, path: str, corrected_only: bool = False
) -> Document | None:
    """The library's copy of the file at ``path`` (with the user's corrections), when the
    library the command names holds this file unchanged; None otherwise (no library, the
    file not in it, or changed since: then the file itself is read, as before). With
    ``corrected_only``, None too when the user corrected nothing in it."""
    from drafter.commands.library_access import library_dir, open_library

    root = library_dir(args)
    if isinstance(root, Path) and not root.exists():
        return None
    if not isinstance(root, Path) and not getattr(args, "library", None):
        return None  # a team database only when named on this command line
    # only now: the sync planner brings the index builder, Whoosh and jieba (~0.5 s of CPU),
    # which `drafter outline FILE` without a library never needs
    from drafter.library.sync import CHANGED_NOTE, corrections_behind, held_unchanged

    try:
        with open_library(args, create=False) as library:
            info = held_unchanged(library, path)
            if info is None:
                count = corrections_behind(library, path)
                if count:  # the file changed under the user's corrections: say they wait
                    sync = "运行 drafter library sync（或在程序里点「同步」）"
                    print("提示：" + CHANGED_NOTE.format(count=count, sync=sync), file=sys.stderr)
                return None
            if corrected_only and not library.corrections(info.id).ops:
                return None
            return with_recheck(library, info.id, library.load(info.id))
    except NoLibraryHere:
        return None  # a folder with no library (only templates, say): no corrections to miss
    except (LibraryError, OSError) as exc:
        # the file is read as it is then: say so, for the user's corrections are not in it
        # (the window says it in the reader: drafter.library.sync.UNREACHED_NOTE)
        from drafter.messages import describe

        why = describe(exc).rstrip("。")
        print(
            f"提示：未能读取资料库中这篇文稿的记录（{why}），按原文件读取："
            "您在资料库里对它做的提纲更正和编辑信息这次没有应用。",
            file=sys.stderr,
        )
        return None


def with_recheck(library: LibraryBackend, doc_id: str, doc: Document) -> Document:
    """``doc`` with a warning when its corrections were made before the file changed
    (更正待复核, as the app and ``library list`` say), naming the machine's doubts about the
    new version: on the command line the only place the user learns what to look at again."""
    try:
        state = library.corrections(doc_id)
    except Exception:  # noqa: BLE001 - a backend without corrections has nothing to re-check
        return doc
    if state.stale:
        doubts = list(getattr(doc.outline, "machine_doubts", None) or [])
        doc.warnings.append(
            "更正待复核：原文件已改动，更正是在旧版本上做的"
            + ("；识别时的疑点：" + "；".join(doubts) if doubts else "")
        )
        lost = lost_labels(list(state.skipped))
        if lost:  # which ones the outline below no longer has
            doc.warnings.append(f"{len(lost)} 处更正找不到原来的段落，未套用：" + "；".join(lost))
    return doc


def load_named(args: argparse.Namespace, key: str) -> Document:
    """A document for ``outline``/``study``: a file (the library's corrected copy when the
    library holds it unchanged), else a library document by id or path."""
    from drafter.commands.library_access import open_library

    # the reader here, not at the top: `library` and `export` import this module at start-up
    # and most of their actions read no file (the readers cost ~1 s of CPU to import)
    from drafter.corpus.load import load_document

    if Path(key).exists():
        return library_copy(args, key) or load_document(key)
    if not is_document_id(key):
        found = titled_id(args, key)
        if found is None:
            return load_document(key)  # the reader names what is wrong with the path
        key = found
    with open_library(args, create=False) as library:
        doc_id = find_document(library, key).id
        return with_recheck(library, doc_id, library.load(doc_id))


def titled_id(args: argparse.Namespace, key: str) -> str | None:
    """The id of the library text a key with no file behind it and no extension names by its
    title (``drafter outline 整顿党的作风``, as ``library edit`` takes it), or None to read
    ``key`` as a path; several texts under that title raise the listing error."""
    from drafter.commands.library_access import open_library

    if Path(key).suffix or "/" in key or "\\" in key:
        return None
    try:
        with open_library(args, create=False) as library:
            return by_title(library, key).id
    except NoLibraryHere:
        return None
    except LibraryError as exc:
        if "有几篇文稿" in str(exc):
            raise
        return None
