"""The 笔记 list wraps its cells to the dock's width, so it shows no horizontal scrollbar.

ux80's walk found an empty horizontal scrollbar under the notes list: every cell wraps to
its column, yet in a narrow dock the stretched columns stopped at Qt's least section width
and, with the 文稿 column, summed to a few pixels more than the list; Qt offered to scroll
by them and kept the bar after the dock widened. (An own fixture.)
"""

from __future__ import annotations

import pytest

from drafter.study.notes import NoteStore
from drafter.ui.study.notes_tab import NotesTab

from .waits import WAIT_MS


@pytest.mark.parametrize("width", [260, 300, 640])
def test_the_notes_list_never_scrolls_sideways(qtbot, tmp_path, width):
    store = NoteStore(tmp_path / "notes.sqlite")
    long = "要坚持把学习作为第一需要，持之以恒地抓下去，在学懂弄通做实上下功夫" * 3
    for k in range(12):
        store.add("d1", k, 0, 10, long if k % 2 else "狠抓落实", note="开宗明义", doc_title="讲话")
    store.add("d2", 1, 0, 4, "狠抓落实", note="", doc_title="在全县优化营商环境工作会议上的讲话")
    tab = NotesTab()
    qtbot.addWidget(tab)
    tab.resize(width, 400)
    tab.show()
    qtbot.waitExposed(tab, timeout=WAIT_MS)
    tab.set_store(store, "d1")
    for scope in (1, 0):  # 全部笔记 (文稿 shown), 本篇笔记 (文稿 hidden)
        tab.scope.setCurrentIndex(scope)
        qtbot.waitUntil(lambda: tab.list.verticalScrollBar().isVisible(), timeout=WAIT_MS)
        assert not tab.list.horizontalScrollBar().isVisible()
        if scope == 0 or width >= 640:  # nothing cut off for it: the columns fit the list
            assert tab.list.header().length() <= tab.list.viewport().width(), (width, scope)
