"""Reading a template file: the ``+++`` TOML front matter and the Jinja2 body.

A template file is::

    +++
    name = "三句话"
    ...
    [[params]]
    name = "title"
    ...
    +++
    # {{ title }}
    [开头]
    @ 写作提示……

The front matter lines are blanked (not removed) in the body handed to Jinja2, so line
numbers in error messages are those of the file the writer edits.
"""

from __future__ import annotations

import re
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from drafter.templating.model import PARAM_TYPES, TemplateError, TemplateInfo, TemplateParam
from drafter.templating.numbering import style_name

FENCE = "+++"
KNOWN_KEYS = {
    "name",
    "title",
    "category",
    "occasion",
    "description",
    "numbering",
    "genre",
    "params",
    "order",
    "source",
}
PARAM_KEYS = {"name", "label", "type", "default", "choices", "help", "min", "max"}


def split_source(text: str, filename: str) -> tuple[dict, str]:
    """Split a template into its front matter (parsed) and its body (line numbers kept)."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or lines[start].strip() != FENCE:
        line = 1 if start is None else start + 1
        raise TemplateError(f"{filename}, line {line}: a template begins with a {FENCE} line")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].strip() == FENCE), None)
    if end is None:
        raise TemplateError(f"{filename}, line {start + 1}: the {FENCE} block is never closed")
    try:
        meta = tomllib.loads("".join(lines[start + 1 : end]))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(_toml_error(str(exc), filename, start + 1), "TOMLDecodeError") from None
    except RecursionError:  # brackets nested a thousand deep
        raise TemplateError(
            f"{filename}, line {start + 1}: the {FENCE} block is nested too deeply"
        ) from None
    body = "\n" * (end + 1) + "".join(lines[end + 1 :])
    return meta, body


def _toml_error(message: str, filename: str, offset: int) -> str:
    """tomllib counts lines from the start of the front matter; report file lines."""
    m = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if not m:
        return f"{filename}: {message}"
    line = int(m.group(1)) + offset
    return f"{filename}, line {line}: " + message[: m.start()].rstrip()


def parse_info(meta: dict, filename: str, path: str, builtin: bool) -> TemplateInfo:
    """Validate the front matter and build a TemplateInfo (parameter defaults included)."""
    unknown = sorted(set(meta) - KNOWN_KEYS)
    if unknown:
        raise TemplateError(f"{filename}: unknown front-matter key '{unknown[0]}'")
    stem = filename.rsplit(".", 1)[0]
    name = _text(meta, "name", filename) or stem
    params_raw = meta.get("params", [])
    if not isinstance(params_raw, list):
        raise TemplateError(f"{filename}: 'params' must be a list of [[params]] tables")
    params = [_parse_param(p, filename) for p in params_raw]
    seen: set[str] = set()
    for p in params:
        if p.name in seen:
            raise TemplateError(f"{filename}: parameter '{p.name}' is defined twice")
        seen.add(p.name)
    numbering = meta.get("numbering")
    if numbering is not None:
        numbering = parse_numbering(numbering, filename)
    order = meta.get("order", 1000)
    if not isinstance(order, int):
        raise TemplateError(f"{filename}: 'order' must be a whole number")
    info = TemplateInfo(
        name=name,
        title=_text(meta, "title", filename) or name,
        category=_text(meta, "category", filename),
        occasion=_text(meta, "occasion", filename),
        description=_text(meta, "description", filename),
        params=params,
        path=path,
        builtin=builtin,
        numbering=numbering,
        genre=_text(meta, "genre", filename),
        order=order,
    )
    # Defaults must themselves be valid values, or "use the defaults" would fail.
    from drafter.templating.params import coerce_value

    for p in params:
        if p.default is not None:
            p.default = coerce_value(p, p.default, filename)
    return info


def parse_numbering(value: object, filename: str) -> list[str]:
    """``["ordinal", "一是"]`` or ``"第一， 一是"`` -> ``["ordinal", "shi"]``."""
    words = value.split() if isinstance(value, str) else value
    if not isinstance(words, list) or not words:
        raise TemplateError(f"{filename}: 'numbering' must list one style per level")
    out = []
    for word in words:
        style = style_name(str(word))
        if style is None:
            raise TemplateError(
                f"{filename}: unknown numbering style '{word}' "
                "(use e.g. 一、 （一） 1. （1） 第一， 第一、 一是 一要 首先 无)"
            )
        out.append(style)
    return out


def _text(meta: dict, key: str, filename: str) -> str:
    """A front-matter field that must be text, stripped; anything else is refused naming the key."""
    value = meta.get(key, "")
    if not isinstance(value, str):
        raise TemplateError(f"{filename}: '{key}' must be text")
    return value.strip()


def _parse_param(raw: object, filename: str) -> TemplateParam:
    """One [[params]] table as a TemplateParam, every key checked (name, type, choices, bounds,
    default, label, help), so the form and --set can rely on them."""
    if not isinstance(raw, dict):
        raise TemplateError(f"{filename}: each parameter is a [[params]] table")
    name = raw.get("name")
    if not isinstance(name, str) or not name.isidentifier() or name.startswith("_"):
        raise TemplateError(
            f"{filename}: parameter name {name!r} must be a plain identifier (e.g. count, 标题)"
        )
    unknown = sorted(set(raw) - PARAM_KEYS)
    if unknown:
        raise TemplateError(f"{filename}: parameter '{name}': unknown key '{unknown[0]}'")
    ptype = raw.get("type", "str")
    if ptype not in PARAM_TYPES:
        raise TemplateError(
            f"{filename}: parameter '{name}': type must be one of {', '.join(PARAM_TYPES)}"
        )
    choices = raw.get("choices")
    if choices is not None and (not isinstance(choices, list) or not choices):
        raise TemplateError(f"{filename}: parameter '{name}': 'choices' must be a non-empty list")
    if ptype == "choice" and not choices:
        raise TemplateError(f"{filename}: parameter '{name}': a choice needs 'choices'")
    bounds = {}
    for key in ("min", "max"):
        v = raw.get(key)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool)):
            raise TemplateError(f"{filename}: parameter '{name}': '{key}' must be a whole number")
        bounds[key] = v
    if bounds["min"] is not None and bounds["max"] is not None and bounds["min"] > bounds["max"]:
        raise TemplateError(f"{filename}: parameter '{name}': min is greater than max")
    default = raw.get("default")
    if default is None:
        default = {"str": "", "list": [], "bool": False}.get(ptype)
        if ptype == "choice":
            default = choices[0]
        elif ptype == "int":
            default = bounds["min"] if bounds["min"] is not None else 0
    label = raw.get("label", name)
    helptext = raw.get("help", "")
    if not isinstance(label, str) or not isinstance(helptext, str):
        raise TemplateError(f"{filename}: parameter '{name}': label and help must be text")
    return TemplateParam(
        name=name,
        label=label,
        type=ptype,
        default=default,
        choices=list(choices) if choices is not None else None,
        help=helptext,
        min=bounds["min"],
        max=bounds["max"],
    )
