"""The reader's document across a restart: the library document shown when the app
closed opens again once the library is ready.

学习模式 already came back on at start (settings ``study_mode``), but over an empty reader:
the trainee who closed the app in the middle of a 范文 found the mode on and nothing in
it, and went looking for the text again. A document whose file changed since (a new id)
opens in its new version; a file opened directly (not in the library) or a document since
removed is not reopened.
"""

from __future__ import annotations

import logging
from typing import Any

from drafter.settings import Settings
from drafter.ui.library_reads import off_thread
from drafter.ui.workers import Worker

log = logging.getLogger(__name__)


def remember_reader(reader: Any, settings: Settings) -> None:
    """Note in ``settings`` the key of the document ``reader`` shows ("" for none) and its
    file's path, by which a version read since under a new id is found."""
    shown = reader.document is not None
    settings.reader_document = reader.document_key if shown else ""
    info = getattr(reader, "_info", None)
    settings.reader_path = str(getattr(info, "path", "") or "") if shown else ""


def reopen_reader(reader: Any, library: Any, settings: Settings) -> bool:
    """Open in ``reader`` the library document noted by :func:`remember_reader`, when the
    reader shows nothing yet and ``library`` still holds it; whether it was asked to open."""
    key = settings.reader_document
    if not key or library is None or reader.document is not None:
        return False
    if off_thread(library) and hasattr(library, "current_version"):
        _reopen_on_worker(reader, library, key, settings.reader_path or None)
        return True
    try:
        # its file changed since (a sync while the app was closed): the version now there
        if hasattr(library, "current_version"):
            now = library.current_version(key, settings.reader_path or None)
        else:
            now = library.document(key)
    except Exception as exc:  # noqa: BLE001 - a path key, a damaged entry: just do not reopen
        log.info("not reopening %s in the reader: %s", key, exc)
        return False
    if now is not None:
        reader.open_document(now.id)
    return now is not None


def _reopen_on_worker(reader: Any, library: Any, key: str, path: str | None) -> None:
    """:func:`reopen_reader` for a team library: the version is looked up on a worker (a
    round trip to the server), and opened when the reader still shows nothing."""
    worker = Worker(lambda _t: library.current_version(key, path), reader)
    worker.finished.connect(
        lambda now: (
            reader.open_document(now.id) if now is not None and reader.document is None else None
        )
    )
    worker.failed.connect(lambda _m, exc: log.info("not reopening %s in the reader: %s", key, exc))
    worker.ended.connect(worker.deleteLater)
    worker.start()
