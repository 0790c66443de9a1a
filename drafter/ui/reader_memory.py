"""The reader's document across a restart: the library document shown when the app
closed opens again once the library is ready.

学习模式 already came back on at start (settings ``study_mode``), but over an empty reader:
the trainee who closed the app in the middle of a 范文 found the mode on and nothing in
it, and went looking for the text again. A file opened directly (not in the library) or a
document since removed is not reopened.
"""

from __future__ import annotations

import logging
from typing import Any

from drafter.settings import Settings

log = logging.getLogger(__name__)


def remember_reader(reader: Any, settings: Settings) -> None:
    """Note in ``settings`` the key of the document ``reader`` shows ("" for none)."""
    settings.reader_document = reader.document_key if reader.document is not None else ""


def reopen_reader(reader: Any, library: Any, settings: Settings) -> bool:
    """Open in ``reader`` the library document noted by :func:`remember_reader`, when the
    reader shows nothing yet and ``library`` still holds it; whether it was asked to open."""
    key = settings.reader_document
    if not key or library is None or reader.document is not None:
        return False
    try:
        known = library.document(key) is not None
    except Exception as exc:  # noqa: BLE001 - a path key, a damaged entry: just do not reopen
        log.info("not reopening %s in the reader: %s", key, exc)
        return False
    if known:
        reader.open_document(key)
    return known
