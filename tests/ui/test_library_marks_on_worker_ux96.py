"""The library table's 已人工更正 mark replays each corrected document's parse to learn
whether its corrections changed anything (drafter/library/correction_marks.py). The first
listing did that for every corrected document where the listing is read: on the window's
thread for a local library (300 corrected speeches: bench/correction_marks_bench.py). The
listing now reads no parse: it marks by the kinds of op stored and replays on a worker
after, so corrections that cancel out lose their mark a moment later."""

from __future__ import annotations

import threading

import drafter.library.correction_marks as marks_module
from drafter.library import Library
from drafter.ui.models.documents import TITLE
from drafter.ui.panels.library_panel import LibraryPanel

from .study_setup import FIRST, SECOND, library_of
from .waits import WAIT_MS


def _titles(panel) -> dict[str, str]:
    model = panel.model
    return {model.document_at(r).id: model.index(r, TITLE).data() for r in range(model.rowCount())}


def test_the_listing_reads_no_parse_and_the_replay_settles_the_marks(qtbot, tmp_path, monkeypatch):
    library = library_of(tmp_path, {"a.txt": FIRST, "b.txt": SECOND})
    try:
        a, b = sorted(library.documents(), key=lambda d: d.path)
        heading = next(p for p in library.load(a.id).paragraphs() if p.text == "四是眼勤")
        unheading = {"op": "unheading", "para": heading.index, "text": heading.text}
        library.set_corrections(a.id, [unheading])  # a real change
        # b: a level-1 heading given level 2 and level 1 again, a net change of none
        para = next(p for p in library.load(b.id).paragraphs() if p.text == "一、提高认识")
        level = {"op": "heading", "para": para.index, "text": para.text}
        library.set_corrections(b.id, [{**level, "level": 2}, {**level, "level": 1}])
        marks_module._CHANGED.clear()  # a first listing: nothing remembered
        loads: list[tuple[int, bool]] = []  # (documents, read on the window's thread)
        real_load_many = Library.load_many
        panel = LibraryPanel()
        qtbot.addWidget(panel)

        def counted(self, ids):
            loads.append((len(list(ids)), threading.get_ident() == window_thread))
            return real_load_many(self, ids)

        window_thread = threading.get_ident()
        monkeypatch.setattr(Library, "load_many", counted)
        with qtbot.waitSignal(panel.marks_replayed, timeout=WAIT_MS):
            panel.set_library(library)
            # meanwhile each outline op counts
            assert _titles(panel)[b.id].endswith("· 已人工更正")
        assert loads == [(2, False)]  # both replayed, together, on the worker
        titles = _titles(panel)
        assert titles[a.id].endswith("· 已人工更正")
        assert "已人工" not in titles[b.id]
        # listed again: the replays are remembered, no worker runs
        with qtbot.assertNotEmitted(panel.marks_replayed):
            panel.refresh()
        assert loads == [(2, False)]
        assert "已人工" not in _titles(panel)[b.id]
    finally:
        library.close()
