"""``drafter compare OLD NEW [--json] [-o redline.docx]``: what changed between two
versions of a speech, and a 修订稿 with Word tracked changes."""

from __future__ import annotations

import argparse
import sys

from drafter.commands.output import print_json
from drafter.messages import in_chinese, with_path


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``drafter compare`` to the parser drafter/cli.py builds: two versions of a speech
    (drafts, a draft's saved version, Word or text files) compared, and with ``-o`` the
    修订稿 a head sends back, without opening the app."""
    p = sub.add_parser(
        "compare",
        help="比较两稿：提纲和文字的改动；-o 写出修订稿",
    )
    p.add_argument("old", metavar="OLD", help="草稿 .json、DRAFT.json@版本，或 .docx .txt 等文稿")
    p.add_argument("new", metavar="NEW", help="较新的一稿（类型同 OLD）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出比较结果")
    p.add_argument(
        "-o",
        "--output",
        metavar="REDLINE.docx",
        help="把新稿写成带 Word 修订标记的修订稿",
    )
    p.add_argument("--author", default="", help="修订标记上的修订人")
    p.add_argument(
        "--old-comments",
        action="store_true",
        help="修订稿也带上旧稿（审阅过的那一稿）的批注，落在新稿对应的文字上",
    )
    p.add_argument("--style", metavar="STYLE", default=None, help="版式（默认 gbt9704）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Compare, print the report or JSON, write the 修订稿; exit 2 on an unreadable side."""
    from drafter.compare import CompareError, compare_drafts, load_side
    from drafter.compare.report import render_report
    from drafter.export import ExportError, StyleError, refuse_overwriting_sources

    try:
        if args.output:  # before any reading: the 修订稿 must not replace a side
            refuse_overwriting_sources(args.output, [args.old, args.new])
    except ExportError as exc:
        print(f"drafter：{in_chinese(str(exc), full_path=True)}", file=sys.stderr)
        return 2
    try:
        old, old_name = load_side(args.old)
        new, new_name = load_side(args.new)
    except CompareError as exc:
        text = with_path(str(exc), [args.old, args.new])
        print(f"drafter：{in_chinese(text, full_path=True)}", file=sys.stderr)
        return 2
    if old_name == new_name:  # the writer's copy under the same name, from another folder
        old_name, new_name = _told_apart(args.old, args.new, old_name, new_name)
    comparison = compare_drafts(old, new)
    from drafter.compare.comments import why_newer
    from drafter.drafts.word_revisions import pending_words

    reason = why_newer(new, old)  # OLD answers NEW: replies, tracked edits of it, saved later
    if reason:
        why = {
            "replies": f"{args.old} 回复了 {args.new} 的批注",
            "tracked": f"{args.old} 的修订是在 {args.new} 的文字上做的",
            "saved": f"{args.old} 带着 {args.new} 的批注且在 Word 中保存得更晚",
        }[reason]
        print(f"注意：{why}，像是较新的一稿；新旧是否写反了？", file=sys.stderr)
    for side in (args.old, args.new):
        pending = pending_words(side)
        if pending:  # compared as if accepted: say so, a rejected change would show
            print(
                f"注意：{side} 有 {pending}未接受或拒绝，按全部接受后的文字比较",
                file=sys.stderr,
            )
    if args.output:
        from drafter.compare.comments import redline_comments
        from drafter.export.redline import write_redline

        try:
            # the head reviewed OLD and the writer sent NEW: his comments go along (as
            # 对调新旧 in the app), else the 修订稿 holds only NEW's own
            comments = redline_comments(comparison, "old") if args.old_comments else None
            written = write_redline(
                comparison, args.output, style=args.style, author=args.author, comments=comments
            )
        except (ExportError, StyleError) as exc:
            print(f"drafter：{in_chinese(str(exc), full_path=True)}", file=sys.stderr)
            return 2
        # how many comments the file holds, the change notes among them (the path last)
        held = f"（{written.summary()}）" if written.summary() else ""
        print(f"已写出修订稿{held}：{written.path}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print_json(comparison.to_json())
    else:
        sys.stdout.write(render_report(comparison, old_name, new_name))
    return 0


def _told_apart(old: str, new: str, old_name: str, new_name: str) -> tuple[str, str]:
    """Two sides of one name (the 修订稿 sent and the writer's copy of it saved from his
    mail under the same name) named by their paths, which differ: the report said
    ``比较：修订稿.docx → 修订稿.docx`` and which was which could not be told."""
    import os

    if "@" in old_name or os.path.abspath(old) == os.path.abspath(new):
        return old_name, new_name  # a draft's versions, or one file against itself
    return old, new
