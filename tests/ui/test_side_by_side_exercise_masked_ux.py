"""并排对照 must not show the answers of a 提纲练习 being written (ux16's walk).

The reader blanked the headings of the text under exercise, but the 并排对照 window, a
window of its own that stays open beside the exercise, still showed that text with every
heading in its pane and in its column of the aligned outline: the trainee read the answers
there. Now the window blanks the text under exercise as the reader does, whether it was open
before the exercise began or opened from the library during it, and shows the headings
again once the exercise is left. The other text keeps its headings: it is the model beside.
A pair asked for during the exercise no longer turns the dock to 对照 (which ended it)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from drafter.ui.models.documents import DocumentRole

from .study_setup import compare_with_second, studied  # noqa: F401 - the fixture
from .waits import WAIT_MS

HEADINGS = ("做到“四勤”", "坚持“三个服务”")


def _outline_texts(win, column):
    out, item = [], win.outline.topLevelItem(0)
    while item is not None:
        out.append(item.text(column) + item.toolTip(column))
        item = win.outline.itemBelow(item)
    return "\n".join(out)


def test_open_window_blanks_the_text_under_exercise(studied, qtbot):  # noqa: F811
    window, panel, library, first = studied
    win = compare_with_second(panel, library, qtbot)
    assert "一、做到“四勤”" in win.left.view.toPlainText()  # before: all there
    panel.tabs.setCurrentWidget(panel.exercise)  # the trainee starts the exercise
    assert window.study.mode.masked
    left = win.left.view.toPlainText()
    for heading in HEADINGS:
        assert heading not in left, heading
        assert heading not in _outline_texts(win, 0), heading
    assert "一、＿＿＿＿＿＿" in left and "多到基层走走" in left  # the text is there to read
    assert "办公室是中枢。" in win.right.view.toPlainText()  # the model beside keeps its own
    assert "提高认识" in _outline_texts(win, 2)
    assert "提纲练习进行中" in win.info.text()
    panel.tabs.setCurrentIndex(0)  # leaving the exercise shows them again, as the reader does
    assert not window.study.mode.masked
    assert "一、做到“四勤”" in win.left.view.toPlainText()
    assert "做到“四勤”" in _outline_texts(win, 0)


def test_window_opened_during_the_exercise_is_blanked(studied, qtbot):  # noqa: F811
    window, panel, library, first = studied
    panel.tabs.setCurrentWidget(panel.exercise)
    assert window.study.mode.masked
    second = next(d for d in library.documents() if "全县" in (d.title or ""))
    lib = window.library_panel
    model = lib.view.selectionModel()
    model.clearSelection()
    for doc_id in (second.id, first.id):  # the studied text chosen second: it goes left
        row = next(
            r
            for r in range(lib.proxy.rowCount())
            if lib.proxy.index(r, 0).data(DocumentRole).id == doc_id
        )
        model.select(
            lib.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    lib.compare_action.trigger()
    qtbot.waitUntil(
        lambda: panel.side_by_side is not None and panel.side_by_side.isVisible(), timeout=WAIT_MS
    )
    win = panel.side_by_side
    assert panel.tabs.currentWidget() is panel.exercise  # the exercise stays in front
    assert "全县" in win.right.title.text()
    left = win.left.view.toPlainText()
    for heading in HEADINGS:
        assert heading not in left, heading
        assert heading not in _outline_texts(win, 0), heading
    assert "明确目标" in win.right.view.toPlainText()  # the other text's headings stay


def test_outline_print_and_export_wait_for_the_exercise(studied, qtbot):  # noqa: F811
    """打印提纲 and 导出提纲 sit right above the exercise's boxes: while it is written they
    would print the answers, so they wait for 对照原文 (or for the trainee to leave)."""
    window, panel, library, first = studied
    assert panel.print_button.isEnabled() and panel.export_button.isEnabled()
    panel.tabs.setCurrentWidget(panel.exercise)
    assert not panel.print_button.isEnabled() and not panel.export_button.isEnabled()
    assert "提纲练习进行中" in panel.export_button.toolTip()
    panel.tabs.setCurrentIndex(0)
    assert panel.print_button.isEnabled() and panel.export_button.isEnabled()
