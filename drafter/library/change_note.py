"""What someone else changed in a document the user is reading, said in one line.

A colleague's correction of the document shown (a team library) or one made in another
window or by ``drafter library edit`` reached the reader as a bare 文稿信息已更新: the user
could not tell what had moved, and a colleague's new headings were not followed at all (the
record does not change with them). :func:`change_note` compares the record and the stored
corrections before and after and says what changed: 同事把《…》的标题改为《…》, 同事改了《…》
的 3 处结构, by the name of who made it where the library recorded it
(:mod:`~drafter.library.correction_authors`: 李明把《…》的标题改为《…》), else a team
library's change is a colleague's (同事), a local one's 已在别处. No Qt here.
"""

from __future__ import annotations

import json
from typing import Any

from drafter.corpus.meta_fields import META_LABELS
from drafter.library.correction_authors import UNKNOWN, os_user

SHOWN_FIELDS = ("title", "speaker", "post", "date", "occasion", "genre")
"""The record's fields whose change is said, in the order 编辑信息… lists them."""


def change_note(
    before: Any,
    after: Any,
    ops_before: list[dict] | None,
    ops_after: list[dict] | None,
    who: str = "同事",
) -> str:
    """One line saying what changed between ``before`` and ``after`` (two records of the
    same document) and its stored corrections ``ops_before`` / ``ops_after`` (None where
    they were not read: no structure is said then); "" when nothing the user sees did.
    ``who`` begins it (同事, 已在别处)."""
    name = _name(before)
    fields = [f for f in SHOWN_FIELDS if _value(before, f) != _value(after, f)]
    parts = []
    if len(fields) <= 2:
        for field in fields:
            value = _value(after, field)
            label = META_LABELS[field]
            if not value:
                parts.append(f"删去了{label}")
            elif field == "title":
                parts.append(f"把标题改为《{value}》")
            else:
                parts.append(f"把{label}改为「{value}」")
    else:
        parts.append("改了" + "、".join(META_LABELS[f] for f in fields))
    steps = structure_steps(ops_before, ops_after)
    if steps:
        parts.append(f"改了 {steps} 处结构")
    if not parts:
        return ""
    first = parts[0]
    # 同事把《甲》的标题改为…, 同事改了《甲》的 3 处结构: the document named once, first
    if first.startswith("把"):
        head = f"{who}把{name}的{first[1:]}"
    elif first.startswith("删去了"):
        head = f"{who}删去了{name}的{first[3:]}"
    else:
        head = f"{who}改了{name}的{first[2:]}"
    return "，".join([head, *parts[1:]]) + "。"


def said_who(shared: bool, author: str | None) -> str:
    """Who a change note begins with: the author's name when the library recorded it (on
    a local library only another system user's: the user's own change made elsewhere
    stays 已在别处), else 同事 on a team library and 已在别处 on a local one."""
    if shared:
        return author or UNKNOWN
    if author and author != os_user():
        return author
    return "已在别处"


def structure_steps(ops_before: list[dict] | None, ops_after: list[dict] | None) -> int:
    """How many user steps of structure (headings set, unset, moved; not 编辑信息…'s
    fields) are in one list and not the other: added by a correction or taken back by an
    undo. 0 when either list is unknown."""
    if ops_before is None or ops_after is None:
        return 0
    return len(_steps(ops_before) ^ _steps(ops_after))


def _steps(ops: list[dict]) -> set[str]:
    """The structure steps of ``ops``: one key per user action (the ops of one step share
    its ``"step"``; an op without one is a step of its own)."""
    keys = set()
    for op in ops:
        if op.get("op") in ("meta", "checked"):
            continue
        step = op.get("step")
        keys.add(f"step:{step}" if step else json.dumps(op, sort_keys=True, ensure_ascii=False))
    return keys


def _value(info: Any, field: str) -> str:
    """A record's field as text, empty when unset (records of either backend)."""
    return str(getattr(info, field, None) or "")


def _name(info: Any) -> str:
    """How the note names the document: its title in 《》, else the title shown for it, else 本文."""
    title = _value(info, "title")
    if title:
        return f"《{title}》"
    shown = getattr(info, "display_title", None)
    return f"《{shown}》" if isinstance(shown, str) and shown else "本文"
