"""``drafter export INPUT -o OUT [--style NAME|FILE.toml] [--format docx|md|txt]``.

INPUT is a draft (.json) or any document the library can read, so an old speech can be
re-laid out in the official format.
"""

from __future__ import annotations

import argparse
import sys

from drafter.export import FORMATS, builtin_styles


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export a draft or any document to Word (GB/T 9704 layout), Markdown or text",
    )
    p.add_argument("input", metavar="INPUT", help="a draft .json, or .txt .docx .md .pdf ...")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    p.add_argument(
        "--style",
        metavar="STYLE",
        default=None,
        help=f"layout style: {' | '.join(builtin_styles())} (default gbt9704) or a .toml file",
    )
    p.add_argument(
        "--format",
        choices=sorted(FORMATS),
        default=None,
        help="output format (default: from the suffix of OUT)",
    )
    p.add_argument(
        "--indent",
        action="store_true",
        help="text format: start paragraphs with two full-width spaces (全角空格)",
    )
    p.add_argument(
        "--outline-only",
        action="store_true",
        help="write the outline only (提纲): title and numbered headings, one page where possible",
    )
    p.add_argument(
        "--no-comments",
        action="store_true",
        help="Word format: leave the draft's comments (批注) out",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="render the .docx with LibreOffice and report pages, missing characters and "
        "fonts (skipped when LibreOffice is not installed)",
    )
    p.add_argument("--check-pdf", metavar="PDF", help="with --check: keep the rendered PDF here")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from drafter.corpus.model import ReadError
    from drafter.drafts.store import DraftError
    from drafter.export import ExportError, StyleError, export_any

    try:
        path = export_any(
            args.input,
            args.output,
            style=args.style,
            fmt=args.format,
            indent=args.indent,
            outline_only=args.outline_only,
            comments=not args.no_comments,
        )
    except (DraftError, ReadError, StyleError, ExportError) as exc:
        print(f"drafter: {exc}", file=sys.stderr)
        return 2
    print(path)
    if args.check or args.check_pdf:
        return _check(path, args.check_pdf)
    return 0


def _check(path, keep_pdf: str | None) -> int:
    """Render the export and print the report; 1 when a character is missing or a
    layout rule is broken, so a script can stop on it (a skipped check is not a fault)."""
    from drafter.export.render_check import iter_render_check

    if path.suffix.lower() != ".docx":
        print("排版检查只适用于 Word（.docx）文件，已跳过")
        return 0
    report = None
    for item in iter_render_check(path, keep_pdf=keep_pdf):
        if not isinstance(item, str):
            report = item
    assert report is not None
    for line in report.lines():
        print(line)
    if report.pdf_path:
        print(f"PDF：{report.pdf_path}")
    return 1 if report.status == "failed" or (report.status == "ok" and not report.ok) else 0
