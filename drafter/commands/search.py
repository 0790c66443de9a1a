"""``drafter search QUERY [--library DIR] [--limit N] [--json] [--headings] [--sort date]``.

Exit codes: 0 success (also when nothing matched), 2 a bad query or no library.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from drafter.cli_zh import ChineseArgumentParser
from drafter.commands.library_access import add_library_option, guarded, open_library
from drafter.commands.output import print_json

if TYPE_CHECKING:
    from drafter.library import SearchHit

_QUERY_HELP = (
    '词语默认同时满足；"带引号的短语"精确匹配；A OR B；-排除；'
    "字段 标题: 讲话人: 体裁:(文种:) 场合: 年份:2024 年份:2020..2024 文稿:ID"
    "（也可写 title: speaker: genre: occasion: year: doc:）"
)


class _QueryParser(ChineseArgumentParser):
    """Takes every argument that is not one of its own options as a query word.

    argparse alone rejects ``drafter search 改革 -腐败`` (an exclusion looks like an unknown
    option) and ``drafter search 改革 --limit 3 开放`` (words after an option). Here only
    ``-h`` and ``--long`` options are options; any other word, with or without a leading
    "-", is part of the query, wherever it stands.
    """

    def parse_known_args(self, args=None, namespace=None):
        """Options are ``-h`` and ``--long`` ones only; every other word is the query."""
        args = list(sys.argv[1:] if args is None else args)
        options: list[str] = []
        words: list[str] = []
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                words.extend(args[i + 1 :])
                break
            if arg in ("-h", "--help") or (arg.startswith("--") and len(arg) > 2):
                options.append(arg)
                action = self._long_option(arg)
                takes_value = action is not None and action.nargs is None and action.const is None
                if takes_value and "=" not in arg and i + 1 < len(args):
                    options.append(args[i + 1])
                    i += 1
            else:
                words.append(arg)
            i += 1
        return super().parse_known_args([*options, "--", *words], namespace)

    def _long_option(self, arg: str) -> argparse.Action | None:
        """The action of ``--name`` (or a unique prefix of it, as argparse allows)."""
        name = arg.split("=", 1)[0]
        if name in self._option_string_actions:
            return self._option_string_actions[name]
        found = [a for s, a in self._option_string_actions.items() if s.startswith(name)]
        return found[0] if len({id(a) for a in found}) == 1 else None


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``drafter search`` to the parser drafter/cli.py builds: the library's full-text
    search from a shell. Its parser takes every word that is not a ``--long`` option as the
    query (see ``_QueryParser``), so ``改革 -腐败`` excludes a word instead of failing."""
    p = sub.add_parser("search", help="检索资料库中的段落")
    p.__class__ = _QueryParser  # subparsers build the parent's class; see _QueryParser
    p.add_argument("query", nargs="+", metavar="QUERY", help=_QUERY_HELP)
    add_library_option(p)
    p.add_argument("--limit", type=int, default=20, metavar="N", help="显示的结果数（默认 20）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（段落从 1 数起，同阅读区）")
    p.add_argument("--headings", action="store_true", help="只检索小标题")
    p.add_argument(
        "--sort",
        choices=("relevance", "date"),
        default="relevance",
        help="排序：relevance 按相关度（默认），date 按日期从新到旧",
    )
    p.add_argument("--genre", help="只检索该文种的文稿")
    p.add_argument("--speaker", help="只检索该讲话人的文稿")
    p.add_argument("--year-from", type=int, metavar="YEAR", help="只检索该年及以后的文稿")
    p.add_argument("--year-to", type=int, metavar="YEAR", help="只检索该年及以前的文稿")
    p.add_argument("--doc", metavar="ID", help="只检索这篇文稿")
    p.set_defaults(func=run)


@guarded
def run(args: argparse.Namespace) -> int:
    """Search the library and print the hits (or JSON) with the total and the time on
    stderr, so that stdout holds only results a script can read. Exit 0 also when nothing
    matched; 2 on a bad ``--limit``, a bad query or no library."""
    from drafter.commands.import_progress import upgrade_index

    if args.limit < 1:
        print("drafter：--limit 至少为 1", file=sys.stderr)
        return 2
    text = " ".join(args.query)
    filters = {
        "genre": args.genre,
        "speaker": args.speaker,
        "year_from": args.year_from,
        "year_to": args.year_to,
        "document_id": args.doc,
    }
    filters = {k: v for k, v in filters.items() if v}
    with open_library(args, create=False) as lib:
        upgrade_index(lib)
        results = lib.search(
            text, limit=args.limit, sort=args.sort, headings_only=args.headings, filters=filters
        )
        # nothing found in a library that holds nothing: a new user's first search (the
        # default folder, empty until an import) answered 共 0 段 and no more
        empty = results.total == 0 and not lib.info().get("documents")
        where = str(lib.info().get("path", "")) if empty else ""
    if args.json:
        print_json(results.to_json())
        return 0
    color = sys.stdout.isatty()
    for n, hit in enumerate(results.hits, 1):
        print(render_hit(n, hit, color))
    shown = len(results.hits)
    print(
        f"共 {results.total} 段，显示 {shown} 段（{results.elapsed_ms:.0f} 毫秒）",
        file=sys.stderr,
    )
    if empty:
        print(
            f"drafter：资料库中还没有文稿（{where}）；先用 drafter library add 文件或文件夹 导入",
            file=sys.stderr,
        )
    return 0


def render_hit(n: int, hit: SearchHit, color: bool) -> str:
    """One search hit as text lines: rank, source, heading path, the paragraph."""
    from drafter.corpus.display import book_title
    from drafter.library.chunks import window

    doc = hit.document
    title = doc.display_title
    untitled = "  [无标题]" if doc.untitled else ""  # as `library list` and `outline` mark it
    facts = " · ".join(x for x in (doc.date, doc.speaker) if x)
    score = f"  [{hit.score:.2f}]" if hit.score else ""  # unscored: a field-only query
    lines = [
        f"{n}. {book_title(title)}{untitled} {facts}{score}  {doc.id}#{hit.paragraph_index + 1}"
    ]  # 第 N 段, from 1
    section = hit.section
    if hit.is_heading and section and hit.text.startswith(section[-1]):
        section = section[:-1]  # the heading itself is the text line below
    if section:
        lines.append("   " + " › ".join(section))
    text, spans = window(hit.text, hit.highlights)  # never a whole long paragraph
    lines.append("   " + mark(text, spans, color))
    return "\n".join(lines)


def mark(text: str, spans: list[tuple[int, int]], color: bool) -> str:
    """The text with highlighted spans in bold red on a terminal, plain otherwise."""
    if not color or not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start])
        out.append(f"\033[1;31m{text[start:end]}\033[0m")
        last = end
    out.append(text[last:])
    return "".join(out)
