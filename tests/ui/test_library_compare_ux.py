"""并排对照 from the library table (lead's findings, stop 18): with two documents selected the
table's context menu offers 并排对照, which opens the same side-by-side window the 学习 tab's
对照 opens, its study marks following 学习模式; with one selected, 与…并排对照… picks the
other. Before, the menu had only 在阅读器中打开/编辑信息/移除 and the only way was four steps
through the 学习 tab. The header rows of the aligned outline never end at an empty
"数字概括：" either."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer

from drafter.ui.models.documents import DocumentRole

from .waits import WAIT_MS

# a third speech: headings, no numeric summary spelled out, no closing
THIRD = """在全区安全生产工作会议上的讲话
同志们：
今天召开会议，研究部署安全生产工作。
一、认清形势
今年以来全区安全生产总体平稳。
二、压实责任
各部门要把责任落到每个岗位。
"""


def _add_third(window, library, qtbot, tmp_path):
    folder = tmp_path / "third"
    folder.mkdir()
    (folder / "安全生产会议讲话.txt").write_text(THIRD, encoding="utf-8")
    with qtbot.waitSignal(window.library_panel.import_finished, timeout=WAIT_MS):
        window.library_panel.import_paths([folder])
    return next(d for d in library.documents() if "安全生产" in (d.title or ""))


def _select(panel, *ids):
    """Select the table rows of ``ids`` as ctrl-clicks would, in that order."""
    view, proxy = panel.view, panel.proxy
    model = view.selectionModel()
    model.clearSelection()
    for doc_id in ids:
        row = next(
            r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(DocumentRole).id == doc_id
        )
        model.select(
            proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _menu_texts(panel):
    """What the table's context menu offers (it is built from the view's visible actions)."""
    return [a.text() for a in panel.view.actions() if a.isVisible()]


def test_two_selected_documents_open_side_by_side_from_the_menu(studied, qtbot, tmp_path):
    window, panel, library, first = studied
    third = _add_third(window, library, qtbot, tmp_path)
    second = next(d for d in library.documents() if "全县" in (d.title or ""))
    lib = window.library_panel
    _select(lib, second.id, third.id)
    assert "并排对照" in _menu_texts(lib)
    assert "与…并排对照…" not in _menu_texts(lib)
    lib.compare_action.trigger()
    qtbot.waitUntil(
        lambda: panel.side_by_side is not None and panel.side_by_side.isVisible(), timeout=WAIT_MS
    )
    win = panel.side_by_side
    assert "办公室是中枢。" in win.left.view.toPlainText()
    assert "各部门要把责任落到每个岗位。" in win.right.view.toPlainText()
    assert "安全生产" in win.windowTitle() and "全县" in win.windowTitle()
    # the reader is in 学习模式 (the fixture switched it on): the texts carry the marks,
    # and switching the mode off takes them away, as it does for the 对照 tab's window
    assert win.marks.isChecked()
    window.study_action.trigger()
    assert not win.marks.isChecked()
    # the third text spells out no numeric summary: its row says so
    rows = [win.outline.topLevelItem(i) for i in range(win.outline.topLevelItemCount())]
    frames_row = next(r for r in rows if r.text(0).startswith("数字概括"))
    assert "四勤" in frames_row.text(0)
    assert frames_row.text(2) == "数字概括：无"
    closing_row = next(r for r in rows if r.text(0).startswith("〔结尾〕"))
    assert closing_row.text(2) == "〔结尾〕未找到"
    # a pair chosen in the table stays open when the reader moves to another document
    with qtbot.waitSignal(window.reader_panel.document_opened, timeout=WAIT_MS):
        window.reader_panel.open_document(second.id)
    assert win.isVisible()


def test_the_studied_text_goes_left_and_fills_the_study_tab(studied, qtbot):
    window, panel, library, first = studied
    second = next(d for d in library.documents() if "全县" in (d.title or ""))
    lib = window.library_panel
    _select(lib, second.id, first.id)
    lib.compare_action.trigger()
    qtbot.waitUntil(
        lambda: panel.side_by_side is not None and panel.side_by_side.isVisible(), timeout=WAIT_MS
    )
    win = panel.side_by_side
    assert "一是腿勤。多到基层走走" in win.left.view.toPlainText()  # the reader's text
    assert "办公室是中枢。" in win.right.view.toPlainText()
    assert panel.compare.topLevelItemCount() > 0  # the 对照 tab shows the same pair
    assert panel.compare_box.currentData() == second.id


def test_one_selected_document_is_compared_with_one_picked(studied, qtbot, tmp_path):
    window, panel, library, first = studied
    third = _add_third(window, library, qtbot, tmp_path)
    lib = window.library_panel
    _select(lib, third.id)
    assert "与…并排对照…" in _menu_texts(lib)
    assert "并排对照" not in _menu_texts(lib)
    _select(lib)
    assert "与…并排对照…" not in _menu_texts(lib)  # nothing selected: neither
    _select(lib, third.id)
    seen = {}

    def pick():
        dialog = lib._pick_dialog
        seen["rows"] = dialog.list.count()
        dialog.filter.setText("办公室主任")  # words inside a title narrow the list
        seen["shown"] = [
            dialog.list.item(r).text()
            for r in range(dialog.list.count())
            if not dialog.list.item(r).isHidden()
        ]
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, pick)
    lib.compare_with_action.trigger()
    assert seen["rows"] == 2  # the other two texts, not the selected one
    assert len(seen["shown"]) == 1 and "全县" in seen["shown"][0]
    qtbot.waitUntil(
        lambda: panel.side_by_side is not None and panel.side_by_side.isVisible(), timeout=WAIT_MS
    )
    win = panel.side_by_side
    assert "各部门要把责任落到每个岗位。" in win.left.view.toPlainText()
    assert "办公室是中枢。" in win.right.view.toPlainText()


def test_opening_and_closing_rows_have_lengths_and_go_to_the_closings(studied, qtbot):
    """The 〔开头〕/〔结尾〕 rows gave no 字数 (a trainee compares how long each speaker takes
    to open and to close), and choosing 〔结尾〕 moved neither text."""
    _window, panel, library, first = studied
    from tests.ui.study_setup import compare_with_second

    win = compare_with_second(panel, library, qtbot)
    rows = [win.outline.topLevelItem(i) for i in range(win.outline.topLevelItemCount())]
    opening = next(r for r in rows if r.text(0).startswith("〔开头〕"))
    closing = next(r for r in rows if r.text(0).startswith("〔结尾〕"))
    for row in (opening, closing):
        assert row.text(1).isdigit() and row.text(3).isdigit()
    win.resize(700, 260)  # small enough that the texts scroll
    qtbot.waitUntil(lambda: win.left.view.verticalScrollBar().maximum() > 0, timeout=WAIT_MS)
    win.outline.setCurrentItem(closing)
    a, b = closing.data(0, 0x0100)
    assert "让我们共同努力" in win.left.view.document().findBlockByNumber(win.left.starts[a]).text()
    left_bar, right_bar = win.left.view.verticalScrollBar(), win.right.view.verticalScrollBar()
    assert win.left.top_y() == min(win.left.y_of(a), left_bar.maximum()) > 0
    assert win.right.top_y() == min(win.right.y_of(b), right_bar.maximum()) > 0
