"""对照 shows the two full texts side by side (issue 11: "two documents side by side with
their outlines aligned"), not only two outlines: an aligned row brings both texts to its
sections, and scrolling one keeps the other at the aligned section (同步滚动)."""

from __future__ import annotations

from tests.ui.study_setup import compare_with_second

from .waits import WAIT_MS


def _block(pane, paragraph):
    return pane.view.document().findBlockByNumber(pane.starts[paragraph]).text()


def _heading(pane, start):
    return next(i for i in range(len(pane.starts)) if _block(pane, i).startswith(start))


def _top_paragraph(pane):
    y = pane.top_y()
    return max(i for i in range(len(pane.starts)) if pane.y_of(i) <= y + 1)


def test_compare_shows_both_full_texts_and_rows_scroll_them(studied, qtbot):
    _window, panel, library, _first = studied
    win = compare_with_second(panel, library, qtbot)
    left = win.left.view.toPlainText()
    right = win.right.view.toPlainText()
    assert "一是腿勤。多到基层走走" in left and "二、坚持“三个服务”" in left
    assert "办公室是中枢。" in right and "三、做到“四勤”" in right
    win.resize(700, 260)  # small enough that the texts scroll
    qtbot.waitUntil(lambda: win.right.view.verticalScrollBar().maximum() > 0, timeout=WAIT_MS)
    # the row 二、 / 二、: both texts at their part 二
    rows = [win.outline.topLevelItem(i) for i in range(win.outline.topLevelItemCount())]
    second = next(r for r in rows if r.text(0).startswith("二、"))
    win.outline.setCurrentItem(second)
    a, b = second.data(0, 0x0100)
    assert _block(win.left, a).startswith("二、")
    assert _block(win.right, b).startswith("二、")
    assert win.right.top_y() == win.right.y_of(b) or win.right.top_y() == (
        win.right.view.verticalScrollBar().maximum()
    )
    # the dock's own aligned outline drives the window too
    dock_rows = [panel.compare.topLevelItem(i) for i in range(panel.compare.topLevelItemCount())]
    first_row = next(r for r in dock_rows if r.text(0).startswith("一、"))
    panel.compare.setCurrentItem(first_row)
    assert _top_paragraph(win.right) == first_row.data(0, 0x0100)[1]


def test_scrolling_one_text_keeps_the_other_aligned(studied, qtbot):
    _window, panel, library, _first = studied
    win = compare_with_second(panel, library, qtbot)
    win.resize(700, 260)
    qtbot.waitUntil(lambda: win.left.view.verticalScrollBar().maximum() > 0, timeout=WAIT_MS)
    assert win.sync.isChecked()
    # scroll the right text (全县) to its part 三 (四勤, which the left text has as 一、)
    second_b = _heading(win.right, "二、")
    win.right.scroll_to_y(win.right.y_of(second_b))
    two_a = _heading(win.left, "二、")
    assert win.left.top_y() == min(
        win.left.y_of(two_a), win.left.view.verticalScrollBar().maximum()
    )
    win.sync.setChecked(False)
    win.left.scroll_to_y(0)
    win.right.scroll_to_y(0)
    win.right.scroll_to_y(win.right.y_of(second_b))
    assert win.left.top_y() == 0
