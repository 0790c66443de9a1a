"""``drafter library add|sync|unwatch|list|remove|info|words|reindex``: manage the document library.

Exit codes: 0 success (for add/sync: something was imported, or nothing needed doing),
2 every file failed (each named on its own line), or a usage or library error, 3 the
library is busy, 130 interrupted. (Every file failing was 1; it is an error like any
other the user must act on, and every command ends with 0 or 2 on bad input.)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.commands import library_edit
from drafter.commands.library_access import (
    EXIT_ERROR,
    EXIT_FAILED,
    add_library_option,
    add_library_option_to_actions,
    guarded,
    library_dir,
    load_from_library,
    open_library,
)
from drafter.commands.library_copy import register_copy
from drafter.commands.library_frames import register_frames
from drafter.commands.library_lists import register_lists
from drafter.commands.output import print_json

if TYPE_CHECKING:
    from drafter.library import LibraryBackend

IMPORT_EXIT_CODES = """退出码：
  0    全部导入（或没有要做的；跳过的非讲话稿文件不算失败）
  1    部分文件失败，其余已导入；失败的文件在标准错误中逐个写出完整路径
  2    全部失败，或出错未能导入
  3    资料库正被其他程序写入
  130  按 Ctrl+C 停止（已完成的部分保留）"""

# Kept importable from here for commands written before the split.
__all__ = ["add_library_option", "guarded", "load_from_library", "open_library", "register"]


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``drafter library`` and its actions (add, sync, unwatch, list, edit, remove,
    info, reindex, words, copy, frames, lists) to the parser drafter/cli.py builds; with no
    action it prints its own usage rather than failing."""
    p = sub.add_parser("library", help="导入、同步和管理资料库")
    add_library_option(p, wait=True)
    p.set_defaults(func=lambda args: _usage(p))
    cmds = p.add_subparsers(dest="library_command", metavar="ACTION")

    a = cmds.add_parser(
        "add",
        help="导入文件或文件夹（含子文件夹）；文件夹加入监视，以后用 library sync 同步",
        epilog=IMPORT_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    a.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="文件（.txt .docx .md .pdf .doc .wps .rtf .html .mhtml）或文件夹",
    )
    a.add_argument("--no-watch", action="store_true", help="只导入一次，不把文件夹加入监视")
    a.set_defaults(func=run_add)

    s = cmds.add_parser(
        "sync",
        help="同步文件夹：导入新文件、重新索引改动的文件、移除已删除的文件；单独导入的文件改动了也重新读入",
        epilog=IMPORT_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument("folders", nargs="*", metavar="FOLDER", help="默认：所有监视的文件夹")
    s.add_argument("--watch", action="store_true", help="同时把文件夹加入监视")
    s.set_defaults(func=run_sync)

    uw = cmds.add_parser("unwatch", help="停止监视文件夹（其中的文稿留在资料库中）")
    uw.add_argument(
        "folders", nargs="+", metavar="FOLDER", help="监视中的文件夹（见 library info）"
    )
    uw.set_defaults(func=run_unwatch)

    ls = cmds.add_parser("list", help="列出资料库中的文稿")
    ls.add_argument("--json", action="store_true", help="以 JSON 输出")
    ls.set_defaults(func=run_list)

    r = cmds.add_parser("remove", help="按编号或路径移除文稿")
    r.add_argument(
        "targets", nargs="+", metavar="ID|PATH", help="文稿编号（见 library list）或文件路径"
    )
    r.set_defaults(func=run_remove)

    i = cmds.add_parser("info", help="文稿数、段落数、占用空间、用户词")
    i.add_argument("--json", action="store_true", help="以 JSON 输出")
    i.set_defaults(func=run_info)

    up = cmds.add_parser(
        "upgrade", help="把资料库的表升级到本版 Drafter 的格式（团队资料库须用表的所有者账号）"
    )
    up.set_defaults(func=run_upgrade)

    ri = cmds.add_parser("reindex", help="重建索引（修改用户词典之后）")
    ri.add_argument("--reread", action="store_true", help="重新读取原文件")
    ri.set_defaults(func=run_reindex)

    w = cmds.add_parser("words", help="用于中文切词的用户词典")
    wcmds = w.add_subparsers(dest="words_command", metavar="ACTION")
    w.set_defaults(func=lambda args: _usage(w))
    wa = wcmds.add_parser("add", help="添加词语（如 三个服务 放管服）")
    wa.add_argument("words", nargs="+", metavar="WORD", help="要添加的词语")
    wa.add_argument("--reindex", action="store_true", help="立即重建索引，使新词生效")
    wa.set_defaults(func=run_words_add)
    wl = wcmds.add_parser("list", help="列出用户词")
    wl.set_defaults(func=run_words_list)
    wr = wcmds.add_parser("remove", help="删除用户词")
    wr.add_argument("words", nargs="+", metavar="WORD", help="要删除的词语")
    wr.add_argument("--reindex", action="store_true", help="立即重建索引")
    wr.set_defaults(func=run_words_remove)

    ed = library_edit.register(cmds)
    ed.set_defaults(func=run_edit)

    register_frames(cmds)
    register_copy(cmds)
    register_lists(cmds)
    add_library_option_to_actions(cmds)


def _usage(parser: argparse.ArgumentParser) -> int:
    """``library`` without an action: the help on stderr and the usage exit status, as argparse does
    for a missing argument."""
    parser.print_help(sys.stderr)
    return EXIT_ERROR


# add / sync / reindex


@guarded
def run_add(args: argparse.Namespace) -> int:
    """``library add``: import files and folders with a progress bar; the folders become watched
    folders (as the app's 导入文件夹 does), so ``library sync`` later picks up what changed in them.
    They are watched before the import starts, so an import stopped half-way is finished by a sync.
    """
    from drafter.commands.import_progress import drive, import_exit, upgrade_index
    from drafter.library import watching  # local: it imports the sync planner and readers

    with open_library(args, create=True) as lib:
        upgrade_index(lib)
        notes = [] if args.no_watch else watching.watch_added(lib, args.paths)
        last = drive("导入", lambda cancel: lib.add(args.paths, cancel=cancel))
        _follow_notes(lib)
    for note in notes:
        print(watching.describe(note, "运行 drafter library sync "), file=sys.stderr)
    return import_exit(last)


@guarded
def run_sync(args: argparse.Namespace) -> int:
    """``library sync``: bring the library in step with folders (or the watched ones, and
    the files imported one by one): new and changed files read, removed ones dropped, and
    documents an older Drafter read read again, so the rules of this version reach them."""
    from drafter.commands.import_progress import drive, import_exit, reread_stale, upgrade_index
    from drafter.library import (
        LibraryError,
        watching,  # local: it imports the sync planner and readers
    )

    with open_library(args, create=True) as lib:
        upgrade_index(lib)
        folders = args.folders or lib.watched_folders()
        # with no FOLDER given, files imported one by one are re-read when they changed too
        loose = [] if args.folders else watching.loose_files(lib)
        if not folders and not loose:
            raise LibraryError("没有要同步的文件夹（给出 FOLDER，或先用 --watch 记住一个）")
        code = 0
        several = len(folders) + bool(loose) > 1  # each summary then names its folder
        for folder in folders:
            if args.watch:
                lib.watch(folder)
            name = Path(folder).name
            last = drive(
                f"同步 {name}",
                lambda cancel, f=folder: lib.sync(f, cancel),
                where=str(folder) if several else "",
            )
            code = max(code, import_exit(last))
        if loose:
            where = "单独导入的文件" if several else ""
            last = drive("同步单独导入的文件", lambda cancel: lib.add(loose, cancel), where=where)
            code = max(code, import_exit(last))
        # documents an older Drafter read: the new rules reach them
        reread = reread_stale(lib) is not None
        _follow_notes(lib, reread)
        _say_stale_parses(lib)
        return code


def _follow_notes(lib, reread: bool = False) -> None:
    """The trainee's notes on files this run read again move to the new versions at once
    (flagged where their words are gone), so ``notes list`` and the app's 全部笔记 show
    them right without each document being opened first; said on stderr when any moved.
    ``reread``: documents were read again by newer rules (their notes checked too)."""
    from drafter.study.notes_follow import follow_changed_files

    said = follow_changed_files(lib, reread).said()
    if said:
        print(f"笔记：{said}（drafter notes list 查看）", file=sys.stderr)


@guarded
def run_unwatch(args: argparse.Namespace) -> int:
    """``library unwatch``: forget watched folders (``library add FOLDER`` watches them); their
    documents stay. A folder that was not watched is named, with the ones that are."""
    with open_library(args, create=False) as lib:
        watched = lib.watched_folders()
        missing = 0
        for folder in args.folders:
            resolved = str(Path(folder).expanduser().resolve())
            if resolved not in watched:
                known = "、".join(watched) or "无"
                print(f"drafter：{resolved}：不是监视的文件夹（监视的：{known}）", file=sys.stderr)
                missing += 1
                continue
            lib.unwatch(resolved)
            print(f"已停止监视：{resolved}（其中的文稿仍在资料库中）", file=sys.stderr)
    return EXIT_FAILED if missing == len(args.folders) else 0


@guarded
def run_reindex(args: argparse.Namespace) -> int:
    """``library reindex``: rebuild the index with the current user dictionary (words added
    since the last build cut the texts anew, and searches find them only then); with
    ``--reread`` every file is read again too."""
    from drafter.commands.import_progress import drive, import_exit, reread_stale

    with open_library(args, create=False) as lib:
        stale = None
        if not args.reread:  # --reread reads every file again anyway
            stale = reread_stale(lib)
        last = drive(
            "重建索引", lambda cancel: lib.reindex(cancel, reread=args.reread), reindex=True
        )
        _follow_notes(lib, args.reread or stale is not None)
    return import_exit(last)


def _say_stale_parses(lib: LibraryBackend) -> None:
    """One line on stderr when the library's cached parses were made by older reading code (see
    :mod:`drafter.library.parser_stamp`): nothing else tells a user who upgraded Drafter that
    their outlines stay the old ones until ``reindex --reread``."""
    from drafter.library import parser_stamp

    text = parser_stamp.notice(lib)
    if text:
        print(text, file=sys.stderr)


# list / remove / info


def _checked_marks(lib, docs) -> dict[str, str]:
    """Document id -> 已人工更正 / 已人工核对 / 信息已更正 for the documents whose present content
    has corrections, decided as the app's table decides them (by what they change)."""
    from drafter.library.correction_marks import correction_marks

    return correction_marks(lib, docs)


@guarded
def run_list(args: argparse.Namespace) -> int:
    """``library list``: the documents, newest first (or JSON), each with the marks the app's
    table shows (无标题, 结构待核, 更正待复核, 已人工更正): a command-line user has no other
    way to learn that a text needs a look."""
    from drafter.corpus.display import book_title

    with open_library(args, create=False) as lib:
        docs = lib.documents()
        # corrections made on an earlier version of the file: the app's table says 更正待复核,
        # and a CLI user has no other way to learn that a changed file needs a look
        stale = set(lib.stale_corrections()) if hasattr(lib, "stale_corrections") else set()
        # and the texts a person corrected or checked, as the table marks them (已人工更正 …):
        # the list showed a corrected outline like any the machine read with confidence
        checked = _checked_marks(lib, docs)
        _say_stale_parses(lib)
    if args.json:
        from dataclasses import asdict

        print_json([asdict(d) for d in docs])
        return 0
    for d in docs:
        facts = " · ".join(x for x in (d.date, d.speaker, d.genre) if x)
        marks = ("  [无标题]" if d.untitled else "") + ("  [结构待核]" if d.needs_review else "")
        marks += "  [更正待复核]" if d.id in stale else ""
        marks += f"  [{checked[d.id]}]" if d.id not in stale and d.id in checked else ""
        print(
            f"{d.id}  {book_title(d.display_title)}{marks}  {facts}  {d.paragraphs} 段 {d.chars:,} 字"
        )
        print(f"              {d.path}")
    print(f"共 {len(docs)} 篇", file=sys.stderr)
    return 0


@guarded
def run_edit(args: argparse.Namespace) -> int:
    """``library edit``: correct a document's metadata (kept in the library, not the file);
    the library is opened here so :mod:`drafter.commands.library_edit` only edits."""
    with open_library(args, create=False) as lib:
        return library_edit.run_edit(args, lib)


@guarded
def run_remove(args: argparse.Namespace) -> int:
    """``library remove``: remove documents by id or path; one inside a watched folder gets
    a warning, since the next sync would bring it back. Exit 2 when none was there."""
    from drafter.library import watching  # local: it imports the sync planner and readers

    missing = 0
    with open_library(args, create=False) as lib:
        watched = lib.watched_folders()
        paths = {d.id: d.path for d in lib.documents()} if watched else {}
        for target in args.targets:
            path = paths.get(target, target)
            if lib.remove(target):
                print(f"已移除：{target}", file=sys.stderr)
                folder = watching.covering_folder(watched, str(Path(path).expanduser().resolve()))
                if folder is not None:  # the next sync would bring it back: say so now
                    how = f"运行 drafter library unwatch {folder} 停止监视"
                    print(watching.removal_warning(folder, how), file=sys.stderr)
            else:
                print(f"drafter：{target}：资料库里没有这篇文稿", file=sys.stderr)
                missing += 1
    return EXIT_FAILED if missing == len(args.targets) else 0


@guarded
def run_info(args: argparse.Namespace) -> int:
    """``library info``: counts and sizes, the user dictionary's state and the watched
    folders, and how many documents an older reader read (so the user learns that a sync
    would read them better); ``--json`` gives the same as one object for scripts.

    On an empty PostgreSQL database it sets the team library up (its tables): that is the
    one step docs/team-library.md gives an office's administrator, run as the tables'
    owner. A local folder is never made by ``info`` (a mistyped path stays an error)."""
    from drafter.library import is_database_spec

    with open_library(args, create=is_database_spec(library_dir(args))) as lib:
        info = lib.info()
        info["stale_parses"] = lib.stale_parses()
        if not args.json:
            _say_stale_parses(lib)
    if args.json:
        print_json(info)
        return 0
    print(f"资料库：{info['path']}")
    print(f"文档：{info['documents']} 篇，{info['paragraphs']} 段，{info['chars']:,} 字")
    print(f"原文件：{info['bytes'] / 1e6:.1f} MB；索引：{info['index_bytes'] / 1e6:.1f} MB")
    note = "（已修改，需要 drafter library reindex 才生效）" if info["reindex_needed"] else ""
    print(f"用户词典：{info['words']} 个词{note}")
    for folder in info["watched_folders"]:
        print(f"同步文件夹：{folder}")
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    """``library upgrade``: bring the library's tables to this Drafter's format in place
    (a team library's migrations, a local catalogue's added columns; every row kept):
    the one command a team library's owner is told to run when a colleague's Drafter
    found the tables older than itself and could not upgrade them."""
    from drafter.library import is_database_spec

    spec = library_dir(args)
    with open_library(args, create=False) as lib:
        where = lib.location if is_database_spec(spec) else str(getattr(lib, "root", spec))
        if is_database_spec(spec):
            from drafter.library.pg import schema

            print(f"{where}：团队资料库已是最新格式（格式 {schema.LATEST}），同事们可以照常打开。")
        else:
            print(f"{where}：资料库已是最新格式。")
    return 0


# words


@guarded
def run_words_add(args: argparse.Namespace) -> int:
    """``library words add``: add user dictionary words (names, slogans jieba cuts apart),
    so searches find them whole after a re-index (``--reindex`` runs it now)."""
    with open_library(args, create=True) as lib:
        before = set(lib.words())
        lib.add_words(args.words)
        added = [w for w in dict.fromkeys(args.words) if w.strip() and w.strip() not in before]
        print(f"已加入用户词典 {len(added)} 个词", file=sys.stderr)
        return _after_words_change(args, lib)


@guarded
def run_words_remove(args: argparse.Namespace) -> int:
    """``library words remove``: remove user dictionary words that cut texts wrongly; like
    adding, it reaches searches after a re-index."""
    with open_library(args, create=False) as lib:
        before = set(lib.words())
        lib.remove_words(args.words)
        gone = [w for w in args.words if w.strip() in before]
        print(f"已从用户词典移除 {len(gone)} 个词", file=sys.stderr)
        return _after_words_change(args, lib)


def _after_words_change(args: argparse.Namespace, lib: LibraryBackend) -> int:
    """After the user dictionary changed: rebuild the index now with --reindex, or say that searches
    see the new words only after a rebuild."""
    from drafter.commands.import_progress import drive, import_exit

    if not lib.needs_reindex():
        return 0
    if args.reindex:
        return import_exit(drive("重建索引", lambda cancel: lib.reindex(cancel)))
    print("词典已修改：运行 drafter library reindex 重建索引后生效", file=sys.stderr)
    return 0


@guarded
def run_words_list(args: argparse.Namespace) -> int:
    """``library words list``: print the user dictionary, one word a line, so a script can
    read it or a team can compare theirs."""
    with open_library(args, create=False) as lib:
        for word in lib.words():
            print(word)
    return 0
