"""The 结构 panel's mined result kept beside the library, so a start with an unchanged
library shows the panel at once.

Mining a ~690-text library took 45–70 s under load (ux49's walk), and the panel mined
again on every start. The result is written (atomically) to the library's ``cache/structures.json`` with
the key it was mined under: every document's version (content, path and corrections, the
same in every process and for every writer of a team library:
:meth:`~drafter.library.backend.LibraryBackend.document_versions`) and the stamp of the
reading and study code. A document added, changed, removed or corrected, by this machine or
a colleague, or new rules, give another key, and the cache is not used. A team library's
cache is this machine's (its ``root`` is a local folder); the key is shared, so it never
goes stale across writers.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from drafter.atomic import atomic_write_text
from drafter.study.mining import Example, Mined, MinedStructure

log = logging.getLogger(__name__)

CACHE_FILE = "structures.json"
FORMAT = 1  # bumped when the file's layout changes


@lru_cache(maxsize=1)
def rules_stamp() -> str:
    """The stamp of the code mining depends on: the readers' (``parser_stamp.current``) and
    drafter/study's sources (frames, patterns, siblings), so new rules mine again."""
    import drafter
    import drafter.study
    from drafter.library import parser_stamp

    digest = hashlib.sha256(parser_stamp.current().encode())
    root = Path(drafter.study.__file__).parent
    sources = sorted(root.rglob("*.py"))
    if not sources:
        digest.update(f"version {drafter.__version__}".encode())
    for path in sources:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def mining_key(library: Any) -> str:
    """The key a mined result of ``library`` is valid for (see the module docstring). One
    light query; run it on a worker for a team library."""
    digest = hashlib.sha256(f"{FORMAT}\0{rules_stamp()}\0".encode())
    for doc_id, version in sorted(library.document_versions().items()):
        digest.update(f"{doc_id}\0{version}\n".encode())
    return digest.hexdigest()


def cache_path(library: Any) -> Path | None:
    """Where ``library``'s mined result is kept, None for a library without a folder."""
    root = getattr(library, "root", None)
    return Path(root) / "cache" / CACHE_FILE if root else None


def load_cached(library: Any, key: str) -> tuple[Mined | None, bool]:
    """``(mined, existed)``: the cached result when it was mined under ``key``, else None;
    ``existed`` says a cache was there (stale or unreadable), so the panel mines again at
    once for a user who had mined this library before. Never raises: a broken cache is
    only mined again."""
    path = cache_path(library)
    if path is None or not path.is_file():
        return None, False
    try:
        data = json.loads(path.read_text("utf-8"))
        if data.get("format") != FORMAT or data.get("key") != key:
            return None, True
        return _mined(data["mined"]), True
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("%s: the cached structures cannot be read (%s); mining again", path, exc)
        return None, True


def load_kept(library: Any) -> Mined | None:
    """The result kept for ``library`` whatever it was mined under (the library or the
    rules changed since), None when there is none or it cannot be read: the 结构 panel
    shows it at once while the library is mined again, instead of an empty table for the
    length of a mining. Never raises."""
    path = cache_path(library)
    if path is None or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
        return _mined(data["mined"]) if data.get("format") == FORMAT else None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("%s: the kept structures cannot be read (%s)", path, exc)
        return None


def save_cached(library: Any, mined: Mined, key: str) -> Path | None:
    """Keep ``mined`` for ``library`` under ``key`` (atomically); None when it cannot be
    written (a library on a disc: the panel then mines on each start, as before)."""
    path = cache_path(library)
    if path is None:
        return None
    text = json.dumps(
        {"format": FORMAT, "key": key, "mined": _plain(mined)},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, text)
    except OSError as exc:
        log.warning("%s: the mined structures cannot be kept (%s)", path, exc)
        return None
    return path


def _plain(mined: Mined) -> dict:
    return {
        "documents": mined.documents,
        "frames": [_plain_structure(s) for s in mined.frames],
        "patterns": [_plain_structure(s) for s in mined.patterns],
        "failed": list(mined.failed),
    }


def _plain_structure(s: MinedStructure) -> dict:
    return {
        "kind": s.kind,
        "key": s.key,
        "number": s.number,
        "count": s.count,
        "documents": s.documents,
        "listed": s.listed,
        "by_genre": list(s.by_genre.items()),
        "by_occasion": list(s.by_occasion.items()),
        "by_year": list(s.by_year.items()),
        "examples": [vars(e) for e in s.examples],
        "docs": sorted(s._docs),
        "phrases": list(s.phrases.items()),
        "uses": {d: list(u) for d, u in s.uses.items()},
    }


def _mined(data: dict) -> Mined:
    return Mined(
        documents=data["documents"],
        frames=[_structure(s) for s in data["frames"]],
        patterns=[_structure(s) for s in data["patterns"]],
        failed=list(data["failed"]),
    )


def _structure(d: dict) -> MinedStructure:
    s = MinedStructure(d["kind"], d["key"], number=d["number"])
    s.count, s.documents, s.listed = d["count"], d["documents"], d["listed"]
    s.by_genre = Counter(dict(map(tuple, d["by_genre"])))
    s.by_occasion = Counter(dict(map(tuple, d["by_occasion"])))
    s.by_year = Counter(dict(map(tuple, d["by_year"])))
    s.examples = [Example(**e) for e in d["examples"]]
    s._docs = set(d["docs"])
    s.phrases = Counter(dict(map(tuple, d["phrases"])))
    s.uses = {doc: tuple(u) for doc, u in d["uses"].items()}
    return s


__all__ = [
    "CACHE_FILE",
    "FORMAT",
    "cache_path",
    "load_cached",
    "mining_key",
    "rules_stamp",
    "save_cached",
]
