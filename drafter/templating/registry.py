"""Finding templates (built in, and the user's own folder), rendering them into drafts,
and saving a user's template safely."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from drafter.atomic import atomic_write_text
from drafter.drafts.model import Draft
from drafter.templating.isolated import render_isolated
from drafter.templating.markup import build_draft, parse_skeleton
from drafter.templating.model import TemplateError, TemplateInfo
from drafter.templating.params import coerce_values
from drafter.templating.source import parse_info, split_source

SUFFIX = ".j2"
MAX_SOURCE = 200_000  # characters of a template file
_BAD_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def builtin_dir():
    """The shipped templates (package data; a Traversable, a real folder when installed)."""
    return resources.files("drafter").joinpath("templates")


def list_templates(
    user_dir: Path | None = None, errors: list[str] | None = None
) -> list[TemplateInfo]:
    """Built-in templates, then the user's; a user template replaces a built-in of the
    same name. A user file that cannot be read is left out and, when ``errors`` is given,
    its one-line message is appended there (the rest of the folder still loads)."""
    by_name: dict[str, TemplateInfo] = {}
    for entry in sorted(builtin_dir().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(SUFFIX) and not entry.name.startswith((".", "_")):
            info = _read_info(entry, entry.name, builtin=True)
            by_name[info.name] = info
    if user_dir is not None and Path(user_dir).is_dir():
        for path in sorted(Path(user_dir).glob(f"*{SUFFIX}")):
            if path.name.startswith("."):
                continue
            try:
                info = _read_info(path, path.name, builtin=False)
            except TemplateError as exc:
                if errors is not None:
                    errors.append(str(exc))
                continue
            except Exception as exc:  # noqa: BLE001 - one broken file never hides the rest
                if errors is not None:
                    errors.append(f"{path.name}: cannot read the template ({type(exc).__name__})")
                continue
            by_name[info.name] = info
    return sorted(by_name.values(), key=lambda i: (not i.builtin, i.order, i.name))


def get_template(name: str, user_dir: Path | None = None) -> TemplateInfo:
    """The template called ``name`` (its front-matter name, or its file name without .j2).

    If the user's own file of that name cannot be read, that error is raised rather than
    quietly falling back to a built-in of the same name.
    """
    errors: list[str] = []
    templates = list_templates(user_dir, errors=errors)
    broken = next(
        (e for e in errors if e.startswith((f"{name}{SUFFIX},", f"{name}{SUFFIX}:"))), None
    )
    if broken:
        raise TemplateError(broken)
    for info in templates:
        if info.name == name:
            return info
    for info in templates:
        if _stem(info.path) == name:
            return info
    known = "、".join(i.name for i in templates)
    raise TemplateError(f"no template named '{name}' (available: {known})")


def read_source(info: TemplateInfo) -> str:
    """The template file's text."""
    entry = _entry(info)
    try:
        return _read_text(entry, Path(info.path).name)
    except OSError as exc:
        raise TemplateError(f"{Path(info.path).name}: cannot read ({exc.strerror})") from None


def render_template(
    name_or_info: str | TemplateInfo, values: dict | None = None, user_dir: Path | None = None
) -> Draft:
    """Render a template with ``values`` (checked against its parameters) into a new Draft.

    The draft has the template's headings, hints and examples and no text yet;
    ``draft.numbering`` and ``draft.template`` are set from the template.
    """
    info = (
        name_or_info
        if isinstance(name_or_info, TemplateInfo)
        else get_template(name_or_info, user_dir)
    )
    return render_source(read_source(info), Path(info.path).name, values, info=info)


def render_source(
    source: str, filename: str, values: dict | None = None, info: TemplateInfo | None = None
) -> Draft:
    """Render template text that is not (yet) in a file: used to check before saving."""
    meta, body = split_source(source, filename)
    if info is None:
        info = parse_info(meta, filename, filename, builtin=False)
    context = coerce_values(info, values, filename)
    text = render_isolated(body, filename, context)  # CPU and memory budget: see isolated
    skeleton = parse_skeleton(text, filename)
    return build_draft(skeleton, info.numbering, info.genre or info.category, info.name)


def save_user_template(source: str, name: str, user_dir: Path) -> Path:
    """Write ``source`` as the user's template ``name`` in ``user_dir``, atomically.

    The template is rendered with its defaults first, so a broken template never lands
    in the folder. Its front-matter name must be ``name``.
    """
    name = name.strip()
    if not name or _BAD_NAME.search(name) or name.startswith(".") or len(name) > 80:
        raise TemplateError(f"'{name}' cannot be a template name (no / \\ : * ? \" < > |)")
    filename = name + SUFFIX
    if len(source) > MAX_SOURCE:
        raise TemplateError(f"{filename}: the template is longer than {MAX_SOURCE} characters")
    meta, _ = split_source(source, filename)
    info = parse_info(meta, filename, filename, builtin=False)
    if info.name != name:
        raise TemplateError(f'{filename}: the template says name = "{info.name}", not "{name}"')
    render_source(source, filename, info=info)
    user_dir = Path(user_dir)
    user_dir.mkdir(parents=True, exist_ok=True)
    target = user_dir / filename
    atomic_write_text(target, source)
    return target


def _read_info(entry, filename: str, builtin: bool) -> TemplateInfo:
    """A template file's front matter as TemplateInfo; a file that cannot be read names itself."""
    try:
        text = _read_text(entry, filename)
    except OSError as exc:
        raise TemplateError(f"{filename}: cannot read ({exc.strerror})") from None
    meta, _ = split_source(text, filename)
    return parse_info(meta, filename, str(entry), builtin=builtin)


def _read_text(entry, filename: str) -> str:
    """A template file's text: UTF-8 (with or without BOM), refused when far too large or in another
    encoding, each with a message that says what to do."""
    data = entry.read_bytes()
    if len(data) > MAX_SOURCE * 4:
        raise TemplateError(f"{filename}: the file is too large to be a template")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TemplateError(f"{filename}: not UTF-8 text (save the template as UTF-8)") from None


def _entry(info: TemplateInfo):
    """Where a template's text is: in the package for a shipped one (a Traversable, maybe inside a
    zip), else the user's file."""
    if info.builtin:
        return builtin_dir().joinpath(Path(info.path).name)
    return Path(info.path)


def _stem(path: str) -> str:
    """A template file's name without .j2: a template may be asked for by it."""
    name = Path(path).name
    return name[: -len(SUFFIX)] if name.endswith(SUFFIX) else name
