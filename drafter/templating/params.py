"""Checking and converting the values a user gives for a template's parameters.

Values arrive as Python objects (from the desktop app) or as text (``--set key=value`` on
the command line); both are converted to the parameter's type and checked against its
choices and bounds, so the template body can rely on them.
"""

from __future__ import annotations

import re

from drafter.templating.model import TemplateError, TemplateInfo, TemplateParam

MAX_TEXT = 2000  # characters in one text value
MAX_ITEMS = 100  # items in one list value when the template sets no max
_LIST_SPLIT = re.compile(r"[,，、;；\n]+")
_TRUE = {"true", "yes", "y", "on", "1", "是", "对", "真"}
_FALSE = {"false", "no", "n", "off", "0", "否", "不", "假", ""}


def coerce_values(info: TemplateInfo, values: dict | None, filename: str) -> dict:
    """All parameters of ``info`` with the user's values (converted) or the defaults."""
    values = dict(values or {})
    unknown = [k for k in values if info.param(k) is None]
    if unknown:
        known = ", ".join(p.name for p in info.params) or "none"
        raise TemplateError(f"{filename}: unknown parameter '{unknown[0]}' (known: {known})")
    out = {}
    for p in info.params:
        raw = values.get(p.name, p.default)
        out[p.name] = coerce_value(p, raw, filename)
    return out


def coerce_value(p: TemplateParam, raw: object, filename: str) -> object:
    """One value converted to ``p.type`` and checked; TemplateError says what is wrong."""

    def bad(why: str) -> TemplateError:
        return TemplateError(f"{filename}: parameter '{p.name}' ({p.label}): {why}")

    if p.type == "int":
        value = _to_int(raw)
        if value is None:
            raise bad(f"expected a whole number, got {_show(raw)}")
        if p.min is not None and value < p.min:
            raise bad(f"{value} is below the minimum {p.min}")
        if p.max is not None and value > p.max:
            raise bad(f"{value} is above the maximum {p.max}")
        return value
    if p.type == "bool":
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, int) and raw in (0, 1):
            return bool(raw)
        if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
            return raw.strip().lower() in _TRUE
        raise bad(f"expected yes or no (true/false, 是/否), got {_show(raw)}")
    if p.type == "list":
        if isinstance(raw, str):
            items = [s.strip() for s in _LIST_SPLIT.split(raw)]
        elif isinstance(raw, (list, tuple)):
            items = [_scalar_text(x, bad) for x in raw]
        else:
            raise bad(f"expected a list (items separated by 、 or commas), got {_show(raw)}")
        items = [s for s in items if s]
        limit = p.max if p.max is not None else MAX_ITEMS
        if p.min is not None and len(items) < p.min:
            raise bad(f"needs at least {p.min} items, got {len(items)}")
        if len(items) > limit:
            raise bad(f"takes at most {limit} items, got {len(items)}")
        for s in items:
            if len(s) > MAX_TEXT:
                raise bad(f"an item is longer than {MAX_TEXT} characters")
        return items
    # "str" and "choice"
    text = _scalar_text(raw, bad)
    if len(text) > MAX_TEXT:
        raise bad(f"longer than {MAX_TEXT} characters")
    if p.choices is not None:
        for choice in p.choices:
            if str(choice) == text:
                return choice
        raise bad(f"{_show(raw)} is not one of: {'、'.join(str(c) for c in p.choices)}")
    return text


def _to_int(raw: object) -> int | None:
    """A whole number from a value as it arrives (int, a whole float from JSON, digits typed on the
    command line), or None; True/False are not numbers here."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        s = raw.strip()
        if re.fullmatch(r"[+-]?\d{1,9}", s):
            return int(s)
    return None


def _scalar_text(raw: object, bad) -> str:
    """A value as text (numbers allowed, as --set gives them); lists, dicts and yes/no are refused
    with the parameter's own error."""
    if raw is None:
        return ""
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        raise bad(f"expected text, got {_show(raw)}")
    return str(raw).strip()


def _show(raw: object) -> str:
    """A value as an error message quotes it, cut to 40 characters."""
    text = repr(raw)
    return text if len(text) <= 40 else text[:37] + "..."
