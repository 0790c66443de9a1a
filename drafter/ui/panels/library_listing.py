"""What the library panel shows of a library, read in one go: the documents, which of
them have corrections waiting for a re-check or checked by a person, and which were read
by an older reader version (the 重新解析 notice); on opening, also whether the index was
built by an older Drafter and whether this user may rebuild it.

Read by :func:`read_listing` on a worker for a team library (each is a round trip to the
server; see :mod:`drafter.ui.library_reads`), where it is asked for a local one; shown
by the panel on the window's thread. No widget is touched here."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class Listing:
    """One reading of a library for the panel (see the module docstring).

    ``error`` is the exception that kept the documents from being read (the list shown
    then stays); ``stale_ids`` the documents an older reader version read whose file is
    still here (None: the library cannot say); ``outdated`` and ``may_rebuild`` are None
    unless read on opening."""

    documents: list[Any] = field(default_factory=list)
    stale: set[str] = field(default_factory=set)
    checked: dict[str, str] = field(default_factory=dict)  # id -> 已人工更正 … (correction_marks)
    marks_final: bool = True  # False: some marks await their replay (read_marks, on a worker)
    stale_ids: set[str] | None = None
    outdated: bool | None = None
    may_rebuild: bool | None = None
    error: BaseException | None = None


def read_listing(library: Any, opening: bool = False) -> Listing:
    """Read ``library`` for the panel; on ``opening`` also the index checks. Only the
    documents' failure is an ``error``: the other reads are marks and notices, which a
    library that cannot answer them simply goes without (as before, one by one)."""
    from drafter.library.correction_marks import read_marks
    from drafter.ui.panels.library_import_retries import index_outdated

    listing = Listing()
    try:
        listing.documents = list(library.documents())
    except Exception as exc:  # noqa: BLE001 - said by the panel
        listing.error = exc
        return listing
    docs = listing.documents
    if docs and hasattr(library, "stale_corrections"):
        try:
            listing.stale = set(library.stale_corrections())
            # no parse read here (the window's thread for a local library): the replays
            # of corrections not remembered run after, on a worker
            listing.checked, listing.marks_final = read_marks(library, docs, replay=False)
        except Exception:  # noqa: BLE001 - a backend without corrections
            listing.stale, listing.checked = set(), {}
    if docs and hasattr(library, "stale_readings"):
        try:
            listing.stale_ids = {i.id for i in library.stale_readings()}
        except Exception:  # noqa: BLE001 - a notice, never an error
            log.exception("checking the parser stamp failed")
    if opening:
        listing.outdated = index_outdated(library)
        try:
            listing.may_rebuild = bool(library._can_rebuild())
        except Exception:  # noqa: BLE001 - the notice still offers it
            log.exception("checking whether the library may be written failed")
            listing.may_rebuild = False
    return listing
