"""按场合浏览 above the table in a narrow library panel: a tree squeezed to four rows hid
most occasion kinds behind a scroll bar while the table below stood half empty."""

from __future__ import annotations

from PySide6.QtCore import Qt

from drafter.ui.panels.library_panel import LibraryPanel

from .fakes import FakeLibrary, write_corpus
from .waits import WAIT_MS


def test_the_occasion_tree_above_the_table_gets_a_quarter(qtbot, tmp_path):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_library(FakeLibrary(tmp_path / "lib"))
    write_corpus(tmp_path / "c", 4)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.import_paths([tmp_path / "c"])
    panel.show()
    panel.resize(400, 800)
    qtbot.waitUntil(lambda: panel.browse.orientation() == Qt.Orientation.Vertical, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.browse.isVisible(), timeout=WAIT_MS)
    tree, table = panel.browse.sizes()
    assert tree >= (tree + table) * 0.22
    rows = tree // max(panel.occasion_tree.fontMetrics().height(), 1)
    assert rows >= 6


def test_the_occasion_tree_shows_all_its_rows_when_there_is_room(qtbot, tmp_path):
    """Walking a fresh library of samples and real speeches at 1600x1000, the tree above the
    table showed eight of its eleven rows (全部文稿 and ten occasion kinds) behind a scroll
    bar, with the table below half empty: the tree now gets the height of its rows, up to
    45% of the panel, and follows when a kind is opened."""
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_library(FakeLibrary(tmp_path / "lib"))
    write_corpus(tmp_path / "c", 12)
    with qtbot.waitSignal(panel.import_finished, timeout=WAIT_MS):
        panel.import_paths([tmp_path / "c"])
    panel.show()
    panel.resize(400, 560)
    qtbot.waitUntil(lambda: panel.browse.orientation() == Qt.Orientation.Vertical, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.browse.isVisible(), timeout=WAIT_MS)
    tree = panel.occasion_tree
    qtbot.waitUntil(lambda: tree.verticalScrollBar().maximum() == 0, timeout=WAIT_MS)
    before, table = panel.browse.sizes()
    tree.expandAll()  # kind → audience level → the five years
    after = panel.browse.sizes()[0]
    assert after > before  # room for the rows opened
    assert after <= (before + table) * 0.46
