"""A notes search marks its words in the list (ux43's walk: 搜索全部笔记 found a note by words
deep in a long quote, and the list showed the note with nothing marked, so a trainee read
the quote through to see why it was found)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from drafter.study.notes import NoteStore, search_spans
from drafter.ui.study.notes_tab import HIT_BG, NotesTab

from .waits import WAIT_MS

QUOTE = "办公室干部要做到四勤：一是腿勤，多到基层走走；二是口勤，多向群众请教；三是手勤，勤记笔记；四是眼勤。"


def test_search_spans_are_where_every_word_stands():
    assert search_spans("要Ab多问ab，多跑基层", "ab 基层") == [(1, 3), (5, 7), (10, 12)]
    assert search_spans("腿勤口勤", "勤口 腿") == [(0, 3)]  # overlapping hits merged
    assert search_spans("腿勤", "") == []


def _hit_pixels(tab: NotesTab, row: int, column: int) -> int:
    """Pixels of the hit colour in a cell of the list, as drawn."""
    view = tab.list
    rect = view.visualItemRect(view.topLevelItem(row))
    left = view.header().sectionViewportPosition(column)
    width = view.header().sectionSize(column)
    image = view.viewport().grab().toImage()
    colour = QColor(HIT_BG)
    n = 0
    for y in range(rect.top(), min(rect.bottom(), image.height())):
        for x in range(left, min(left + width, image.width())):
            if QColor(image.pixel(x, y)) == colour:
                n += 1
    return n


def test_the_search_words_are_marked_in_the_listed_notes(qtbot, tmp_path):
    store = NoteStore(tmp_path / "notes.sqlite")
    store.add("d1", 2, 0, len(QUOTE), QUOTE, note="基本功", doc_title="开班式讲话")
    store.add("d2", 1, 0, 6, "同志们要团结", note="", doc_title="工作会议讲话")
    tab = NotesTab()
    qtbot.addWidget(tab)
    tab.resize(600, 400)
    tab.show()
    qtbot.waitExposed(tab, timeout=WAIT_MS)
    tab.set_store(store, "d1")
    assert _hit_pixels(tab, 0, 0) == 0  # nothing searched: nothing marked
    tab.search_box.setText("眼勤")  # as an input method commits it
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: _hit_pixels(tab, 0, 0) > 20, timeout=WAIT_MS
    )  # in the quote, near its end
    assert _hit_pixels(tab, 0, 1) == 0  # the note (基本功) holds no hit
    tab.search_box.clear()
    tab.search_box.setText("基本功")
    qtbot.waitUntil(lambda: _hit_pixels(tab, 0, 1) > 20, timeout=WAIT_MS)
    assert _hit_pixels(tab, 0, 0) == 0
