"""Who made each stored correction: an office head reading a colleague's change needs to
know whether the writer or the head changed a title (李明把《…》的标题改为《…》, not 同事…).

A document's corrections are one list, stored whole by every write, so its row keeps
who stored it last (``author``) and, for the list shown by ``library edit --show`` and
the reader's header tip, who made each user step in it (``authors``: step key → name).
A step kept from the stored list keeps its author; a step the write adds is the writer's.
Rows from before authors were recorded have neither: they are said as 同事 (a team
library) or not at all. No Qt here.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable

UNKNOWN = "同事"
"""What a colleague is called when the library does not know who they are (old rows)."""


def step_key(op: dict) -> str:
    """The key of the user step ``op`` belongs to: ops made by one action share its
    ``"step"``; an op without one is a step of its own (keyed by its content)."""
    step = op.get("step")
    return f"step:{step}" if step else json.dumps(op, sort_keys=True, ensure_ascii=False)


def authors_after(
    stored: Iterable[dict], stored_authors: dict | None, new: Iterable[dict], me: str | None
) -> dict[str, str]:
    """The authors of ``new`` (the list about to be stored over ``stored``): a step the
    stored list held keeps its recorded author (none when it had none); a step it did
    not hold is ``me``'s (none when ``me`` is unknown)."""
    held = {step_key(op) for op in stored}
    known = stored_authors or {}
    out: dict[str, str] = {}
    for op in new:
        key = step_key(op)
        if key in out:
            continue
        who = known.get(key) if key in held else me
        if who:
            out[key] = who
    return out


def author_of(op: dict, authors: dict | None) -> str | None:
    """Who made ``op`` (its step), None when the library does not know."""
    return (authors or {}).get(step_key(op))


def os_user() -> str | None:
    """The operating system's name for the user: a local library's author (a folder
    shared over the network is written by several). None when the system cannot say."""
    try:
        return getpass.getuser() or None
    except Exception:  # noqa: BLE001 - no USER/LOGNAME and no password entry: unknown
        return None


def decode(text: str | None) -> dict[str, str]:
    """An ``authors`` column as stored in SQLite (JSON text), {} for none or damage."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def changed_by(
    before: list[dict] | None, after: list[dict] | None, authors: dict | None, author: str | None
) -> str | None:
    """Who made the change from the corrections ``before`` to ``after``: the one author of
    the steps added, else (steps taken back: an undo; or several authors at once) who
    stored ``after``; None when unknown or when the corrections did not change (a record
    changed by a re-read is nobody's correction)."""
    if before is None or after is None or before == after:
        return None
    held = {step_key(op) for op in before}
    added = {author_of(op, authors) for op in after if step_key(op) not in held}
    if len(added) == 1 and None not in added:
        return added.pop()
    return author or None


def record_authors(record: tuple) -> tuple[str | None, dict[str, str]]:
    """Who stored an exported correction record and who made each of its steps (None and
    {} for a record exported without them: ``(sha256, path, ops)``)."""
    if len(record) < 5:
        return None, {}
    author, authors = record[3], record[4]
    return (author or None), {str(k): str(v) for k, v in (authors or {}).items()}
