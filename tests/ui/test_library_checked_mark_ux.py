"""The library table says which texts a person corrected. Walking the app as an office head,
a speech whose outline had been corrected (or confirmed with 提纲无误) looked in the table like
any text the machine read with confidence: its 结构待核 mark was gone and nothing took its place,
so there was no telling a checked outline from a guess, nor finding the checked ones. Now its
title carries a quiet 已人工更正 (已人工核对 for a confirmation), which the filter finds, and
更正待复核 stays the mark of corrections made on an earlier version of the file."""

from __future__ import annotations

from drafter.library import Library
from drafter.ui.models.documents import TITLE
from drafter.ui.panels.library_panel import LibraryPanel

from .study_setup import FIRST, SECOND, library_of


def _titles(panel) -> dict[str, str]:
    model = panel.model
    return {model.document_at(r).id: model.index(r, TITLE).data() for r in range(model.rowCount())}


def test_corrected_and_confirmed_texts_are_marked_and_found(qtbot, tmp_path):
    library = library_of(tmp_path, {"a.txt": FIRST, "b.txt": SECOND, "c.txt": FIRST + "谢谢！\n"})
    try:
        a, b, c = sorted(library.documents(), key=lambda d: d.path)
        heading = next(p for p in library.load(a.id).paragraphs() if p.text == "四是眼勤")
        library.set_corrections(
            a.id, [{"op": "unheading", "para": heading.index, "text": heading.text}]
        )
        library.set_corrections(b.id, [{"op": "confirm"}])
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panel.set_library(library)
        titles = _titles(panel)
        assert titles[a.id].endswith("· 已人工更正")
        assert titles[b.id].endswith("· 已人工核对")
        assert "已人工" not in titles[c.id]
        panel.filter_box.setText("已人工更正")
        assert panel.proxy.rowCount() == 1
        # a field of 编辑信息 alone is no word on the outline
        c = library.edit_metadata(c.id, genre="讲话稿")
        panel.refresh()
        assert _titles(panel)[c.id].endswith("· 信息已更正")
        panel.filter_box.setText("")

        # the file changes under the correction: the mark is 更正待复核, not 已人工更正
        (tmp_path / "texts" / "a.txt").write_text(FIRST + "同志们再见。\n", encoding="utf-8")
        for _ in library.add([tmp_path / "texts"]):
            pass
        panel.refresh()
        now = next(d for d in library.documents() if d.path.endswith("a.txt"))
        assert _titles(panel)[now.id].endswith("· 更正待复核")
    finally:
        library.close()


def test_a_library_without_corrections_shows_no_mark(qtbot, tmp_path):
    with Library.open(tmp_path / "lib") as library:
        (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
        list(library.add([tmp_path / "a.txt"]))
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panel.set_library(library)
        assert "·" not in next(iter(_titles(panel).values()))
