"""The correction-saving tests' shared steps: a window reading one document of a library,
a library whose saves of corrections are held on a gate (the slow re-index), and a team
library behind a delay line that can go silent (a VPN that drops without a word) with a
window reading its one document. The close-while-saving, shown-at-once and
second-correction tests began with copies of these."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest
from pg_slow_link import SlowLink
from PySide6.QtCore import QThreadPool

from drafter.library import open_library
from drafter.library.model import LibraryError

from .fakes import write_corpus
from .waits import WAIT_MS, WAIT_S


def window_reading(qtbot, make_window, library, doc_id: str):
    """A main window over ``library`` with ``doc_id`` open in its reader (and waited for), as
    a click in the library opens it: returns the window and its reader."""
    window = make_window()
    window.set_library(library)
    reader = window.reader_panel
    reader.open_document(doc_id)
    qtbot.waitUntil(lambda: reader.document_key == doc_id and not reader.loading, timeout=WAIT_MS)
    return window, reader


def held_saves(lib, monkeypatch, fail: bool = False) -> threading.Event:
    """Hold ``lib``'s ``add_corrections`` on the returned gate until it is set (the slow
    re-index); ``fail``: then refuse it as a busy library does."""
    gate = threading.Event()
    real = lib.add_corrections

    def held(*args, **kwargs):
        gate.wait(WAIT_S)
        if fail:
            raise LibraryError("资料库正忙")
        return real(*args, **kwargs)

    monkeypatch.setattr(lib, "add_corrections", held)
    return gate


@dataclass
class SilentTeam:
    """A team library read through ``link`` (``link.hold()`` silences the server) with a
    window reading its one document; ``fast`` is the same library without the link, to
    read what the server stored."""

    fast: Any
    library: Any
    link: SlowLink
    doc_id: str
    window: Any
    reader: Any


@pytest.fixture
def silent_team(qtbot, tmp_path, make_window, pg_cluster, pg_url) -> Iterator[SilentTeam]:
    """A :class:`SilentTeam` on a throwaway server holding one corpus text. After the test
    the reloads that follow a stored correction, which still read through the link, end
    while it is there (closed under them, a read would hang on a dead socket)."""
    folder = tmp_path / "c"
    write_corpus(folder, 1)
    fast = open_library(pg_url, workers=1, local_dir=tmp_path / "fast")
    list(fast.add([folder]))
    doc_id = fast.documents()[0].id
    name = urlsplit(pg_url).path.lstrip("/")
    with SlowLink(pg_cluster.base, pg_cluster.port, delay=0.0) as link:
        library = open_library(link.url(name), workers=1, local_dir=tmp_path / "local")
        try:
            window, reader = window_reading(qtbot, make_window, library, doc_id)
            yield SilentTeam(fast, library, link, doc_id, window, reader)
            assert QThreadPool.globalInstance().waitForDone(WAIT_MS)
        finally:
            link.release()  # a test that failed while the server was silent
            library.close()
            fast.close()


def paragraph_index(reader, start: str) -> int:
    """The index in ``reader`` of the first paragraph that starts with ``start``."""
    return next(i for i, p in enumerate(reader._paragraphs) if p.text.startswith(start))
