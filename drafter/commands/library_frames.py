"""``drafter library frames [--json]``: the numeric frames and heading patterns the library's
own texts use, with counts by genre, occasion kind and year and examples."""

from __future__ import annotations

import argparse
import sys

from drafter.commands.library_access import guarded, open_library
from drafter.commands.output import print_json
from drafter.corpus.display import book_title


def register_frames(cmds: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``frames`` action to ``drafter library`` and return its parser."""
    p = cmds.add_parser("frames", help="资料库中的数字概括和并列标题框架（按文种、场合、年份统计）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（段落从 1 数起）")
    p.add_argument(
        "--min", type=int, default=2, metavar="N", help="只列出至少 N 篇用过的（默认 2）"
    )
    p.add_argument("--top", type=int, default=40, metavar="N", help="每类列出前 N 个（默认 40）")
    p.set_defaults(func=run_frames)
    return p


@guarded
def run_frames(args: argparse.Namespace) -> int:
    """``library frames``: the numeric frames and parallel headings the library uses."""
    from drafter.study.mining import library_entries, mine  # the study package: on demand

    with open_library(args, create=False) as lib:
        total = len(lib.documents())
        gen = mine(library_entries(lib), total, min_documents=max(1, args.min))
        tty = sys.stderr.isatty()
        while True:
            try:
                progress = next(gen)
            except StopIteration as stop:
                mined = stop.value
                break
            if tty and (progress.done % 50 == 0 or progress.done == total):
                print(f"\r分析中 {progress.done}/{total}", end="", file=sys.stderr)
        if tty:
            print(file=sys.stderr)
    for line in mined.failed:
        print(f"drafter：{line}", file=sys.stderr)
    if args.json:
        print_json(mined.to_json())
        return 0
    print(f"共分析 {mined.documents} 篇")
    print()
    print(f"数字概括（{len(mined.frames)} 个，至少 {args.min} 篇用过）")
    for f in mined.frames[: args.top]:
        example = next((e for e in f.examples if e.items), None)
        items = "：" + "｜".join(example.items) if example else ""
        print(f"  {f.label}  {f.documents} 篇 {f.count} 次，展开 {f.listed} 次{items}")
        print(f"      {_facets(f)}")
    print()
    print(f"并列标题框架（{len(mined.patterns)} 个）")
    for p in mined.patterns[: args.top]:
        e = p.examples[0]
        # the library's name for an untitled text (its occasion, first words), never its path
        name = e.name or e.title or "无标题"
        print(f"  {p.key}  {p.documents} 篇  例：{book_title(name)}{'／'.join(e.items[:4])}")
        print(f"      {_facets(p)}")
    return 0


def _facets(item) -> str:
    """Where a mined structure is used: its commonest genres and occasions and the span of years, on
    one line under its example."""
    genre = "、".join(f"{k}{v}" for k, v in item.by_genre.most_common(3))
    kind = "、".join(f"{k}{v}" for k, v in item.by_occasion.most_common(3))
    return f"文种：{genre}；场合：{kind}；{item.year_span}"
