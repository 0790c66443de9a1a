"""``drafter templates``, ``drafter new`` and ``drafter template show|from``: structure
templates from the command line."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.commands.output import print_json
from drafter.messages import cli_error, in_chinese

if TYPE_CHECKING:
    from drafter.drafts.model import Draft, DraftNode
    from drafter.templating import TemplateInfo

# The templating engine, the document readers and the draft model are imported when a
# command runs, not when `drafter` builds its parser: every `drafter search` would
# otherwise pay for loading Jinja2, python-docx and the readers.

TYPE_LABELS = {"str": "文字", "int": "整数", "choice": "选项", "list": "列表", "bool": "是/否"}


class CommandError(Exception):
    """A one-line message for stderr; the command exits with status 2."""


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``drafter templates``, ``drafter new`` and ``drafter template show|from`` to the
    parser drafter/cli.py builds: listing, rendering and making structure templates, and
    starting a draft from one (or from any document), share one module's helpers."""
    p = sub.add_parser("templates", help="列出结构模板（内置的和自己的）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出列表")
    _library_option(p)
    p.set_defaults(func=_guarded(run_list))

    p = sub.add_parser("new", help="从结构模板（或用 --from 从任一文稿）新建草稿")
    start = p.add_mutually_exclusive_group(required=True)
    start.add_argument("--template", "-t", metavar="NAME", help="模板名称")
    start.add_argument(
        "--from",
        dest="from_file",
        metavar="FILE",
        help="作为草稿打开的文稿：.docx .doc .wps .txt .md .pdf（保留 Word 批注）",
    )
    _set_option(p)
    p.add_argument("-o", "--output", required=True, metavar="DRAFT", help="要写入的草稿文件")
    p.add_argument("--force", action="store_true", help="覆盖已有文件")
    _library_option(p)
    p.set_defaults(func=_guarded(run_new))

    p = sub.add_parser("template", help="查看模板，或从文稿生成模板")
    tsub = p.add_subparsers(dest="template_command", metavar="ACTION", required=True)
    show = tsub.add_parser("show", help="显示模板生成的提纲")
    show.add_argument("name", metavar="NAME", help="模板名（见 drafter templates）")
    _set_option(show)
    show.add_argument("--json", action="store_true", help="改为输出草稿 JSON")
    show.add_argument("--source", action="store_true", help="输出模板文件本身")
    _library_option(show)
    show.set_defaults(func=_guarded(run_show))
    frm = tsub.add_parser("from", help="按文稿的结构生成模板")
    frm.add_argument("source", metavar="FILE|DOC_ID", help="文稿文件或资料库中的文稿编号")
    frm.add_argument("-o", "--output", required=True, metavar="NAME", help="模板名称")
    frm.add_argument("--title", help="模板显示的标题")
    frm.add_argument("--force", action="store_true", help="覆盖同名的自建模板")
    _library_option(frm)
    frm.set_defaults(func=_guarded(run_from))


def _library_option(p: argparse.ArgumentParser) -> None:
    """Add --library to a template command: the user's templates live in the library folder's
    templates/."""
    p.add_argument(
        "--library",
        metavar="DIR",
        help="资料库文件夹，其中 templates/ 存放自建模板"
        "（默认：$DRAFTER_LIBRARY 或用户数据文件夹）",
    )


def _set_option(p: argparse.ArgumentParser) -> None:
    """Add --set KEY=VALUE (repeatable) to a command that renders a template."""
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="模板参数（可重复）；列表用“、”或逗号分隔",
    )


def _guarded(func):
    """Run a template command so that every error ends as one Chinese line on stderr (template
    errors through the gallery's table, with the file's full path) and status 2; a template
    reason no table knows is said by its kind, its original words kept at the end of the same
    line as （原文：…）, so that scripts reading stderr still get one line per failure."""

    def run(args: argparse.Namespace) -> int:
        from drafter.corpus import ReadError
        from drafter.templating import TemplateError

        try:
            return func(args)
        except TemplateError as exc:
            from drafter.templating.messages_zh import explain_error

            said = explain_error(exc, user_templates_dir(getattr(args, "library", None)))
            kept = f"（原文：{said.detail}）" if said.detail else ""  # a reason no table knows
            print(f"drafter：{said.text}{kept}", file=sys.stderr)
            return 2
        except CommandError as exc:
            print(f"drafter：{in_chinese(str(exc), full_path=True)}", file=sys.stderr)
            return 2
        except ReadError as exc:
            # a reader names the file by its name alone: the path the user gave is put back
            # (made absolute from the current folder, /tmp/来稿/坏.txt was said as ./坏.txt)
            given = [getattr(args, n, None) for n in ("from_file", "source")]
            print(f"drafter：{cli_error(exc, [p for p in given if p])}", file=sys.stderr)
            return 2

    return run


# -- locations ---------------------------------------------------------------------------


def library_dir(arg: str | None) -> Path:
    """The library root as a folder: :func:`chosen_library`'s order (``--library``, else
    ``$DRAFTER_LIBRARY``, else the per-user data folder); templates live in folders."""
    from drafter.library_choice import chosen_library

    return Path(chosen_library(arg))


def user_templates_dir(arg: str | None) -> Path:
    """Where the user's own templates live: ``templates/`` in the library folder."""
    return library_dir(arg) / "templates"


def template_message(message: str, args: argparse.Namespace) -> str:
    """A template error in Chinese, the user's file named by its full path and line (a
    shipped template by its name): what the gallery says, on the command line."""
    from drafter.templating.messages_zh import template_error_in_chinese

    return template_error_in_chinese(message, user_templates_dir(getattr(args, "library", None)))


def parse_sets(pairs: list[str]) -> dict[str, str]:
    """``--set KEY=VALUE`` pairs as a dict; a malformed pair is a one-line error."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise CommandError(f"--set {pair}: expected KEY=VALUE")
        values[key.strip()] = value
    return values


# -- commands ----------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    """``templates``: the shipped and the user's templates, with the warnings of any that
    failed to load (or JSON for scripts)."""
    errors: list[str] = []
    from drafter.templating import list_templates

    templates = list_templates(user_templates_dir(args.library), errors=errors)
    for message in errors:
        print(f"drafter：警告：{template_message(message, args)}", file=sys.stderr)
    if args.json:
        print_json([t.to_json() for t in templates])
        return 0
    for i, info in enumerate(templates):
        if i:
            print()
        print(describe(info))
    return 0


def describe(info: TemplateInfo) -> str:
    """A template as the listing shows it: name, category, title, description, params."""
    mine = "" if info.builtin else "  （自定义）"
    lines = [f"{info.name}  [{info.category or '未分类'}]  {info.title}{mine}"]
    if info.description:
        lines.append(f"    {info.description}")
    if info.occasion:
        lines.append(f"    适用：{info.occasion}")
    for p in info.params:
        kind = TYPE_LABELS.get(p.type, p.type)
        if p.choices:
            kind += "：" + "/".join(str(c) for c in p.choices)
        if p.min is not None and p.max is not None:
            kind += f" {p.min}–{p.max}"
        elif p.max is not None:
            kind += f" 至多 {p.max}"
        elif p.min is not None:
            kind += f" 至少 {p.min}"
        default = _show_default(p.default)
        lines.append(f"    --set {p.name}=…  {p.label}（{kind}，默认 {default}）")
    return "\n".join(lines)


def _show_default(value: object) -> str:
    """A parameter's default as the listing shows it: 是/否, a list joined with 、, 空 for nothing."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(str(v) for v in value) or "空"
    return str(value) if value not in (None, "") else "空"


def run_new(args: argparse.Namespace) -> int:
    """``new``: a draft from a template (with ``--set`` values) or from any document (``--from``)."""
    out = Path(args.output)
    if out.exists() and not args.force:
        raise CommandError(f"{out}: already exists (use --force to replace it)")
    if args.from_file:
        return _new_from(args, out)
    from drafter.templating import render_template

    draft = render_template(
        args.template, parse_sets(args.set), user_dir=user_templates_dir(args.library)
    )
    _save(draft, out, args.force)
    nodes = sum(1 for _ in draft.walk())
    print(f"已创建草稿 {out}（模板“{draft.template}”，{nodes} 个小标题）")
    return 0


def _new_from(args: argparse.Namespace, out: Path) -> int:
    """``new --from FILE``: any document opened as a draft (headings, text and Word comments kept)
    and saved."""
    from drafter.drafts.open_any import open_as_draft
    from drafter.drafts.store import DraftError

    corrected = None
    if Path(args.from_file).suffix.lower() != ".json":
        from drafter.commands.library_documents import library_copy

        # a speech corrected in the library starts the draft as corrected, as outline,
        # study, export and template from FILE read it
        corrected = library_copy(args, args.from_file, corrected_only=True)
    try:
        draft = open_as_draft(args.from_file, document=corrected)
    except DraftError as exc:
        raise CommandError(str(exc)) from None
    _save(draft, out, args.force)
    nodes = sum(1 for _ in draft.walk())
    paragraphs = len(draft.opening) + len(draft.closing)
    paragraphs += sum(len(n.paragraphs) for n in draft.walk())
    extra = f"，{len(draft.comments)} 条批注" if draft.comments else ""
    print(f"已创建草稿 {out}（来自 {args.from_file}，{nodes} 个小标题，{paragraphs} 段{extra}）")
    from drafter.drafts.word_revisions import pending_words

    pending = pending_words(args.from_file)
    if pending:  # a rejected change would come back if read silently as accepted
        print(f"注意：{args.from_file} 有 {pending}未接受或拒绝，已按全部接受后的文字读入")
    return 0


def _save(draft: Draft, path: Path, force: bool) -> None:
    """Save a new draft, turning the store's refusal (a file that is not a draft, an existing one
    without --force) into the command's one-line error."""
    from drafter.drafts.store import DraftError, save_draft

    try:
        save_draft(draft, path, force=force)
    except DraftError as exc:
        raise CommandError(str(exc)) from None


def run_show(args: argparse.Namespace) -> int:
    """``template show``: the outline a template renders to, its JSON, or its source."""
    from drafter.templating import get_template, read_source, render_template

    user_dir = user_templates_dir(args.library)
    info = get_template(args.name, user_dir)
    if args.source:
        sys.stdout.write(read_source(info))
        return 0
    draft = render_template(info, parse_sets(args.set), user_dir=user_dir)
    if args.json:
        print_json(draft.to_json())
    else:
        print(render_outline(draft))
    return 0


def render_outline(draft: Draft) -> str:
    """The draft's skeleton as a writer reads it: numbered headings, hints and examples."""
    from drafter.corpus.display import book_title
    from drafter.drafts.numbering import heading_text, markers

    marks = markers(draft)
    m = draft.meta
    lines = [book_title(m.title or "（无标题）")]
    facts = [("场合", m.occasion), ("文种", m.genre), ("模板", draft.template)]
    lines += [f"  {k}：{v}" for k, v in facts if v]
    if draft.opening_hint:
        lines.append("  [开头]")
        lines += _indented(draft.opening_hint, "    ", "提示：")

    def visit(node: DraftNode, depth: int) -> None:
        pad = "  " * depth
        lines.append(f"{pad}{heading_text(draft, node, marks)}")
        if node.hint:
            lines.extend(_indented(node.hint, pad + "    ", "提示："))
        if node.example:
            lines.extend(_indented(node.example, pad + "    ", "示例："))
        for child in node.children:
            visit(child, depth + 1)

    for node in draft.sections:
        visit(node, 1)
    if draft.closing_hint:
        lines.append("  [结尾]")
        lines += _indented(draft.closing_hint, "    ", "提示：")
    return "\n".join(lines)


def _indented(text: str, pad: str, label: str) -> list[str]:
    """Lines of a hint or example, indented under their heading and labelled 提示：/示例：."""
    out = []
    for line in text.splitlines():
        shown = line if line.startswith("示例：") else label + line
        out.append(pad + shown)
    return out


def run_from(args: argparse.Namespace) -> int:
    """``template from``: a user template with the outline of a document file or library id."""
    user_dir = user_templates_dir(args.library)
    name = args.output.strip()
    target = user_dir / f"{name}.j2"
    if target.exists() and not args.force:
        raise CommandError(f"{target}: a template of that name exists (use --force)")
    doc = _load_source(args.source, args.library, args)
    if not doc.outline.sections:
        raise CommandError(f"{doc.path}: no headings found, nothing to make a template from")
    from drafter.templating import save_user_template, template_from_document

    # the app's 以此文为模板 does the same: the headings to edit, the bodies and title to write
    source = template_from_document(doc, name, args.title, own_defaults=False, keep_headings=True)
    path = save_user_template(source, name, user_dir)
    count = sum(1 for _ in doc.outline.walk())
    print(f"已保存模板“{name}”：{path}（{count} 个小标题）")
    return 0


def _load_source(source: str, library_arg: str | None, args: argparse.Namespace | None = None):
    """A document file (the library's corrected copy when the library holds it unchanged, as
    ``drafter outline FILE`` reads it: a speech fixed to 第二点…第六点 in the reader gave “no
    headings found”), or else a document id in the library (its cached parse)."""
    path = Path(source)
    if path.exists():
        from drafter.corpus import load_document

        if args is not None:
            from drafter.commands.library_documents import library_copy

            corrected = library_copy(args, source, corrected_only=True)
            if corrected is not None:
                return corrected
        return load_document(path.resolve())  # the template records where it came from
    try:
        module = importlib.import_module("drafter.library.library")
    except ImportError:
        raise CommandError(f"{source}: no such file") from None
    root = library_dir(library_arg)
    try:
        with module.Library.open(root, create=False) as library:
            return library.load(source)
    except Exception as exc:  # LibraryError for an unknown id or a missing library
        text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise CommandError(
            f"{source}: no such file, nor a document in the library ({text})"
        ) from None
