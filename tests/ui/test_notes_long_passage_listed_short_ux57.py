"""A passage highlighted over many paragraphs is listed by its start and its end (ux57: with
highlights over paragraphs, a whole part of a report marked at once filled the 笔记 list with
one row, the other notes below the fold). A search still lists it whole, its hit marked, and
the tooltip holds all of it."""

from __future__ import annotations

from drafter.study.notes import NoteStore
from drafter.ui.study.notes_tab import QUOTE_SHOWN, NotesTab

from .waits import WAIT_MS

PASSAGE = "\n".join(
    [
        "一是腿勤。多到基层走走，掌握实情，把情况摸清摸透。",
        *[
            f"第{n}段：干部要在调查研究上下功夫，既要身入，更要心至，掌握第一手材料。"
            for n in range(9)
        ],
        "四是眼勤。多看多想，见微知著，勤于思考。",
    ]
)


def test_a_long_passage_is_listed_short_and_found_whole(qtbot, tmp_path):
    store = NoteStore(tmp_path / "notes.sqlite")
    store.add("d1", 3, 0, 21, PASSAGE, doc_title="开班式讲话", end_paragraph=13)
    store.add("d1", 20, 0, 6, "同志们要团结", note="呼应开头", doc_title="开班式讲话")
    tab = NotesTab()
    qtbot.addWidget(tab)
    tab.resize(600, 500)
    tab.show()
    qtbot.waitExposed(tab, timeout=WAIT_MS)
    tab.set_store(store, "d1")
    view = tab.list
    qtbot.waitUntil(lambda: view.topLevelItemCount() == 2, timeout=WAIT_MS)
    long_row = next(
        view.topLevelItem(i) for i in range(2) if view.topLevelItem(i).text(0).startswith("一是")
    )
    shown = long_row.text(0)
    assert len(shown) <= QUOTE_SHOWN and "……" in shown
    assert shown.startswith("一是腿勤。多到基层走走") and shown.endswith("勤于思考。")
    assert long_row.toolTip(0) == PASSAGE
    # both rows in view at once: the short note is not pushed below the fold
    other = next(view.topLevelItem(i) for i in range(2) if view.topLevelItem(i) is not long_row)
    assert view.visualItemRect(other).bottom() < view.viewport().height()
    # a word from the cut middle finds it, listed whole
    tab.search_box.setText("第5段")
    qtbot.waitUntil(lambda: view.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert view.topLevelItem(0).text(0) == PASSAGE
