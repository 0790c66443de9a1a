"""At 1280×720 the 学习 dock shares the library's column; a library job (the re-read at
start, a sync) raises 资料库 to show its progress, and 学习 stayed behind it: ux49's trainee,
back in 学习模式, had to find the 学习 tab to see the map of the text reopened. A text opened
in the mode now brings 学习 to the front over 资料库; a hit opened from 检索 leaves the hit list
in front, and a 学习 dock the user closed stays closed."""

from __future__ import annotations

from .study_setup import FIRST, SECOND, SMALL, library_of, open_in_room, seen
from .waits import WAIT_MS


def _study_at_1280(make_window, qtbot, tmp_path):
    library = library_of(tmp_path, {"开班式讲话.txt": FIRST, "全县会议讲话.txt": SECOND})
    window = open_in_room(make_window, qtbot, library, SMALL)
    with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
        window.study_action.trigger()
    qtbot.wait(50)
    dock = window.study.dock
    assert dock in window.tabifiedDockWidgets(window.library_dock)
    assert seen(dock) and seen(window.reader_dock)
    return window, library


def _sync_new_file(window, tmp_path, qtbot):
    """A file lands in the watched folder and the library syncs, as at start: its progress
    raises 资料库 over 学习."""
    (tmp_path / "texts" / "新到的讲话.txt").write_text(SECOND.replace("全县", "全区"), "utf-8")
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS):
        window.library_panel.sync_watched()
    qtbot.wait(50)


def test_a_text_opened_in_the_mode_raises_the_study_tab(make_window, qtbot, tmp_path):
    window, library = _study_at_1280(make_window, qtbot, tmp_path)
    try:
        dock = window.study.dock
        _sync_new_file(window, tmp_path, qtbot)
        assert seen(window.library_dock) and not seen(dock)  # what the trainee met
        other = next(d for d in library.documents() if "全县" in (d.title or ""))
        with qtbot.waitSignal(window.study.panel.studied, timeout=WAIT_MS):
            window.reader_panel.open_document(other.id)
        qtbot.wait(50)
        assert seen(dock) and seen(window.reader_dock)
        assert not seen(window.library_dock)
        assert window.study.panel.doc is window.reader_panel.document
    finally:
        window.library_watch.set_library(None)
        library.close()


def test_search_stays_in_front_and_a_closed_dock_stays_closed(make_window, qtbot, tmp_path):
    window, library = _study_at_1280(make_window, qtbot, tmp_path)
    try:
        dock, search = window.study.dock, window.search_dock
        other = next(d for d in library.documents() if "全县" in (d.title or ""))
        first = next(d for d in library.documents() if d.id != other.id)
        search.show()
        search.raise_()
        qtbot.wait(50)
        assert seen(search) and not seen(dock)
        with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
            window.reader_panel.open_document(other.id)  # a hit opened from 检索
        qtbot.wait(50)
        assert seen(search) and not seen(dock)  # the trainee goes on through the hits
        # the library in front, the 学习 dock closed by the user: it stays closed
        dock.toggleViewAction().trigger()
        window.library_dock.raise_()
        qtbot.wait(50)
        assert dock.isHidden()
        with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
            window.reader_panel.open_document(first.id)
        qtbot.wait(50)
        assert dock.isHidden() and seen(window.library_dock)
    finally:
        window.library_watch.set_library(None)
        library.close()
