"""The library's mark of each corrected document (已人工更正 / 已人工核对 / 信息已更正), as its
table and ``drafter library list`` show it, decided by what the corrections do.

The reader's header counts what replaying the stored corrections changes; the table went
by the kinds of op stored, so a paragraph sent to 编者按 and moved back, or a heading's level
changed and changed back, left the row saying 已人工更正 while the header said nothing. The
stored ops are kept as they are (撤销/重做 walk them step by step); a document whose ops
include outline ones is replayed here (its cached parse, :meth:`load_many`) to learn whether
they changed anything. A replay's answer is remembered by the document, its content and its
ops, so listing again after each correction replays only the document just corrected.

A replay reads each such document's cached parse: 300 corrected documents held the first
listing (bench/correction_marks_bench.py), on the window's thread for a local library. The
panel therefore lists with ``replay=False`` (:func:`read_marks`): what is remembered is
used, the rest marked by the kinds of op stored (an outline op marks 已人工更正, which a
replay overturns only for ops that cancel out), and the replays run on a worker after.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from drafter.corpus.corrections import STRUCTURAL_OPS, checked_mark

log = logging.getLogger(__name__)

_CHANGED: dict[tuple[str, str, str], int] = {}  # (id, sha256, ops as JSON) -> changed
_REMEMBERED = 4096


def correction_marks(library: Any, docs: Sequence[Any]) -> dict[str, str]:
    """Document id -> its mark (:func:`checked_mark` with the net change) for the ``docs``
    whose present content has corrections in ``library``; {} for a library that keeps
    none. Blocking (it may read parses): call it where the listing is read."""
    return read_marks(library, docs)[0]


def read_marks(
    library: Any, docs: Sequence[Any], replay: bool = True
) -> tuple[dict[str, str], bool]:
    """:func:`correction_marks`, and whether every mark is final. With ``replay`` false no
    parse is read: a document whose replay is not remembered is marked by its ops' kinds
    and the answer says it is not final (replay it on a worker, then list the marks again)."""
    try:
        records = library.export_corrections()
    except Exception:  # noqa: BLE001 - a backend without corrections
        return {}, True
    by_sha = {sha: ops for sha, _path, ops in records if ops}
    if not by_sha:
        return {}, True
    changed, final = _net_changes(library, docs, by_sha, replay)
    marks = {}
    for info in docs:
        ops = by_sha.get(getattr(info, "sha256", None)) or []
        mark = checked_mark(ops, changed.get(info.id))
        if mark:
            marks[info.id] = mark
    return marks, final


def _net_changes(
    library: Any, docs: Sequence[Any], by_sha: dict, replay: bool = True
) -> tuple[dict[str, int], bool]:
    """What replaying the outline ops of each document that has some changes (``None``
    left out: read from memory or from the library's parses; without ``replay`` only from
    memory), and whether none was left out for want of a replay."""
    out: dict[str, int] = {}
    wanted: dict[str, tuple[str, str, str]] = {}
    for info in docs:
        ops = by_sha.get(getattr(info, "sha256", None)) or []
        if not any(op.get("op") in STRUCTURAL_OPS for op in ops):
            continue
        key = (str(info.id), str(info.sha256), json.dumps(ops, sort_keys=True, ensure_ascii=False))
        # one look-up: the window's listing reads this while a worker's replay may clear it
        known = _CHANGED.get(key)
        if known is not None:
            out[info.id] = known
        else:
            wanted[info.id] = key
    if not wanted:
        return out, True
    if not replay:
        return out, False
    try:
        loaded = library.load_many(list(wanted))
    except Exception:  # noqa: BLE001 - a mark; each outline op counts then
        log.exception("replaying corrections for the library's marks failed")
        return out, True
    if len(_CHANGED) + len(loaded) > _REMEMBERED:
        _CHANGED.clear()
    for doc_id, doc in loaded.items():
        corrected = int(getattr(doc.outline, "corrected", 0) or 0)
        _CHANGED[wanted[doc_id]] = out[doc_id] = corrected
    return out, True
