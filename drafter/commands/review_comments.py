"""``drafter review FILE --comment -o DRAFT.json [--author NAME]``: the findings of a review
turned into comments (批注) on the flagged words, saved in a draft.

FILE is a draft or any document (a writer's .docx opens as a draft with its own Word
comments kept); the draft written to ``-o`` has one comment per finding, ready for the
app's margin list or for ``drafter export`` to Word, where they show in the margin.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from drafter.messages import cli_error


def add_options(p: argparse.ArgumentParser) -> None:
    """Add ``--comment``, ``-o``, ``--author`` and ``--force`` to ``drafter review``'s parser:
    turning findings into comments is a way of running the review, not a command of its
    own, so it takes the same files, levels and lists."""
    p.add_argument(
        "--comment",
        action="store_true",
        help="把审稿意见写成批注，存入 -o 指定的草稿（审的是草稿 .json 时默认存回它）",
    )
    p.add_argument("-o", "--output", metavar="DRAFT.json", help="要写入的草稿（与 --comment 同用）")
    p.add_argument(
        "--author", default="", help="批注上的署名（默认取首选项中的批注署名，其次本机用户名）"
    )
    p.add_argument("--force", action="store_true", help="覆盖已有的 -o 文件")


def run_comment(args: argparse.Namespace, config, library_dir: str | None, open_reuse=None) -> int:
    """Review FILE, add a comment per finding, save the draft to ``args.output`` (FILE
    itself when it is a draft .json and no -o is given: the head comments on his draft).
    ``open_reuse(library_dir)`` gives the library and its reuse index (``drafter review``
    passes its own opener, so 查重 runs here as in the listing)."""
    from drafter.corpus.model import ReadError
    from drafter.drafts.open_any import open_as_draft
    from drafter.drafts.store import DraftError, save_draft
    from drafter.review.into_comments import review_into_comments
    from drafter.review.office import OfficeLists, load_lists

    if not args.output and Path(args.file).suffix.lower() == ".json":
        args.output = args.file  # a draft reviewed takes its comments itself
    if not args.output:
        print("drafter review：--comment 需要用 -o 指定要写出的稿件（.json）", file=sys.stderr)
        return 2
    out = Path(args.output)
    if out.suffix.lower() != ".json":
        print(f"drafter review：{out}: 稿件文件应以 .json 结尾", file=sys.stderr)
        return 2
    same = out.exists() and Path(args.file).resolve() == out.resolve()
    if out.exists() and not (args.force or same):
        print(f"drafter：{out.absolute()}：已存在（加 --force 覆盖）", file=sys.stderr)
        return 2
    try:
        draft = open_as_draft(args.file)
    except (DraftError, ReadError) as exc:
        print(f"drafter：{cli_error(exc)}", file=sys.stderr)
        return 2
    lists = load_lists(library_dir) if library_dir else OfficeLists.defaults()
    # the reuse check (查重) too, as `drafter review FILE --library DIR` lists it: the
    # comments are the findings that listing shows, not all but those
    library = reuse = None
    if library_dir and open_reuse is not None and (not config.only or "reuse" in config.only):
        library, reuse = open_reuse(library_dir)
    from drafter.commands.comment import _default_author

    author = _default_author(args)
    if not author:  # the generic 审稿 said, not slipped in
        print("提示：未设批注署名，批注署为“审稿”；可用 --author 指定", file=sys.stderr)
    try:
        result, added = review_into_comments(draft, author, config, lists, reuse)
    finally:
        if reuse is not None:
            reuse.close()
        if library is not None:
            library.close()
    try:
        save_draft(draft, out, force=args.force)
    except DraftError as exc:
        print(f"drafter：{cli_error(exc)}", file=sys.stderr)
        return 2
    print(
        f"已写出稿件 {out}：{len(result.findings)} 处审稿意见，新增 {len(added)} 条批注"
        f"（共 {len(draft.comments)} 条）"
    )
    return 1 if result.has_errors else 0
