"""``drafter export INPUT -o OUT [--style NAME|FILE.toml] [--format docx|md|txt]``.

INPUT is a draft (.json) or any document the library can read, so an old speech can be
re-laid out in the official format.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from drafter.commands.library_access import add_library_option, load_from_library
from drafter.export import FORMAT_NAMES, builtin_styles  # light: the formats and style names only
from drafter.messages import cli_error


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``drafter export`` to the parser drafter/cli.py builds from every command's
    ``register``: a draft, or an old speech, written out in the official layout (GB/T 9704),
    a house style, Markdown or text, with ``--check`` to render it once in LibreOffice."""
    p = sub.add_parser(
        "export",
        help="把草稿或任一文稿导出为 Word（GB/T 9704 版式）、Markdown 或纯文本",
    )
    p.add_argument("input", metavar="INPUT", help="草稿 .json，或 .txt .docx .md .pdf 等文稿")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="要写入的文件")
    p.add_argument(
        "--style",
        metavar="STYLE",
        default=None,
        help=f"版式：{' | '.join(builtin_styles())}（默认 gbt9704）或 .toml 样式文件",
    )
    p.add_argument(
        "--format",
        choices=sorted(FORMAT_NAMES),
        default=None,
        help="输出格式（默认按 OUT 的扩展名）",
    )
    p.add_argument(
        "--indent",
        action="store_true",
        help="纯文本：段首空两个全角空格",
    )
    p.add_argument(
        "--outline-only",
        action="store_true",
        help="只导出提纲：标题和带编号的小标题，尽量排在一页",
    )
    p.add_argument(
        "--no-comments",
        action="store_true",
        help="Word：不带草稿中的批注",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="用 LibreOffice 排出 .docx，报告页数、缺字和字体（未安装 LibreOffice 时跳过）",
    )
    p.add_argument("--check-pdf", metavar="PDF", help="与 --check 同用：把排出的 PDF 保存到此处")
    add_library_option(p)  # INPUT may be a document id of the library
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Export ``args.input`` (a draft, a readable file, or a library id or title) to
    ``args.output`` and print what was written. A file the user corrected in the library
    exports as corrected, as ``drafter outline`` shows it. Exit 2 on an unreadable input, a
    bad style or an output that would overwrite a source (a script must see it); with
    ``--check``, 1 when the rendered layout breaks a rule."""
    from drafter.commands.library_documents import is_document_id
    from drafter.corpus.model import ReadError
    from drafter.drafts.model import Draft
    from drafter.drafts.store import DraftError
    from drafter.export import (
        ExportError,
        StyleError,
        export_draft,
        format_for,
        load_input,
        refuse_overwriting_sources,
    )
    from drafter.export.style import load_style
    from drafter.export.summary import export_summary, untitled_note
    from drafter.library import LibraryError

    source = args.input
    if args.outline_only and not _is_draft_input(source):
        return _export_outline(args)
    try:
        refuse_overwriting_sources(args.output, [args.input])
        if not Path(source).exists() and not is_document_id(source):
            # a library text by its title, as outline and study take it
            from drafter.commands.library_documents import titled_id

            source = titled_id(args, source) or source
        if not Path(source).exists() and is_document_id(source):
            # a library document by id: re-lay out what the library holds, even when
            # its source file has moved
            from drafter.drafts.convert import draft_from_document

            source = draft_from_document(load_from_library(args, source), source)
        elif Path(source).is_file() and Path(source).suffix.lower() != ".json":
            # a file the user corrected in the library (headings, title, date) exports as
            # corrected, as drafter outline FILE shows it: it came out as first read (the
            # outline-only export of a speech fixed to 第二点…第六点 held its title alone)
            from drafter.commands.library_documents import library_copy
            from drafter.drafts.open_any import open_as_draft

            corrected = library_copy(args, source, corrected_only=True)
            if corrected is not None:
                source = open_as_draft(source, document=corrected)
        # a bad output name or style fails before any reading (as export_any does)
        fmt = format_for(args.output, args.format)
        style = load_style(args.style)
        draft = source if isinstance(source, Draft) else load_input(source)
        path = export_draft(
            draft,
            args.output,
            fmt,
            style,
            indent=args.indent,
            outline_only=args.outline_only,
            comments=not args.no_comments,
        )
    except (DraftError, ReadError, StyleError, ExportError, LibraryError) as exc:
        print(f"drafter：{cli_error(exc, [args.input])}", file=sys.stderr)
        return 2
    # what was written, not the path alone (which still ends the line, for scripts)
    print(export_summary(draft, path, fmt, args.outline_only, not args.no_comments))
    note = untitled_note(draft)
    if note:
        print(note)
    if args.check or args.check_pdf:
        return _check(path, args.check_pdf, style)
    return 0


def _is_draft_input(source: str) -> bool:
    """Whether INPUT is a draft file (.json): its outline is the draft's, with no study."""
    from drafter.drafts.open_any import is_draft_file

    return is_draft_file(source)


def _export_outline(args: argparse.Namespace) -> int:
    """``--outline-only`` of a text (a file, or a library document by id or title): the 提纲
    学习 › 导出提纲 writes, 〔开头〕/〔结尾〕 and a headless text's skeleton included, through
    the one exporter both use (:func:`drafter.study.outline_notes.export_model_text_outline`).
    The command wrote the headings alone, so 整顿党的作风 came out as its title block."""
    from drafter.commands.library_documents import load_named
    from drafter.corpus.display import quoted_name
    from drafter.corpus.model import ReadError
    from drafter.export import ExportError, StyleError, format_for, refuse_overwriting_sources
    from drafter.export.style import load_style
    from drafter.export.summary import export_summary, untitled_note
    from drafter.library import LibraryError
    from drafter.study.outline_notes import export_model_text_outline

    try:
        refuse_overwriting_sources(args.output, [args.input])
        fmt = format_for(args.output, args.format)  # a bad name or style fails before reading
        style = load_style(args.style)
        # the library's corrected copy of a file it holds unchanged, as drafter outline reads
        doc = load_named(args, args.input)
        done = export_model_text_outline(doc, args.output, fmt, style)
    except (ReadError, StyleError, ExportError, LibraryError) as exc:
        print(f"drafter：{cli_error(exc, [args.input])}", file=sys.stderr)
        return 2
    # an untitled text by its occasion or first words, marked 无标题 outside 《》 as the
    # library list marks it (the outline's own title carries the mark in the file)
    print(export_summary(done.draft, done.path, fmt, True, notes=done.notes, name=quoted_name(doc)))
    note = untitled_note(done.draft)
    if note:
        print(note)
    if args.check or args.check_pdf:
        return _check(done.path, args.check_pdf, style)
    return 0


def _check(path, keep_pdf: str | None, style=None) -> int:
    """Render the export and print the report; 1 when a character is missing or a
    layout rule is broken, so a script can stop on it (a skipped check is not a fault).
    ``style`` is the one exported with, so the page number is judged against the type area
    it names (the top compensated or not); the GB/T 9704 verdicts are advice, like fonts."""
    from drafter.export.docx_geometry import top_shift_mm
    from drafter.export.render_check import iter_render_check

    if path.suffix.lower() != ".docx":
        print("排版检查只适用于 Word（.docx）文件，已跳过")
        return 0
    report = None
    shift = top_shift_mm(style)
    for item in iter_render_check(path, keep_pdf=keep_pdf, top_shift_mm=shift):
        if not isinstance(item, str):
            report = item
    assert report is not None
    for line in report.lines():
        print(line)
    if report.pdf_path:
        print(f"PDF：{report.pdf_path}")
    return 1 if report.status == "failed" or (report.status == "ok" and not report.ok) else 0
