"""F5 / 同步 and another writer's change read documents of an older reader version again, as
opening the library does: one rule (not set aside with 不再提示, a user who may write), on
the import worker with progress and cancel, the user's corrections replayed, on both the
local and the team library. Before, only opening the library did it: a user who kept the
app open across an upgrade of the command line (or whose re-read at opening was
cancelled) pressed F5 and kept the old outlines, with the notice saying so."""

from __future__ import annotations

import pytest
from speech_samples import CORRECTIONS_SPEECH

from drafter.library import Library, open_library, parser_stamp
from drafter.ui.panels.library_panel import LibraryPanel

from .waits import WAIT_MS

OLD = "made-by-an-older-drafter"


@pytest.fixture(params=["local", "team"])
def lib(request, tmp_path):
    """A library (local or team) with one speech in a watched folder, read by this Drafter."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "speech.txt").write_text(CORRECTIONS_SPEECH, encoding="utf-8")
    if request.param == "local":
        library = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    else:
        url = request.getfixturevalue("pg_url")
        library = open_library(url, workers=1, lock_timeout=0.5, local_dir=tmp_path / "local")
    for _ in library.add([folder]):
        pass
    library.watch(folder)
    yield library
    library.close()


def age(library) -> None:
    """Every document as an older Drafter read it (another reader version)."""
    if isinstance(library, Library):
        with library.catalog.transaction() as db:
            db.execute("UPDATE documents SET reader = ?", (OLD,))
        library._docs = None
    else:
        with library._conn() as conn:
            conn.execute("UPDATE drafter.documents SET reader = %s", (OLD,))


def settle(qtbot, panel) -> None:
    """Wait for the panel's listing (read on a worker for a team library)."""
    qtbot.waitUntil(lambda: not panel.reading, timeout=WAIT_MS)


def opened(qtbot, library) -> tuple[LibraryPanel, list[str]]:
    """A panel showing ``library`` (current: opened without a re-read) and its status lines."""
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_library(library)
    settle(qtbot, panel)  # a team library's listing comes from a worker
    assert not panel.busy()
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    return panel, messages


def test_f5_reads_old_documents_again_with_progress_and_keeps_corrections(qtbot, lib):
    (doc,) = lib.documents()
    i = next(p.index for p in lib.load(doc.id).paragraphs() if p.text == "加强队伍建设")
    lib.set_corrections(doc.id, [{"op": "heading", "para": i, "text": "加强队伍建设", "level": 2}])
    panel, messages = opened(qtbot, lib)
    age(lib)  # an older Drafter's command line read it meanwhile (or a re-read was cancelled)
    panel.refresh()
    settle(qtbot, panel)
    assert panel.reparse_notice.isVisible()
    progressed: list[object] = []
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.sync_watched()  # what F5, the 同步 button and 立即同步 call
        assert panel.busy()  # on the worker, with progress and cancel
        assert panel.progress_box.isVisible() and panel.cancel_button.isEnabled()
        panel.progress.valueChanged.connect(progressed.append)
    assert progressed
    assert lib.stale_parses() == 0
    settle(qtbot, panel)
    assert not panel.reparse_notice.isVisible()
    assert "按新规则重新解析 1 篇" in messages[-1], messages
    loaded = lib.load(doc.id)  # the correction replayed on the new reading
    assert any(p.text == "加强队伍建设" and p.is_heading for p in loaded.paragraphs())


def test_f5_with_nothing_old_says_what_a_sync_says(qtbot, lib):
    panel, messages = opened(qtbot, lib)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.sync_watched()
    assert "重新解析" not in messages[-1] and "未变 1 篇" in messages[-1], messages


def test_f5_leaves_old_documents_when_the_notice_was_set_aside(qtbot, lib):
    panel, messages = opened(qtbot, lib)
    age(lib)
    panel.refresh()
    settle(qtbot, panel)
    panel.reparse_notice.dismiss()  # 不再提示 for these rules
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.sync_watched()
    assert lib.stale_parses() == 1  # nothing read again behind the user's back
    assert "重新解析" not in messages[-1]


def test_another_writers_old_readings_are_read_again_once(qtbot, lib):
    panel, messages = opened(qtbot, lib)
    age(lib)  # another process of an older Drafter wrote them
    # what the job said as it started: a team library's listing is read on a worker first,
    # and by the time a poll sees the panel busy the job's first progress may have
    # replaced the label (seen once under load: '正在读取 ')
    started: list[str] = []
    panel.import_started.connect(lambda: started.append(panel.progress_label.text()))
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.follow_other_writer()  # what the window's library watcher calls on a change
    assert len(started) == 1 and "新规则" in started[0], started
    assert lib.stale_parses() == 0
    assert messages[-1].startswith("已按新规则重新解析：1 篇"), messages
    # that Drafter reads them its way again: this window does not answer in turn (two
    # Drafters re-read each other's readings for ever); the notice and F5 still offer it
    age(lib)
    panel.follow_other_writer()
    settle(qtbot, panel)
    assert not panel.busy() and panel.reparse_notice.isVisible()
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.sync_watched()
    assert lib.stale_parses() == 0


def test_the_window_watcher_reads_another_writers_old_readings_again(qtbot, make_window, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "speech.txt").write_text(CORRECTIONS_SPEECH, encoding="utf-8")
    library = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
    for _ in library.add([folder]):
        pass
    window = make_window()
    panel = window.library_panel
    try:
        window.set_library(library)
        qtbot.waitUntil(lambda: window.library_watch.has_baseline, timeout=WAIT_MS)
        assert not panel.busy()
        # another process (another connection) of an older Drafter re-read the document
        other = Library.open(tmp_path / "lib", workers=1, lock_timeout=0.5)
        with other.catalog.transaction() as db:
            db.execute("UPDATE documents SET reader = ?", (OLD,))
        other.close()
        library._docs = None
        with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
            window.library_watch.poll()
        assert library.stale_parses() == 0
        assert parser_stamp.current() != OLD
    finally:
        window.library_watch.stop()
        library.close()
