"""本篇笔记 lists this document's notes without a 文稿 column (ux53's walk: every row said the
title of the document shown, in a column sized to it that took half the 学习 dock at
1280x720 from 原文 and 笔记); 全部笔记, a search and 全部提纲练习 still say each row's document."""

from __future__ import annotations

from drafter.study.notes import NoteStore
from drafter.ui.study.notes_tab import NotesTab

from .waits import WAIT_MS


def test_the_document_column_shows_only_where_rows_differ(qtbot, tmp_path):
    store = NoteStore(tmp_path / "notes.sqlite")
    store.add("d1", 2, 0, 6, "同志们要团结", note="开宗明义", doc_title="2026年某省政府工作报告")
    store.add("d2", 1, 0, 4, "狠抓落实", note="", doc_title="在全县工作会议上的讲话")
    tab = NotesTab()
    qtbot.addWidget(tab)
    tab.resize(410, 400)
    tab.show()
    qtbot.waitExposed(tab, timeout=WAIT_MS)
    tab.set_store(store, "d1")
    assert tab.list.topLevelItemCount() == 1
    assert tab.list.isColumnHidden(2)
    quote_width = tab.list.columnWidth(0)

    tab.scope.setCurrentIndex(1)  # 全部笔记
    assert tab.list.topLevelItemCount() == 2 and not tab.list.isColumnHidden(2)
    assert tab.list.columnWidth(0) < quote_width  # the room the column took back

    tab.scope.setCurrentIndex(0)
    tab.search_box.setText("落实")  # a search looks through every document
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert not tab.list.isColumnHidden(2)
    assert tab.list.topLevelItem(0).text(2) == "在全县工作会议上的讲话"

    tab.search_box.setText("")
    tab.scope.setCurrentIndex(2)  # 全部提纲练习
    assert not tab.list.isColumnHidden(2)
