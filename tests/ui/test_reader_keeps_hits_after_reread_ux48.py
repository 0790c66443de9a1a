"""The search hits shown in the reader stay when the window re-reads the document.

Last session's walk: a search's hits were highlighted in the reader, the file was edited on
disk, and the sync that noticed it showed the new version without them (the hit count gone,
F3 saying there was nothing to find) though the new text held the words still. The re-read
now finds the search's terms again in the new version: the ones the edit added too."""

from __future__ import annotations

from drafter.settings import Settings

from .study_setup import FIRST, window_with
from .waits import WAIT_MS


def test_a_sync_rereads_the_file_and_keeps_the_hits(make_window, qtbot, tmp_path):
    with window_with(make_window, tmp_path, {"讲话.txt": FIRST}, Settings(), poll=False) as (
        window,
        library,
    ):
        doc = library.documents()[0]
        rp = window.reader_panel
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            rp.open_document(doc.id, terms=["基层"])
        before = len(rp._matches)
        assert before >= 1 and rp.hits_label.text().endswith(f"{before} 处")
        path = tmp_path / "texts" / "讲话.txt"
        path.write_text(FIRST + "同志们，要常到基层去，把基层的事办好。\n", encoding="utf-8")
        with qtbot.waitSignal(rp.document_opened, timeout=WAIT_MS):
            window.library_panel.sync_watched()
        assert rp.document_key != doc.id  # the new version is shown
        assert rp.terms == ["基层"]
        assert len(rp._matches) == before + 2
        assert rp.hits_label.text().endswith(f"{before + 2} 处")
        assert rp.next_button.isEnabled()
        marked = {rp.view.toPlainText()[s:e] for s, e in rp._matches}
        assert marked == {"基层"}
