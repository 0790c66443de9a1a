"""``drafter library edit DOC --title … --date …``: correct what Drafter read.

The correction is stored in the library (never in the user's file), replayed on every
re-index and sync while the file is unchanged, and flagged for a re-check when it
changes (see :mod:`drafter.corpus.corrections`).
"""

from __future__ import annotations

import argparse
import sys

from drafter.corpus.meta_fields import META_FIELDS, META_LABELS

# how to write several speakers, each with a post (the header's 县委书记 张三 县长 李四)
EDIT_HINTS = {
    "speaker": "；几位讲话人用“、”隔开，如 张三、李四",
    "post": "；几位讲话人各有职务时用“；”隔开，与讲话人次序一致，如 县委书记；县长",
}


def register(cmds: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``edit`` action to ``drafter library`` and return its parser (the caller sets
    what runs it, inside an open library): the fix for a title, speaker or date Drafter
    read wrong, kept in the library so the user's file is never rewritten."""
    e = cmds.add_parser(
        "edit",
        help="更正文稿的标题、讲话人、职务、日期、场合或文种",
        description='更正文档信息。更正保存在资料库里，不改动原文件；给空字符串（""）即清除该项。',
    )
    e.add_argument(
        "doc", metavar="ID|PATH|TITLE", help="文稿编号（见 library list）、文件路径或标题"
    )
    for name in META_FIELDS:
        e.add_argument(
            f"--{name}", metavar="TEXT", help=META_LABELS[name] + EDIT_HINTS.get(name, "")
        )
    e.add_argument("--show", action="store_true", help="显示已保存的更正")
    # the app's 更正已核对 and 提纲无误: a CLI user told 更正待复核 / 结构待核 had no way to
    # answer it but to open the app
    e.add_argument(
        "--checked",
        action="store_true",
        help="更正已核对：原文件改动后，核对过的更正在新版本上保留（清除“更正待复核”）",
    )
    e.add_argument(
        "--outline-ok", action="store_true", help="提纲无误：确认识别的提纲（清除“结构待核”）"
    )
    return e


def run_edit(args: argparse.Namespace, lib) -> int:
    """Apply the options given to the document named by ``args.doc`` (an id, a path or a
    title) in ``lib`` and say which text changed and how, since the key may have been only a
    few words of its title; ``--show`` lists the corrections kept. Exit 2 on bad input."""
    from drafter.commands.library_documents import find_document
    from drafter.corpus.correction_ops import CorrectionError
    from drafter.corpus.display import book_title
    from drafter.library import LibraryError
    from drafter.library.correction_authors import author_of

    try:
        info = find_document(lib, args.doc)  # an id, a path, or an id from before a change
    except LibraryError as exc:
        print(f"drafter：{exc}", file=sys.stderr)
        return 2  # bad input ends with 2, as every command's
    values = {n: getattr(args, n) for n in META_FIELDS if getattr(args, n) is not None}
    if values:
        try:
            info = lib.edit_metadata(info.id, **values)
        except CorrectionError as exc:
            print(f"drafter：{exc}", file=sys.stderr)
            return 2
        # which text was changed: the key may have been a few words of its title
        print(f"已更正{book_title(info.display_title)}（{info.id}）：", file=sys.stderr)
        for name, value in values.items():
            now = getattr(info, name, None) if name != "subtitle" else value
            print(f"  {META_LABELS[name]}：{now or '（已清除）'}", file=sys.stderr)
    said = _answer_marks(args, lib, info)
    if said is None:
        return 2
    state = lib.corrections(info.id)
    if args.show or not (values or said):
        print(f"{info.id}  {book_title(info.display_title)}  {info.path}")
        if not state.ops:
            print("  （没有更正）")
        authors = getattr(state, "authors", None) or {}
        for op in state.ops:
            who = author_of(op, authors)  # who made it, where the library recorded it
            print("  " + _describe(op) + (f"（{who}）" if who else ""))
    if state.stale:
        print(
            "注意：原文件已改动，这些更正是在旧版本上做的，请核对；核对无误后运行 "
            f"drafter library edit {info.id} --checked",
            file=sys.stderr,
        )
    return 0


def _answer_marks(args: argparse.Namespace, lib, info) -> bool | None:
    """``--checked`` (更正已核对) and ``--outline-ok`` (提纲无误), stored as the reader stores
    them, each said on stderr; whether one was asked, None on a refusal (said)."""
    from drafter.corpus.correction_ops import CorrectionError, as_one_step, checked_op
    from drafter.corpus.display import book_title
    from drafter.library import LibraryError
    from drafter.library.pending_corrections import kept_ops, store_new

    asked = False
    try:
        if getattr(args, "checked", False):
            asked = True
            state = lib.corrections(info.id)
            if not state.stale:
                print(
                    f"{book_title(info.display_title)}的更正不待复核，无需核对。", file=sys.stderr
                )
            else:
                ops = [*kept_ops(state), checked_op(getattr(state, "made_on", None))]
                lib.set_corrections(info.id, ops, base=list(state.ops))
                print(
                    f"已核对{book_title(info.display_title)}的更正：在新版本上保留。",
                    file=sys.stderr,
                )
        if getattr(args, "outline_ok", False):
            asked = True
            info = lib.document(info.id) or info
            if not getattr(info, "needs_review", False):
                print(
                    f"{book_title(info.display_title)}未标“结构待核”，无需确认。", file=sys.stderr
                )
            else:
                store_new(lib, info.id, as_one_step([{"op": "confirm"}]))
                print(f"已确认{book_title(info.display_title)}的提纲无误。", file=sys.stderr)
    except (CorrectionError, LibraryError) as exc:
        print(f"drafter：{exc}", file=sys.stderr)
        return None
    return asked


def _describe(op: dict) -> str:
    """One stored correction as the user reads it (标题：…, 第 3 段设为 2 级标题：…), for the list ``library
    edit`` prints."""
    from drafter.corpus.apparatus_moves import APPARATUS_OPS
    from drafter.corpus.correction_labels import apparatus_label

    kind = op.get("op")
    if kind == "meta":
        return (
            f"{META_LABELS.get(op.get('field'), op.get('field'))}：{op.get('value') or '（清除）'}"
        )
    if kind == "heading":
        text, cut = str(op.get("text") or ""), op.get("cut")
        if isinstance(cut, int) and 0 < cut < len(text):  # a run-in heading: its lead only
            text = text[:cut] + "（其余为正文）"
        return f"第 {op.get('para', 0) + 1} 段设为 {op.get('level')} 级标题：{text}"
    if kind == "unheading":
        return f"第 {op.get('para', 0) + 1} 段不是标题：{op.get('text')}"
    if kind == "confirm":
        return "提纲无误"
    if kind in APPARATUS_OPS:
        return apparatus_label(op)
    if kind == "checked":
        return "更正已核对（文件改动后保留以上更正）"
    return str(op)
