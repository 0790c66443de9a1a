"""Versions of a draft: every save keeps a copy beside the draft, with a time and a label.

An office head reads every version of a speech (初稿, 送审稿, 修改稿二 …) and wants to see
what changed between any two. ``讲话.json`` keeps its versions in ``讲话.history/``: each
version is a complete draft file named by the time it was saved
(``20251124T093000-123456.json``), so it can be opened (``load_draft(version.path)``),
compared or exported on its own; ``index.json`` holds the labels. The history is bounded
(:data:`DEFAULT_LIMIT` versions): the oldest unlabelled versions go first, so a labelled
version (送审稿) outlives the autosave-like stream of ordinary saves.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from drafter.atomic import atomic_write_bytes

DEFAULT_LIMIT = 50
HISTORY_SUFFIX = ".history"
_INDEX = "index.json"


class HistoryError(Exception):
    """A version could not be found, read or written; one line naming the file."""


@dataclass
class Version:
    """One kept version: ``id`` is its file name without ``.json``."""

    id: str
    path: Path
    saved_at: str  # ISO 8601, local time with offset
    label: str = ""
    size: int = 0
    digest: str = ""
    # the earliest kept version with the very same content, when this one is a later save
    # of it (an old version restored and saved again): its id and time
    same_as: str = ""
    first_saved: str = ""

    @property
    def display_time(self) -> str:
        """``2025-11-24 09:30:00`` as shown in the version list."""
        return self.saved_at[:19].replace("T", " ")

    @property
    def written_key(self) -> str:
        """Where this version stands in the order the texts were written: the id of the
        first save of its content. A restored 初稿 saved again after the 二稿 sorts before the
        二稿, as its writer thinks of it, though it was saved last."""
        return self.same_as or self.id


def written_order(versions: list[Version]) -> list[Version]:
    """``versions`` oldest text first (:attr:`Version.written_key`, then the save): the
    order in which to compare two, the older on the left."""
    return sorted(versions, key=lambda v: (v.written_key, v.id))


def history_dir(draft_path: str | Path) -> Path:
    """The folder that keeps the versions of ``draft_path`` (``讲话.json`` ->
    ``讲话.history``)."""
    p = Path(draft_path)
    return p.with_name(p.stem + HISTORY_SUFFIX)


def _read_index(folder: Path) -> dict:
    try:
        data = json.loads((folder / _INDEX).read_text("utf-8"))
    except (OSError, ValueError):
        return {"labels": {}, "digests": {}}
    if not isinstance(data, dict):
        return {"labels": {}, "digests": {}}
    data.setdefault("labels", {})
    data.setdefault("digests", {})
    return data


def _write_index(folder: Path, index: dict) -> None:
    data = json.dumps(index, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    atomic_write_bytes(folder / _INDEX, data.encode("utf-8"))


def _moment_of(version_id: str) -> datetime | None:
    """The UTC moment a version id was saved at, or None for an id of another shape."""
    try:
        return datetime.strptime(version_id[:22], "%Y%m%dT%H%M%S-%f").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def _time_of(version_id: str) -> str:
    try:
        when = datetime.strptime(version_id[:22], "%Y%m%dT%H%M%S-%f")
    except ValueError:
        return ""
    return when.replace(tzinfo=timezone.utc).astimezone().replace(microsecond=0).isoformat()


def _digest_of(path: Path) -> str:
    """The digest :func:`keep_version` records, for a version kept without one."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


def list_versions(draft_path: str | Path) -> list[Version]:
    """The versions of a draft, newest first (an empty list when it has none)."""
    folder = history_dir(draft_path)
    if not folder.is_dir():
        return []
    index = _read_index(folder)
    out = []
    for f in folder.glob("*.json"):
        if f.name == _INDEX:
            continue
        vid = f.stem
        try:
            size = f.stat().st_size
        except OSError:
            continue
        out.append(
            Version(
                id=vid,
                path=f,
                saved_at=_time_of(vid),
                label=str(index["labels"].get(vid, "")),
                size=size,
                digest=str(index["digests"].get(vid, "")) or _digest_of(f),
            )
        )
    out.sort(key=lambda v: v.id, reverse=True)
    first: dict[str, Version] = {}
    for v in reversed(out):  # oldest first
        if not v.digest:
            continue
        earliest = first.setdefault(v.digest, v)
        if earliest is not v:
            v.same_as, v.first_saved = earliest.id, earliest.saved_at
    return out


def keep_version(
    draft_path: str | Path,
    data: bytes,
    label: str = "",
    limit: int = DEFAULT_LIMIT,
    now: datetime | None = None,
) -> Version | None:
    """Keep ``data`` (the draft file just saved) as a version of ``draft_path``.

    A save that changed nothing does not add a version (a label given with it goes on
    the latest one instead). Returns the version, or None when nothing was kept. Raises
    :class:`HistoryError` when the history folder cannot be written.
    """
    folder = history_dir(draft_path)
    digest = hashlib.sha256(data).hexdigest()[:16]
    try:
        folder.mkdir(exist_ok=True)
        index = _read_index(folder)
        versions = list_versions(draft_path)
        if versions and index["digests"].get(versions[0].id) == digest:
            if label:
                index["labels"][versions[0].id] = label
                _write_index(folder, index)
                versions[0].label = label
            return versions[0]
        when = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
        if versions:  # a clock stepped back (a VM's, or NTP) must not list this save as older
            latest = _moment_of(versions[0].id)
            if latest is not None and when <= latest:
                when = latest + timedelta(microseconds=1)
        vid = when.strftime("%Y%m%dT%H%M%S-%f")
        while (folder / f"{vid}.json").exists():  # two saves in one microsecond
            when = when.replace(microsecond=(when.microsecond + 1) % 1_000_000)
            vid = when.strftime("%Y%m%dT%H%M%S-%f")
        path = folder / f"{vid}.json"
        atomic_write_bytes(path, data)
        index["digests"][vid] = digest
        if label:
            index["labels"][vid] = label
        _prune(folder, index, limit)
        _write_index(folder, index)
    except OSError as exc:
        raise HistoryError(f"{folder}: cannot keep a version ({exc.strerror or exc})") from None
    return next((v for v in list_versions(draft_path) if v.id == vid), None)


def _prune(folder: Path, index: dict, limit: int) -> None:
    """Delete the oldest versions beyond ``limit``: unlabelled ones first."""
    ids = sorted(
        (f.stem for f in folder.glob("*.json") if f.name != _INDEX),
        reverse=True,
    )
    extra = len(ids) - max(limit, 1)
    if extra <= 0:
        return
    oldest_first = list(reversed(ids[1:]))  # never the newest
    victims = [v for v in oldest_first if not index["labels"].get(v)][:extra]
    if len(victims) < extra:
        victims += [v for v in oldest_first if v not in victims][: extra - len(victims)]
    for vid in victims:
        with contextlib.suppress(FileNotFoundError):
            (folder / f"{vid}.json").unlink()
        index["labels"].pop(vid, None)
        index["digests"].pop(vid, None)


def find_version(draft_path: str | Path, ref: str) -> Version:
    """A version by id, by a unique id prefix, by label, or by number in the list
    (``1`` the newest, ``-1`` the oldest). Raises :class:`HistoryError`."""
    versions = list_versions(draft_path)
    if not versions:
        raise HistoryError(f"{draft_path}: no versions kept yet (save the draft first)")
    ref = ref.strip()
    try:
        n = int(ref)
    except ValueError:
        n = None
    if n is not None and len(ref) < 8:
        if n > 0 and n <= len(versions):
            return versions[n - 1]
        if n < 0 and -n <= len(versions):
            return versions[n]
        raise HistoryError(f"{draft_path}: no version {ref} (it has {len(versions)})")
    exact = [v for v in versions if v.id == ref or v.label == ref]
    if exact:
        return exact[0]
    prefixed = [v for v in versions if v.id.startswith(ref)]
    if len(prefixed) == 1:
        return prefixed[0]
    raise HistoryError(f"{draft_path}: no version {ref!r}")


def set_label(draft_path: str | Path, version_id: str, label: str) -> None:
    """Give a version a label (送审稿), or clear it with ``""``."""
    folder = history_dir(draft_path)
    if not (folder / f"{version_id}.json").is_file():
        raise HistoryError(f"{folder}: no version {version_id}")
    index = _read_index(folder)
    if label.strip():
        index["labels"][version_id] = label.strip()
    else:
        index["labels"].pop(version_id, None)
    try:
        _write_index(folder, index)
    except OSError as exc:
        raise HistoryError(f"{folder}: cannot write labels ({exc.strerror or exc})") from None


__all__ = [
    "DEFAULT_LIMIT",
    "HistoryError",
    "Version",
    "find_version",
    "history_dir",
    "keep_version",
    "list_versions",
    "set_label",
    "written_order",
]
