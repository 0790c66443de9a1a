"""A correction shows the moment it is made; the save and the re-index follow behind it
(issue 8). Saving one correction re-indexes the document: 0.65 s of CPU typically, up to
5.6 s, on a library of 399 speeches (bench/correction_save_bench.py), and the reader showed
nothing until it had ended. Now the reader replays the new correction on the shown document
at once and says 索引更新中…; the stored document is read again when the save ends, and a
save refused shows the document as the library has it. The saves are held here by a gate
(a local library) or a silent server (a team library), so the test sees the reader before
they end."""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

from pg_slow_link import SlowLink
from PySide6.QtCore import QThreadPool

from drafter.library import open_library
from drafter.library.model import LibraryError

from .fakes import write_corpus
from .reader_setup import correction_action, one_text_library, reader_on
from .waits import WAIT_MS, WAIT_S

TEXT = "\n".join(
    [
        "在全县工作会议上的讲话",
        "同志们：",
        "一、提高认识",
        "我们要充分认识这项工作的重要性，切实增强责任感。",
        "二、突出重点",
        "要抓住关键环节，集中力量攻坚。",
        "加强队伍建设",
        "要选优配强干部，打造过硬队伍。",
    ]
)
MADE = "加强队伍建设"


def _held(lib, monkeypatch, fail: bool = False) -> threading.Event:
    """Hold ``lib``'s add_corrections on a gate (the slow re-index); ``fail``: then refuse."""
    gate = threading.Event()
    real = lib.add_corrections

    def held(*args, **kwargs):
        gate.wait(WAIT_S)
        if fail:
            raise LibraryError("资料库正忙")
        return real(*args, **kwargs)

    monkeypatch.setattr(lib, "add_corrections", held)
    return gate


def test_a_heading_made_shows_before_its_save_and_index_end(qtbot, tmp_path, monkeypatch):
    with one_text_library(tmp_path, TEXT, "003_e00d83e4667ee5ea.txt") as (lib, doc_id, _p):
        panel = reader_on(qtbot, lib, doc_id)
        said: list[str] = []
        panel.status_message.connect(said.append)
        opened: list[str] = []
        panel.document_opened.connect(opened.append)
        i = next(p.index for p in panel._paragraphs if p.text == MADE)
        gate = _held(lib, monkeypatch)
        try:
            correction_action(panel, i, "设为二级标题").trigger()
            qtbot.waitUntil(lambda: panel._paragraphs[i].is_heading, timeout=WAIT_MS)
            assert panel.corrections.saving  # shown while the save still runs
            assert panel._paragraphs[i + 1].section == ["二、突出重点", MADE]
            assert any("索引更新中" in s for s in said), said
            assert not opened  # the study map and review follow the stored document
            assert lib.search("选优配强").hits[0].section == ["二、突出重点"]
        finally:
            gate.set()
        qtbot.waitUntil(lambda: not panel.corrections.saving and bool(opened), timeout=WAIT_MS)
        assert lib.search("选优配强").hits[0].section == ["二、突出重点", MADE]
        assert panel._paragraphs[i].is_heading
        assert "检索中的标题路径已随之更新" in said[-1], said


def test_a_refused_save_shows_the_document_as_stored(qtbot, tmp_path, monkeypatch):
    with one_text_library(tmp_path, TEXT, "003_e00d83e4667ee5ea.txt") as (lib, doc_id, _p):
        panel = reader_on(qtbot, lib, doc_id)
        i = next(p.index for p in panel._paragraphs if p.text == MADE)
        gate = _held(lib, monkeypatch, fail=True)
        try:
            correction_action(panel, i, "设为二级标题").trigger()
            qtbot.waitUntil(lambda: panel._paragraphs[i].is_heading, timeout=WAIT_MS)
        finally:
            gate.set()
        qtbot.waitUntil(
            lambda: not panel.corrections.saving and not panel._paragraphs[i].is_heading,
            timeout=WAIT_MS,
        )
        assert lib.corrections(doc_id).ops == []


def test_team_library_a_correction_shows_while_the_server_is_silent(
    qtbot, tmp_path, make_window, pg_cluster, pg_url
):
    folder = tmp_path / "c"
    write_corpus(folder, 1)
    fast = open_library(pg_url, workers=1, local_dir=tmp_path / "fast")
    list(fast.add([folder]))
    doc_id = fast.documents()[0].id
    name = urlsplit(pg_url).path.lstrip("/")
    with SlowLink(pg_cluster.base, pg_cluster.port, delay=0.0) as link:
        library = open_library(link.url(name), workers=1, local_dir=tmp_path / "local")
        try:
            window = make_window()
            window.set_library(library)
            reader = window.reader_panel
            reader.open_document(doc_id)
            qtbot.waitUntil(
                lambda: reader.document_key == doc_id and not reader.loading, timeout=WAIT_MS
            )
            made = next(
                i for i, p in enumerate(reader._paragraphs) if p.text.startswith("要抓好文稿起草")
            )
            link.hold()  # the save goes out and hangs
            reader.corrections.mark(made, 2)
            assert reader._paragraphs[made].is_heading  # shown at once, not after the answer
            assert reader.corrections.saving
            assert "待保存" not in reader.header.text()  # a save under way, not a kept one
            link.release()
            qtbot.waitUntil(lambda: not reader.corrections.saving, timeout=WAIT_MS)
            assert [op["op"] for op in fast.corrections(doc_id).ops] == ["heading"]
            qtbot.waitUntil(lambda: reader._paragraphs[made].is_heading, timeout=WAIT_MS)
            # the reload that follows reads through the link: let it end while it is there
            assert QThreadPool.globalInstance().waitForDone(WAIT_MS)
        finally:
            library.close()
            fast.close()
