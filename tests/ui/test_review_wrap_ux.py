"""审稿 at 1280x720: a finding's explanation wraps instead of being cut to the panel's width
(“同组其他标题都是动宾结构（压实……），这一条是名词短语：对…” lost its suggestion)."""

from __future__ import annotations

from tests.ui.review_setup import review_draft, review_in_window

from .waits import WAIT_MS


def test_a_long_finding_wraps_in_a_narrow_panel(qtbot, make_window):
    window = make_window()
    panel = review_in_window(qtbot, window, review_draft()).panel
    panel.tree.expandAll()
    panel.tree.resize(160, 600)
    tree = panel.tree
    longest = max(
        (tree.itemFromIndex(i) for i in _leaves(tree)), key=lambda item: len(item.text(0))
    )
    index = tree.indexFromItem(longest)
    qtbot.waitUntil(lambda: tree.visualRect(index).height() > 0, timeout=WAIT_MS)
    lines = tree.visualRect(index).height() / tree.fontMetrics().lineSpacing()
    text_width = tree.fontMetrics().horizontalAdvance(longest.text(0).split("\n")[-1])
    assert text_width > tree.columnWidth(0)  # would not fit on one line
    assert lines >= 3  # the snippet line and the explanation over two lines or more


def _leaves(tree):
    out, stack = [], [tree.model().index(r, 0) for r in range(tree.model().rowCount())]
    while stack:
        index = stack.pop()
        rows = tree.model().rowCount(index)
        if rows == 0:
            out.append(index)
        stack.extend(tree.model().index(r, 0, index) for r in range(rows))
    return out
