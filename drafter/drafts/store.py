"""Saving and loading draft files: atomic, with a backup, and never destroying data.

A save writes a temporary file in the target's folder, flushes and fsyncs it, copies
the previous version to ``PATH.bak`` and only then renames the new file over the old
one, so a crash at any moment leaves either the old or the new draft in place. A file
Drafter cannot understand (corrupt, not a draft, or written by a newer Drafter) is
refused on load and is never overwritten by a save unless the caller insists.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import BinaryIO

from drafter.atomic import atomic_write, atomic_write_bytes
from drafter.drafts import limits
from drafter.drafts.model import FORMAT_VERSION, Draft

FORMAT_NAME = "drafter-draft"
_CHUNK = 64 * 1024
BACKUP_SUFFIX = ".bak"


class DraftError(Exception):
    """A draft file could not be read or written; the message is one line naming it."""


def backup_path(path: str | Path) -> Path:
    """Where :func:`save_draft` keeps the previous version of ``path``."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def draft_to_bytes(draft: Draft) -> bytes:
    """The file content of a draft: pretty UTF-8 JSON, stable key order."""
    return (json.dumps(draft.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def draft_from_bytes(data: bytes, name: str = "<draft>") -> Draft:
    """Parse a draft file's content; raises :class:`DraftError` naming ``name``."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DraftError(f"{name}: not a Drafter draft (not UTF-8 text)") from None
    try:
        payload = limits.parse_json(text)  # bounded depth and size, surrogates repaired
    except limits.DraftLimitError as exc:
        raise DraftError(f"{name}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise DraftError(
            f"{name}: corrupt draft (invalid JSON at line {exc.lineno}, column {exc.colno})"
        ) from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT_NAME:
        raise DraftError(f'{name}: not a Drafter draft (no "format": "{FORMAT_NAME}")')
    version = payload.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DraftError(f"{name}: corrupt draft (bad version {version!r})")
    if version > FORMAT_VERSION:
        raise DraftError(
            f"{name}: written by a newer Drafter (draft format {version}, this version reads "
            f"up to {FORMAT_VERSION}); update Drafter to open it"
        )
    payload = _migrate(payload, version)
    try:
        limits.check_sections(payload)
    except limits.DraftLimitError as exc:
        raise DraftError(f"{name}: {exc}") from None
    problem = _shape_problem(payload)
    if problem:
        raise DraftError(f"{name}: corrupt draft ({problem})")
    try:
        return Draft.from_json(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DraftError(f"{name}: corrupt draft ({type(exc).__name__}: {exc})") from None


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(
        type(value), type(value).__name__ if value is not None else "null"
    )


def _wrong(value: object, where: str, what: str) -> str:
    """The one way a badly typed value is named: its path, what was expected, what stands."""
    if value is None:
        return f"{where}: expected {what}, got null"
    shown = json.dumps(value, ensure_ascii=False)[:40]
    return f"{where}: expected {what}, got {_kind(value)} {shown}"


def _expect(value: object, types: tuple[type, ...], where: str, what: str) -> str | None:
    """``value`` (a key's, so absent or null is fine: defaults apply) of one of ``types``."""
    if value is None or isinstance(value, types):
        return None
    return _wrong(value, where, what)


def _texts(d: dict, keys: tuple[str, ...], where: str) -> str | None:
    """The first of ``keys`` in ``d`` whose value is there and is not text."""
    for key in keys:
        problem = _expect(d.get(key), (str,), f"{where}{key}", "text")
        if problem:
            return problem
    return None


def _objects(value: object, where: str, check) -> str | None:
    """A list of objects, each then checked by ``check(item, path)``: paragraphs, sections
    and their children, comments and their replies are all this one shape, so it is walked
    in one place and an item that is not an object (null included: a list holds no absent
    values) is refused the same way in every one of them."""
    problem = _expect(value, (list,), where, "a list")
    if problem or value is None:
        return problem
    for i, item in enumerate(value):
        here = f"{where}[{i}]"
        problem = (
            _wrong(item, here, "an object") if not isinstance(item, dict) else check(item, here)
        )
        if problem:
            return problem
    return None


def _paragraph_problem(p: dict, here: str) -> str | None:
    """A paragraph's badly typed value (text, id, provenance), or None."""
    return _texts(p, ("text", "id"), here + ".") or _expect(
        p.get("provenance"), (dict,), here + ".provenance", "an object"
    )


def _node_problem(n: dict, here: str) -> str | None:
    """A section's badly typed value, its paragraphs' and its children's, or None."""
    return (
        _texts(n, ("heading", "hint", "example", "id", "child_numbering"), here + ".")
        or _expect(n.get("run_in"), (bool,), here + ".run_in", "true/false")
        or _expect(n.get("unnumbered"), (bool,), here + ".unnumbered", "true/false")
        or _objects(n.get("paragraphs"), here + ".paragraphs", _paragraph_problem)
        or _objects(n.get("children"), here + ".children", _node_problem)
    )


def _shape_problem(payload: dict) -> str | None:
    """Where a well-formed JSON draft has a value of the wrong type, as a path
    (``sections[1].children[0].heading: expected text, got 5``), or None.

    Checked on load so a hand-edited draft is refused at once instead of crashing an
    export or the editor later. Absent keys and nulls are fine (defaults apply)."""
    meta = payload.get("meta")
    problem = _expect(meta, (dict,), "meta", "an object")
    if problem:
        return problem
    if meta:
        problem = _texts(meta, tuple(k for k in meta), "meta.")
        if problem:
            return problem
    numbering = payload.get("numbering")
    problem = _expect(numbering, (list,), "numbering", "a list")
    if problem:
        return problem
    for i, style in enumerate(numbering or []):
        problem = _expect(style, (str,), f"numbering[{i}]", "text")
        if problem:
            return problem
    return (
        _texts(payload, ("opening_hint", "closing_hint", "template", "source"), "")
        or _objects(payload.get("opening"), "opening", _paragraph_problem)
        or _objects(payload.get("sections"), "sections", _node_problem)
        or _objects(payload.get("closing"), "closing", _paragraph_problem)
        or _objects(payload.get("comments"), "comments", _comment_problem)
    )


def _comment_problem(c: dict, here: str) -> str | None:
    """A comment's (format 2) badly typed value, or its replies', or None."""
    problem = (
        _texts(c, ("id", "target", "author", "time", "text", "quote", "origin"), here + ".")
        or _expect(c.get("resolved"), (bool,), here + ".resolved", "true/false")
        or _expect(c.get("replies"), (list,), here + ".replies", "a list")
    )
    if problem:
        return problem
    for key in ("start", "end"):
        v = c.get(key)
        if isinstance(v, bool) or not (v is None or isinstance(v, int)):
            return _wrong(v, f"{here}.{key}", "a whole number")
    return _objects(
        c.get("replies"),
        here + ".replies",
        lambda r, where: _texts(r, ("id", "author", "time", "text"), where + "."),
    )


def _migrate(payload: dict, version: int) -> dict:
    """Bring an older format up to :data:`FORMAT_VERSION`, one step at a time.

    1 -> 2: format 2 adds ``comments`` (an empty list) and ``source`` (null). A draft
    saved again is written as format 2, so an older Drafter refuses it instead of
    opening it and silently dropping its comments on the next save.
    """
    if version < 2:
        payload = dict(payload)
        payload.setdefault("comments", [])
        payload.setdefault("source", None)
        payload["version"] = 2
    return payload


def load_draft(path: str | Path) -> Draft:
    """Read a draft file. Never writes to it, whatever is wrong with it."""
    path = Path(path)
    try:
        limits.check_size(path.stat().st_size)
        data = path.read_bytes()
    except limits.DraftLimitError as exc:
        raise DraftError(f"{path}: {exc}") from None
    except FileNotFoundError:
        raise DraftError(f"{path}: no such draft file") from None
    except IsADirectoryError:
        raise DraftError(f"{path}: is a folder, not a draft file") from None
    except OSError as exc:
        raise DraftError(f"{path}: cannot read ({exc.strerror or exc})") from None
    draft = draft_from_bytes(data, str(path))
    limits.remove_stale_temps(path)  # left by a save that was killed
    return draft


def check_overwritable(path: str | Path) -> None:
    """Refuse to replace a file that is not a draft this Drafter can read.

    Protects a newer Drafter's draft, a damaged draft the user may still rescue, and any
    unrelated file from being silently replaced by a save.
    """
    path = Path(path)
    if not path.exists():
        return
    if path.is_dir():
        raise DraftError(f"{path}: is a folder, not a draft file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DraftError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        return  # an empty file holds nothing to lose
    try:
        draft_from_bytes(data, str(path))
    except DraftError as exc:
        raise DraftError(f"{exc}; refusing to overwrite it") from None


def save_draft(
    draft: Draft,
    path: str | Path,
    *,
    force: bool = False,
    history: bool = True,
    label: str = "",
):
    """Save ``draft`` to ``path`` atomically, keeping the previous version as ``PATH.bak``.

    Unless ``force`` is true, an existing file that is not a readable draft (corrupt,
    foreign, or from a newer Drafter) is refused with :class:`DraftError` and left as it
    is. I/O failures are reported as :class:`DraftError` too; the old file survives them.

    With ``history`` (the default) the saved draft is also kept as a version in
    ``NAME.history/`` (``drafter.drafts.history``), labelled ``label`` when given; the
    version is returned (None when none was kept). A history folder that cannot be
    written does not fail the save: the draft itself is safe, and the version is None.
    """
    path = Path(path)
    if not force:
        check_overwritable(path)
    data = draft_to_bytes(draft)
    try:
        if path.is_file():
            backup = backup_path(path)
            atomic_write(backup, lambda fh: _copy_into(path, fh))
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise DraftError(f"{path}: cannot save ({exc.strerror or exc})") from None
    limits.remove_stale_temps(path)
    if not history:
        return None
    from drafter.drafts.history import HistoryError, keep_version

    try:
        return keep_version(path, data, label=label)
    except HistoryError:
        return None


def _copy_into(source: Path, fh: BinaryIO) -> None:
    with source.open("rb") as src:
        shutil.copyfileobj(src, fh, _CHUNK)
