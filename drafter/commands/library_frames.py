"""``drafter library frames [--json]``: the numeric frames and heading patterns the library's
own texts use, with counts by genre, occasion kind and year and examples."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from drafter.commands.library_access import guarded, open_library
from drafter.commands.output import print_json

if TYPE_CHECKING:
    from drafter.study.mining import Mined


def register_frames(cmds: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``frames`` action to ``drafter library`` and return its parser (the caller
    sets what runs it): which 三个方面-style frames and parallel headings the office's own
    texts use, for a writer choosing a structure from a shell."""
    p = cmds.add_parser("frames", help="资料库中的数字概括和并列标题框架（按文种、场合、年份统计）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（段落从 1 数起）")
    p.add_argument(
        "--min", type=int, default=2, metavar="N", help="只列出至少 N 篇用过的（默认 2）"
    )
    p.add_argument("--top", type=int, default=40, metavar="N", help="每类列出前 N 个（默认 40）")
    p.add_argument(
        "--fresh", action="store_true", help="不用上次保存的分析结果，重新分析整个资料库"
    )
    p.set_defaults(func=run_frames)
    return p


@guarded
def run_frames(args: argparse.Namespace) -> int:
    """``library frames``: the numeric frames and parallel headings the library uses, with
    counts by genre, occasion and year; the analysis saved last time is reused unless
    ``--fresh`` (mining a whole library takes long), and texts that failed are named."""
    from drafter.corpus.display import book_title

    with open_library(args, create=False) as lib:
        mined = _mined(lib, fresh=args.fresh)
    mined = mined.at_least(max(1, args.min))
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


def _mined(lib, fresh: bool = False) -> Mined:
    """The library's mined structures: the result kept by the last run of this command or
    of the 结构 panel while the library and the rules are unchanged (the same key and file,
    drafter.study.mining_cache), else mined again and kept. Every run mined the whole
    library (tens of seconds for ~700 texts) though the panel beside it showed the same
    result at once."""
    from drafter.study.mining import library_entries, mine  # the study package: on demand
    from drafter.study.mining_cache import load_cached, mining_key, save_cached

    key = mining_key(lib)
    tty = sys.stderr.isatty()
    if not fresh:
        cached, _existed = load_cached(lib, key)
        if cached is not None:
            if tty:
                print("资料库未变，使用上次的分析结果（--fresh 重新分析）", file=sys.stderr)
            return cached
    total = len(lib.documents())
    # every structure is kept, as the panel keeps it: --min filters the result afterwards
    gen = mine(library_entries(lib), total)
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
    save_cached(lib, mined, key)
    return mined


def _facets(item) -> str:
    """Where a mined structure is used: its commonest genres and occasions and the span of years, on
    one line under its example."""
    genre = "、".join(f"{k}{v}" for k, v in item.by_genre.most_common(3))
    kind = "、".join(f"{k}{v}" for k, v in item.by_occasion.most_common(3))
    return f"文种：{genre}；场合：{kind}；{item.year_span}"
