"""``gui --open`` of a Word file the library already holds says its pending 修订 and comments.

Since b63f12eb a 修订稿 outside the library opened with a note over the text counting the
changes the reader shows as accepted and the comments it does not show. The same file
imported first (the head keeps the returned drafts in the library) opened as the library's
document, with its corrections, and with no word of either: the note came from the path
that reads a stranger only. The held file now gets the same note."""

from __future__ import annotations

from drafter.export import export_draft
from drafter.library import Library
from drafter.ui.startup import Startup
from tests.export.conftest import build_speech
from tests.office.test_comment_list_pending_revisions_ux import _redline

from .waits import WAIT_MS


def _held(tmp_path, path):
    lib = Library.open(tmp_path / "lib", workers=1)
    list(lib.add([path]))
    return lib


def _opened(qtbot, make_window, lib, path):
    window = make_window()
    startup = Startup(window, lib.root, open_library=lambda _root: lib, open_file=path)
    with qtbot.waitSignal(startup.settled, timeout=WAIT_MS):
        startup.start()
    return window.reader_panel


def test_a_held_redline_with_comments_says_both(qtbot, make_window, tmp_path):
    path = _redline(tmp_path, comment=True)
    lib = _held(tmp_path, path)
    try:
        doc_id = lib.documents()[0].id
        reader = _opened(qtbot, make_window, lib, path)
        assert reader.document_key == doc_id  # opened as the library's document
        assert reader.notice_bar.isVisibleTo(reader)
        text = reader.notice.text()
        assert "此文稿有 3 处修订（删 1 处、增 2 处）未接受或拒绝，按全部接受后的文字显示" in text
        assert "另有 1 条批注，这里不显示" in text
        # the next document opened drops it: the note was of this file
        other = tmp_path / "另一篇.txt"
        other.write_text("这次会议开得很好，大家畅所欲言。", encoding="utf-8")
        list(lib.add([other]))
        other_id = next(d.id for d in lib.documents() if d.id != doc_id)
        with qtbot.waitSignal(reader.document_opened, timeout=WAIT_MS):
            reader.open_document(other_id)
        assert not reader.notice_bar.isVisibleTo(reader)
    finally:
        lib.close()


def test_a_held_clean_file_gets_no_note(qtbot, make_window, tmp_path):
    path = export_draft(build_speech(), tmp_path / "清稿.docx")
    lib = _held(tmp_path, path)
    try:
        reader = _opened(qtbot, make_window, lib, path)
        assert reader.document_key == lib.documents()[0].id
        assert not reader.notice_bar.isVisibleTo(reader)
    finally:
        lib.close()
