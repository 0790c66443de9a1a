"""并排对照 with 学习模式 on shows both texts annotated as the reader does (issue 11: frames and
their items coloured alike, roadmap and transition sentences marked, opening and closing parts
labelled), through the reader's own view; with the mode off the same layout without marks."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCursor

from drafter.ui.study.annotated_view import AnnotatedView
from tests.ui.study_setup import compare_with_second

from .waits import WAIT_MS


def _background_at(view, paragraph: int, words: str):
    """The background colour the pane shows on ``words`` of ``paragraph`` (its first char)."""
    block = view.document().findBlockByNumber(view.block_of(paragraph))
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=block.text().index(words) + 1)
    return cursor.charFormat().background().color().name()


def _paragraph(doc, start: str) -> int:
    return next(p.index for p in doc.paragraphs() if p.text.startswith(start))


def test_study_mode_annotates_both_texts_as_the_reader_does(studied, qtbot):
    window, panel, library, _first = studied
    win = compare_with_second(panel, library, qtbot)
    assert win.marks.isChecked() and win.legend.isVisibleTo(win)
    for pane in (win.left, win.right):
        assert isinstance(pane.view, AnnotatedView)  # the reader's view, not a copy
        # 四勤 is listed in both speeches: its phrase and its four items are marked
        frame = next(k for k, f in enumerate(pane.study.frames) if f.phrase == "四勤")
        marks = [m for m in pane.view.frame_marks if m.frame == frame]
        assert len(marks) == 5, marks
        text = pane.view.toPlainText()
        assert "〔提纲句〕" in text  # the roadmap sentence (我讲两点/三点意见)
        assert "〔开头〕" in text and "〔结尾〕" in text
    # the left text is exactly the reader's 学习模式 page (the same code lays both out)
    assert win.left.view.toPlainText() == window.study.mode.page.text.toPlainText()
    # a frame's phrase and its items share one colour
    left = win.left
    k = next(k for k, f in enumerate(left.study.frames) if f.phrase == "四勤")
    colour = left.view.frame_colour[k]
    item = _paragraph(left.doc, "二是口勤")
    assert _background_at(left.view, item, "口勤") == QColor(colour).lighter(108).name()
    heading = _paragraph(left.doc, "一、做到")
    assert _background_at(left.view, heading, "四勤") == colour
    # a click on an item links the whole frame in that pane
    left.view.click_at(item, 2)
    assert left.view.selected_frame == k
    assert len(left.view.extraSelections()) >= 5


def test_marks_follow_the_study_mode_and_the_place_is_kept(studied, qtbot):
    window, panel, library, _first = studied
    win = compare_with_second(panel, library, qtbot)
    win.resize(700, 300)
    qtbot.waitUntil(lambda: win.left.view.verticalScrollBar().maximum() > 0, timeout=WAIT_MS)
    second = _paragraph(win.left.doc, "二是口勤")
    win.sync.setChecked(False)
    win.left.scroll_to_y(win.left.y_of(second))
    assert win.left.top_paragraph() == second
    window.study_action.trigger()  # 学习模式 off
    assert not win.marks.isChecked() and not win.legend.isVisibleTo(win)
    for pane in (win.left, win.right):
        assert pane.view.frame_marks == []
        assert "〔" not in pane.view.toPlainText()
    assert "一是腿勤" in win.left.view.toPlainText()
    # the trainee was reading 二是口勤: the text is laid out anew, not moved
    qtbot.waitUntil(lambda: win.left.top_paragraph() == second, timeout=WAIT_MS)
    block = win.left.view.document().findBlockByNumber(win.left.starts[second])
    assert block.text().startswith("二是口勤")
    window.study_action.trigger()  # on again
    assert win.marks.isChecked()
    assert win.left.view.frame_marks and win.right.view.frame_marks
    # the window's own box switches this window alone
    win.marks.setChecked(False)
    assert win.left.view.frame_marks == [] and window.study_action.isChecked()


def test_a_click_on_a_frame_spells_it_out_above_the_texts(studied, qtbot):
    """As the reader's info line does: the frame clicked in either text, its items as links that
    go to that text; a click on plain text brings the hint back."""
    _window, panel, library, _first = studied
    win = compare_with_second(panel, library, qtbot)
    right = win.right
    k = next(k for k, f in enumerate(right.study.frames) if f.phrase == "四勤")
    item = _paragraph(right.doc, "三是手勤")
    right.view.click_at(item, 2)
    text = win.info.text()
    assert text.startswith("<b>对照文</b>") and "“手勤”是" in text and "共 4 项" in text
    assert "④眼勤" in text
    win.info.linkActivated.emit(f"item:{k}:0")  # ①腿勤
    assert right.view.selected_frame == k
    assert right.view.textCursor().block().text().startswith("一是腿勤")
    plain = _paragraph(right.doc, "办公室是中枢")
    right.view.click_at(plain, 1)
    assert "点彩色词语" in win.info.text() and right.view.selected_frame is None
