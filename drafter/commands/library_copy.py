"""``drafter library copy SRC DST``: publish a local library to a team library (or take
a team library home), with progress; an interrupted copy resumes where it stopped.

Each side is a folder or a postgresql:// URL. Documents move with their cached parse, so
the source files need not exist on this machine; the target re-cuts them with its own
dictionary. Documents already in the target (same content hash) are skipped, and the
target commits in batches, so running the same copy again after Ctrl+C, a lost
connection or kill -9 only does what is left.
"""

from __future__ import annotations

import argparse
import sys

from drafter.commands.library_access import guarded


def register_copy(cmds: argparse._SubParsersAction) -> None:
    """Add ``copy`` to ``drafter library``'s actions: how an office publishes its local
    library to a team server (or a writer takes one home), resumable after an interruption."""
    c = cmds.add_parser(
        "copy",
        help="把资料库复制到另一个（本地文件夹 ↔ postgresql:// 团队资料库）",
        description="把一个资料库复制到另一个：本地文件夹与团队资料库（postgresql://…）之间互相复制。"
        "已有的文档跳过；中断后再次运行会从中断处继续。",
    )
    c.add_argument("source", metavar="SRC", help="源资料库：文件夹或 postgresql:// 地址")
    c.add_argument("target", metavar="DST", help="目标资料库：文件夹或 postgresql:// 地址")
    c.set_defaults(func=run_copy)


@guarded
def run_copy(args: argparse.Namespace) -> int:
    """``library copy``: copy every document from one library into another, with the user
    dictionary and the corrections, so the copied texts read and search as they did; the
    same library named twice is refused before anything is written."""
    from drafter.commands.import_progress import drive, import_exit
    from drafter.library import describe, open_library  # the opener pulls in the whole reader

    wait = getattr(args, "wait", 5.0)
    with (
        open_library(args.source, create=False, lock_timeout=wait) as source,
        open_library(args.target, create=True, lock_timeout=wait) as target,
    ):
        if source.location == target.location:
            print("drafter：源资料库和目标资料库是同一个", file=sys.stderr)
            return 2
        _copy_words(source, target)
        # with who made each: a colleague's change in the copy is said with their name
        corrected = target.import_corrections(source.export_corrections(with_authors=True))
        if corrected:
            print(f"已复制 {corrected} 篇文档的更正", file=sys.stderr)
        print(f"复制资料库：{describe(args.source)} → {describe(args.target)}", file=sys.stderr)
        last = drive(
            "复制",
            lambda cancel: target.import_records(source.export_records(), cancel),
        )
    return import_exit(last)


def _copy_words(source, target) -> None:
    """Bring the source's user dictionary along. An empty target is re-indexed with it
    at once (nothing to re-cut yet); otherwise the user is told to re-index."""
    missing = sorted(set(source.words()) - set(target.words()))
    if not missing:
        return
    target.add_words(missing)
    if not target.documents():
        for _ in target.reindex():
            pass
        return
    print(
        f"已把 {len(missing)} 个用户词加入目标资料库：运行 drafter library reindex 后生效",
        file=sys.stderr,
    )
