"""``drafter review FILE… [--json] [--level L] [--library DIR] [--only CATEGORY…]``:
the checks an office head runs on drafts (.json) or any readable documents.

Several files are reviewed one after the other; one that cannot be read is named by its
full path on stderr and the others are still reviewed. Exit status: 0 when nothing at
error level remains, 1 when something does, 2 when a file could not be read (the worst
of the files).
"""

from __future__ import annotations

import argparse
import os
import sys

from drafter.commands.output import print_json
from drafter.messages import in_chinese, with_path

CATEGORY_CHOICES = (
    "numbering",
    "parallelism",
    "count",
    "placeholder",
    "date",
    "stale",
    "name",
    "wording",
    "punctuation",
    "number",
    "reuse",
)


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``drafter review`` to the parser drafter/cli.py builds: the office head's checks
    on drafts and documents, with the options of ``--comment`` (findings as comments in a
    draft) added by :mod:`drafter.commands.review_comments`."""
    p = sub.add_parser(
        "review",
        help="审稿：检查草稿或文稿的编号、数目、占位符、日期、人名职务、用语等",
        description="审稿：检查编号、对仗、数目、占位符、日期、时效提法、人名职务、用语、标点、数字和查重。"
        "退出码：0 无必错问题，1 有必错问题，2 文件无法读取。",
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="草稿 .json，或 .txt .docx .md .pdf 等文稿；可列多个，读不了的文件报出路径后接着审下一个",
    )
    p.add_argument("--json", action="store_true", help="以 JSON 输出审稿意见（段落从 1 数起）")
    p.add_argument(
        "--level",
        choices=("error", "warning", "hint"),
        default="hint",
        help="只报告该级别及以上的意见（默认 hint，即全部）",
    )
    p.add_argument(
        "--library",
        metavar="DIR",
        default=None,
        help="资料库文件夹：使用其中的本单位词表（DIR/review/*.toml）并做查重"
        "（默认：设置了 $DRAFTER_LIBRARY 时用它；否则用内置词表，不查重）",
    )
    p.add_argument(
        "--only",
        nargs="+",
        metavar="CATEGORY",
        choices=CATEGORY_CHOICES,
        default=None,
        help="只检查这些类别：" + " ".join(CATEGORY_CHOICES),
    )
    p.add_argument("--disable", nargs="+", metavar="RULE", default=[], help="按编号关闭规则")
    p.add_argument("--list-rules", action="store_true", help="列出全部规则并退出")
    from drafter.commands.review_comments import add_options

    add_options(p)  # --comment -o DRAFT.json: findings as comments (i10-office)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Review each file and print the findings (or JSON). A file that cannot be read is
    named by its full path and the others are still reviewed. Exit 0 when nothing at
    error level remains, 1 when something does, 2 when a file could not be read or the
    options are wrong: a script can gate a draft on it."""
    from drafter.review import LEVEL_NAMES, ReviewConfig, all_rules

    rules = all_rules()
    if args.list_rules:
        for r in rules:
            print(f"{r.id:28} {r.category:12} {r.level:8} {r.title}")
        return 0
    args.file = args.files[0] if args.files else None  # --comment works on one file
    if not args.file:
        print(
            "drafter review：需要一个文件（草稿 .json 或 .txt .docx .md .pdf …）", file=sys.stderr
        )
        return 2
    unknown = [x for x in args.disable if x not in {r.id for r in rules}]
    if unknown:
        print(
            f"drafter review：未知的规则编号：{'、'.join(unknown)}（见 --list-rules）",
            file=sys.stderr,
        )
        return 2
    config = ReviewConfig(
        disabled=set(args.disable), only=set(args.only or ()), min_level=args.level
    )
    library_dir = _named_library(args)
    if getattr(args, "comment", False):
        from drafter.commands.review_comments import run_comment

        if len(args.files) > 1:
            print("drafter review：--comment 一次只能处理一个文件", file=sys.stderr)
            return 2

        return run_comment(args, config, library_dir, open_reuse=_library_and_reuse)
    status, results, shown = 0, [], False
    for path in args.files:
        try:
            result = _review(path, config, library_dir)
        except _BadFile as exc:
            print(f"drafter：{in_chinese(with_path(str(exc), [path]), True)}", file=sys.stderr)
            status = 2
            continue
        if result.has_errors:
            status = max(status, 1)
        if args.json:
            results.append(result.to_json())
        else:
            if shown:
                print()  # one file's findings apart from the next's
            print(render(result, LEVEL_NAMES))
            shown = True
    if args.json:  # one file: its object, as before; several: a list of them
        if len(args.files) == 1:
            if results:
                print_json(results[0])
        else:
            print_json(results)
    return status


def _named_library(args: argparse.Namespace) -> str | None:
    """The library ``--library`` or ``$DRAFTER_LIBRARY`` names, as a string, or None: a
    review runs without one (default office lists, no reuse check) rather than on the
    user folder, so :func:`chosen_library` is asked without its fallback."""
    from drafter.library_choice import chosen_library

    chosen = chosen_library(args.library, fallback=False)
    return str(chosen) if chosen is not None else None


class _BadFile(Exception):
    """A file the review cannot read (not a draft, not a document): reported with its path and the
    batch goes on with the next file."""


def _review(path: str, config, library_dir: str | None):
    """Review one file: a draft (.json) as a draft, anything else read as a document; the office
    lists and the reuse index come from --library when given."""
    from drafter.corpus import ReadError, load_document
    from drafter.drafts.store import DraftError, load_draft
    from drafter.review import review_document, review_draft
    from drafter.review.office import OfficeLists, load_lists

    lists = OfficeLists.defaults()
    reuse = None
    library = None
    if not library_dir and config.only and "reuse" in config.only:
        print("drafter review：查重需要资料库：请用 --library DIR 指定", file=sys.stderr)
    if library_dir:
        library = _open_library(library_dir)
        root = getattr(library, "root", None) if library is not None else None
        lists = load_lists(root or (library_dir if os.path.isdir(library_dir) else None))
        for err in lists.errors:
            print(f"drafter review：{err}（已改用默认词表）", file=sys.stderr)
        if library is not None and (not config.only or "reuse" in config.only):
            reuse = _open_reuse(library)
    try:
        if path.lower().endswith(".json"):
            try:
                draft = load_draft(path)
            except DraftError as exc:
                raise _BadFile(str(exc)) from None
            return review_draft(draft, config, lists, reuse, path=path)
        try:
            doc = load_document(path)
        except ReadError as exc:
            raise _BadFile(str(exc)) from None
        from drafter.drafts.word_revisions import pending_words

        pending = pending_words(path)
        if pending:  # the writer's 修订 read as accepted: a rejected one would differ
            print(
                f"注意：{path} 有 {pending}未接受或拒绝，已按全部接受后的文字审稿",
                file=sys.stderr,
            )
        return review_document(doc, config, lists, reuse)
    finally:
        if reuse is not None:
            reuse.close()
        if library is not None:
            library.close()


def _library_and_reuse(library_dir: str):
    """The library ``--library`` names and its reuse index brought up to date, as the listing
    reads them (either None, with a note, when it cannot be had): ``--comment`` reviews with
    them too, so its comments are the findings the listing shows."""
    library = _open_library(library_dir)
    return library, (_open_reuse(library) if library is not None else None)


def _open_library(spec: str):
    """The library named by ``--library`` (a folder or a team library URL), or None with a
    note when there is none there (the reuse check is then skipped)."""
    from drafter.library.model import LibraryError
    from drafter.library.opener import open_library

    try:
        return open_library(spec, create=False)
    except LibraryError as exc:  # the core's English, said in Chinese with the full path
        from drafter.messages import cli_error

        print(f"drafter review：{cli_error(exc, [spec])}；跳过查重", file=sys.stderr)
        return None


def _open_reuse(library):
    """The library's reuse index, brought up to date first: only what changed since its
    last update is read (another process's import, a colleague's on the team library), and
    on a terminal the count of documents read shows on one line."""
    from drafter.review.reuse import ReuseIndex, ReuseIndexError

    try:
        index = ReuseIndex.open(library)
    except (ReuseIndexError, OSError) as exc:  # a folder it cannot write in
        print(f"drafter review：{exc}；跳过查重", file=sys.stderr)
        return None
    if index.stale():
        label = "drafter review：正在更新查重索引…"
        tty = sys.stderr.isatty()
        print(label, file=sys.stderr, end="" if tty else "\n", flush=True)
        try:
            for step in index.update():
                if tty and step.total:
                    line = f"\r{label} {step.done}/{step.total} 篇"
                    print(line, end="", file=sys.stderr, flush=True)
        except ReuseIndexError as exc:  # busy or not writable: review without it
            print(f"\ndrafter review：{exc}；跳过查重", file=sys.stderr)
            index.close()
            return None
        if tty:
            print(file=sys.stderr)
    return index


def _dismissed_note(result) -> str:
    """How many findings the draft's dismissals (忽略此条 in the app) hide: the listing
    said 合计 without them, so a head reading it did not know some were set aside."""
    n = len(getattr(result, "dismissed", ()) or ())
    return f"（另有已忽略 {n} 条未列出）" if n else ""


def render(result, level_names: dict[str, str]) -> str:
    """The findings as a reader-friendly list, grouped by level."""
    from drafter.review.groups import group_findings, others_line
    from drafter.review.model import CATEGORIES
    from drafter.review.panel_text import flagged, snippet

    lines = [f"{result.path}" + result.date_note()]
    if not result.findings:
        lines.append("  未发现问题。" + _dismissed_note(result))
        return "\n".join(lines)
    for level in ("error", "warning", "hint"):
        items = [f for f in result.findings if f.level == level]
        if not items:
            continue
        lines.append(f"[{level_names[level]}] {len(items)} 处")
        # one problem met again (第一、 … 第十二、) is one entry naming its other places
        for group in group_findings(items):
            f = group.first
            where = f"第{f.paragraph + 1}段" if f.paragraph is not None else "标题区"
            if f.section:
                where += f" {snippet(f.section[-1], 17)}"  # cut with …, not mid-word bare
            fix = f" → {f.suggestion}" if f.suggestion else ""
            lines.append(f"  {where}：{flagged(f, 30)}{fix}")
            lines.append(f"      {CATEGORIES[f.category]}·{f.message}  ({f.rule})")
            if len(group) > 1:
                lines.append(f"      {others_line(group, paragraph=True)}")
    counts = "，".join(
        f"{level_names[lv]} {result.count(lv)}" for lv in ("error", "warning", "hint")
    )
    lines.append(f"合计：{counts}{_dismissed_note(result)}")
    return "\n".join(lines)
