"""``drafter outline FILE... [--json]``: show what Drafter reads in a document."""

from __future__ import annotations

import argparse
import os
import re
import sys
from typing import TYPE_CHECKING

from drafter.commands.library_access import add_library_option
from drafter.commands.output import print_json
from drafter.messages import cli_error, warning_in_chinese

if TYPE_CHECKING:
    from drafter.corpus.model import Document, Section

# a doubt about the numbering at one marker: 同级标题编号中断或重新开始（“四、”处）
_BROKEN_AT = re.compile(r"^同级标题编号中断或重新开始（“(?P<marker>.+?)”处）$")


def _said_by_warnings(doubt: str, warnings: list[str]) -> bool:
    """Whether an outline doubt repeats what a ``!`` line below it says more exactly, so
    ``drafter outline`` prints the slip once: 编号不连续（2 处） above the lines naming each
    of the 2, or 同级标题编号中断或重新开始（“四、”处） over 编号有误：应为 三、 处写成了 四、
    (one number typed wrong, told twice, the vaguer way first)."""
    numbering = [w for w in warnings if w.startswith("numbering:")]
    if not numbering:
        return False
    if doubt.startswith("编号不连续（"):
        return True
    broken = _BROKEN_AT.match(doubt)
    # the marker as a word of the warning (四、 is not in 十四、 twice)
    return broken is not None and any(
        broken["marker"] in w.replace(":", " ").split() for w in numbering
    )


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``drafter outline`` to the parser drafter/cli.py builds: what Drafter reads in
    a file (title, speaker, date, opening, headings, closing), to check a reading before
    the file goes into the library or to see the library's corrected copy."""
    p = sub.add_parser("outline", help="显示文稿的基本信息和提纲")
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="文稿文件：.txt .docx .odt .md .pdf .ofd .doc .wps .rtf .html .mhtml，或稿件 .json",
    )
    p.add_argument("--json", action="store_true", help="以 JSON 输出提纲")
    add_library_option(p)  # FILE may be a document id of the library
    p.set_defaults(func=run)


def _with_full_path(exc: Exception, path: str) -> Exception:
    """Readers name a file by its name alone ("报告.pdf: …"); here the user gave a path,
    so the message names the file the user can find (not one in the current folder)."""
    name = os.path.basename(path)
    text = str(exc)
    if name and text.startswith(f"{name}:"):
        return type(exc)(os.path.abspath(path) + text[len(name) :])
    return exc


def run(args: argparse.Namespace) -> int:
    """Print the outline of each file (or JSON: one object for one file, a list for
    several). A file that cannot be read is named by its full path on stderr and the rest
    still print; exit 2 when any failed."""
    from drafter.commands.outline_draft import draft_tree, draft_tree_json
    from drafter.corpus.model import Document, ReadError
    from drafter.drafts.open_any import is_draft_file
    from drafter.drafts.store import DraftError, load_draft
    from drafter.library import LibraryError

    failed = 0
    docs = []  # (document or draft, its path)
    for path in args.files:
        try:
            if is_draft_file(path):  # a writer's draft: its own outline, not a reading
                docs.append((load_draft(path), path))
            else:
                docs.append((_load(path, args), path))
        except DraftError as exc:
            print(f"drafter：{cli_error(exc, [path])}", file=sys.stderr)
            failed += 1
        except (ReadError, LibraryError) as exc:
            print(f"drafter：{cli_error(_with_full_path(exc, path))}", file=sys.stderr)
            failed += 1
    if args.json:
        # each reading names its file, as a draft's does: of several files (the lowest
        # confidence among a folder's), a list of outlines with null titles could not be told
        # apart
        payload = [
            {**d.to_json(), "file": d.path or path}
            if isinstance(d, Document)
            else draft_tree_json(d, path)
            for d, path in docs
        ]
        out = payload[0] if len(args.files) == 1 and payload else payload
        if docs or not failed:
            print_json(out)
    else:
        for i, (doc, path) in enumerate(docs):
            if i:
                print()
            print(render_tree(doc) if isinstance(doc, Document) else draft_tree(doc, path))
    return 2 if failed else 0


def _load(path: str, args: argparse.Namespace) -> Document:
    """A file (the library's corrected copy when the library holds it unchanged), or else a
    document id of the library (``drafter outline ID``; an id from before the file changed
    is answered with the new one)."""
    from drafter.commands.library_documents import load_named

    return load_named(args, path)


def render_tree(doc: Document) -> str:
    """A readable tree: metadata, then the opening, headings indented by level, closing."""
    # here, not at the top: `--json` needs none of them, and every drafter command imports
    # this module to build its parser (the closing, speaker and opening finders compile some
    # 800 patterns on import, ~0.5 s of CPU)
    from drafter.corpus.closing import before_appendix
    from drafter.corpus.display import book_title, document_title, needs_review, part_label
    from drafter.corpus.header_speaker import speaker_text
    from drafter.study.bookends import opening_count

    m = doc.metadata
    untitled = "" if m.title else "  [无标题]"
    lines = [
        f"{book_title(document_title(doc))}{untitled}" + (f"  {m.subtitle}" if m.subtitle else "")
    ]
    facts = [
        # each speaker after his post: 县委书记 张三、县长 李四 (post 县委书记；县长)
        ("讲话人", speaker_text(m.post, m.speaker, " ") or None),
        ("日期", m.date),
        ("场合", m.occasion),
        ("文种", m.genre),
        ("层级", m.level),
        ("来源", m.source),
    ]
    lines += [f"  {k}：{v}" for k, v in facts if v]
    lines.append(f"  文件：{doc.path}")
    confidence = doc.outline.confidence
    checked = getattr(doc.outline, "checked", "")
    if checked:  # the user's word, not the machine's guess
        lines.append(f"  结构可信度：{confidence:.2f}（{checked}）")
    elif confidence < 1 or doc.outline.doubts:
        mark = "，结构待核" if needs_review(confidence) else ""
        lines.append(f"  结构可信度：{confidence:.2f}{mark}")
        lines += [f"  ? {d}" for d in doc.outline.doubts if not _said_by_warnings(d, doc.warnings)]
    for w in doc.warnings:
        lines.append(f"  ! {warning_in_chinese(w)}")
    # a text without headings: the study's opening, then the rest as 正文 ("[开头] 44 段"
    # called a whole speech its opening, and the reader said 正文 for the same paragraphs)
    pre = doc.outline.preamble
    k = opening_count(doc)
    for label, paras in (("开头", pre[:k]), ("正文", pre[k:])):
        if paras:
            lines.append(f"  [{label}] {len(paras)} 段 · {_snippet(paras[0])}")

    def visit(section: Section) -> None:
        pad = "  " * section.level
        own = len(section.paragraphs) + len(section.after)  # text after its points too
        count = f"（{own} 段）" if own else ""
        label = f"{section.marker}{section.heading}"
        # a bare numeral's part: its first words (the last part's may all be the closing)
        first = section.paragraphs[:1] or (closing[:1] if section is last_leaf else [])
        if not section.heading.strip() and first:
            label = part_label(label, first[0])
        lines.append(f"{pad}{label}{count}")
        for child in section.children:
            visit(child)

    closing = doc.outline.closing
    tops = doc.outline.sections
    last_leaf = tops[-1] if tops and not tops[-1].children else None
    for section in tops:
        visit(section)
    # the closing's own paragraphs: a document read before appendices were apparatus (a
    # library's cache) still has its appendix after them
    own = before_appendix(closing)
    if own:
        lines.append(f"  [结尾] {own} 段 · {_snippet(closing[0])}")
    appendix = closing[own:] + doc.apparatus.appendix  # shown apart, after the text
    if appendix:
        lines.append(f"  [附件] {len(appendix)} 段 · {_snippet(appendix[0])}")
    return "\n".join(lines)


def _snippet(text: str, n: int = 30) -> str:
    """The first words of a paragraph, cut with an ellipsis, so the opening and closing lines of the
    outline stay one line each."""
    return text if len(text) <= n else text[:n] + "…"
