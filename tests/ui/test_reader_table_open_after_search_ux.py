"""After a search, a document opened from the library table (not from a hit) says nothing
about the search when it has none of its words: the reader said 本文无检索词 for a query the
user had not asked that document about. Where it has them, they are highlighted as before;
a document opened from a hit still says so when the reader finds none."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.ui.models.documents import DocumentRole

from .fakes import write_corpus
from .waits import WAIT_MS


def _window_after_search(qtbot, make_window, library, tmp_path, query):
    window = make_window()
    window.set_library(library)
    write_corpus(tmp_path / "corpus", 3)  # 全市, 全区, 全县: one place name each
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS):
        window.library_panel.import_paths([tmp_path / "corpus"])
    with qtbot.waitSignal(window.search_panel.search_finished, timeout=WAIT_MS):
        window.search_panel.search(query)
    assert window.search_panel.model.hits()
    return window


def _open_from_table(qtbot, window, file_name):
    """Select the row of ``file_name`` in the library table and press Enter on it."""
    panel = window.library_panel
    window.bring(window.library_dock)
    rows = range(panel.proxy.rowCount())
    row = next(
        r for r in rows if str(panel.proxy.index(r, 0).data(DocumentRole).path).endswith(file_name)
    )
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(row, 0))
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    return window.reader_panel


def test_table_open_without_the_query_says_nothing_of_it(qtbot, make_window, library, tmp_path):
    window = _window_after_search(qtbot, make_window, library, tmp_path, "全县")
    reader = _open_from_table(qtbot, window, "speech_000.txt")  # the 全市 speech
    assert "全市" in reader.view.toPlainText()
    assert reader.hits_label.text() == ""
    assert not reader.next_button.isEnabled()


def test_table_open_with_the_query_still_highlights_it(qtbot, make_window, library, tmp_path):
    window = _window_after_search(qtbot, make_window, library, tmp_path, "全县")
    reader = _open_from_table(qtbot, window, "speech_002.txt")  # the 全县 speech
    assert reader._matches
    assert reader.hits_label.text().endswith(f"{len(reader._matches)} 处")


def test_terms_given_with_the_document_still_say_none_found(qtbot, make_window, library, tmp_path):
    window = _window_after_search(qtbot, make_window, library, tmp_path, "全县")
    panel, reader = window.library_panel, window.reader_panel
    quanshi = next(
        panel.proxy.index(r, 0).data(DocumentRole)
        for r in range(panel.proxy.rowCount())
        if str(panel.proxy.index(r, 0).data(DocumentRole).path).endswith("speech_000.txt")
    )
    with qtbot.waitSignal(reader.document_opened, timeout=WAIT_MS):
        reader.open_document(str(quanshi.id), terms=["全县"])  # asked, as a hit asks
    assert reader.hits_label.text() == "本文无检索词"
