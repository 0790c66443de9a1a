"""Limits and repairs applied when a draft file is read, and clean-up after killed saves.

A draft file comes from disk, from a colleague or from a crash: it may be nested 100,000
deep (Python's JSON parser, the model and every exporter recurse), hold thousands of
nested sections, or carry a lone UTF-16 surrogate (``"\\ud800"``, valid JSON but not
encodable text) that only fails much later, on export. So a draft is checked on load:

* a file over :data:`MAX_DRAFT_BYTES` is refused unread;
* JSON nested deeper than the parser can follow, sections nested deeper than
  :data:`MAX_SECTION_DEPTH` or more than :data:`MAX_NODES` of them are refused with one
  line;
* strings with lone surrogates are repaired (each becomes U+FFFD), the rest kept.

A save killed between writing its temporary file and renaming it leaves a hidden
``.NAME.json.XXXX.tmp`` beside the draft; :func:`remove_stale_temps` (from
:mod:`drafter.atomic`, which also runs it after every write) removes those of a draft when
it is next loaded or saved.
"""

from __future__ import annotations

import json
import re

from drafter.atomic import remove_stale_temps  # noqa: F401 - part of this module's API

MAX_DRAFT_BYTES = 64 << 20
MAX_SECTION_DEPTH = 16  # heading levels (official documents use four)
MAX_NODES = 100_000  # headings in one draft

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE = re.compile("[\ud800-\udfff]")


class DraftLimitError(ValueError):
    """A draft file over one of the limits; the message is one line without the name."""


def check_size(size: int) -> None:
    """Refuse a draft file larger than :data:`MAX_DRAFT_BYTES`."""
    if size > MAX_DRAFT_BYTES:
        raise DraftLimitError(
            f"稿件文件过大（{size / (1 << 20):.0f} MB，上限 {MAX_DRAFT_BYTES >> 20} MB），未打开"
        )


def parse_json(text: str) -> object:
    """``json.loads`` with deep nesting turned into :class:`DraftLimitError` and lone
    surrogates repaired. Other JSON errors propagate as ``json.JSONDecodeError``."""
    check_size(len(text))
    try:
        payload = json.loads(text)
    except RecursionError:
        raise DraftLimitError("稿件文件嵌套过深（已损坏或经过特意构造），未打开") from None
    if _SURROGATE_ESCAPE.search(text):
        payload = _repair(payload)
    return payload


def check_sections(payload: dict) -> None:
    """Refuse sections nested deeper than :data:`MAX_SECTION_DEPTH` or more than
    :data:`MAX_NODES` of them; iterative, so the check itself cannot overflow."""
    sections = payload.get("sections") if isinstance(payload, dict) else None
    if not isinstance(sections, list):
        return
    stack = [(node, 1) for node in sections]
    count = 0
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise DraftLimitError(f"稿件中的标题过多（超过 {MAX_NODES} 个），未打开")
        if depth > MAX_SECTION_DEPTH:
            raise DraftLimitError(f"稿件的标题层级过深（超过 {MAX_SECTION_DEPTH} 级），未打开")
        children = node.get("children") if isinstance(node, dict) else None
        if isinstance(children, list):
            stack.extend((child, depth + 1) for child in children)


def repair_text(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (pairs are joined)."""
    if not _LONE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _repair(value: object) -> object:
    """Every string inside ``value`` (keys too) through :func:`repair_text`, iteratively."""
    root = [value]
    stack: list[tuple[object, object]] = [(root, 0)]
    while stack:
        container, key = stack.pop()
        item = container[key]
        if isinstance(item, str):
            container[key] = repair_text(item)
        elif isinstance(item, list):
            stack.extend((item, i) for i in range(len(item)))
        elif isinstance(item, dict):
            fixed = {repair_text(k) if isinstance(k, str) else k: v for k, v in item.items()}
            container[key] = fixed
            stack.extend((fixed, k) for k in fixed)
    return root[0]
