"""并排对照 shows the trainee's own highlights and notes, read-only (ux59, issue 11): a trainee
comparing two 范文 had marked both in the reader, and the window drew neither. Their tooltips
do not promise 点击可修改 (a click there changes nothing): a click on a note spells it out in
the line above the texts and says where it is changed. A note added in the reader while the
window stands open is drawn there too; the compared text's notes show beside."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from .study_setup import compare_with_second, select_words, studied  # noqa: F401 - fixture


def _tips(view) -> list[str]:
    """Every tooltip of the text's characters, in order."""
    out, block = [], view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            tip = it.fragment().charFormat().toolTip()
            if tip and (not out or out[-1] != tip):
                out.append(tip)
            it += 1
        block = block.next()
    return out


def _click_sign(qtbot, view) -> None:
    """Click the ✎ after a note's words, as the trainee does."""
    block, at, _note = view._note_signs[0]
    cursor = QTextCursor(view.document().findBlockByNumber(block))
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=at)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() + 4, rect.center().y())
    )


def test_the_window_draws_the_trainees_marks_read_only(studied, qtbot):  # noqa: F811
    window, panel, library, first = studied
    study = window.study
    text = study.mode.page.text
    paras = [p.text for p in study.doc.paragraphs()]
    tui = next(i for i, t in enumerate(paras) if "多到基层走走" in t)
    select_words(text, tui, "多到基层走走")
    assert study.add_note(False) is not None  # a highlight
    select_words(text, tui, "掌握实情")
    assert study.add_note(True, text="调研要实") is not None  # a note
    other = next(d for d in library.documents() if "全县" in (d.title or ""))
    study.notes.add(other.id, 0, 0, 4, "在全县办", note="对方的笔记", doc_title="全县")

    win = compare_with_second(panel, library, qtbot)
    left, right = _tips(win.left.view), _tips(win.right.view)
    assert "我的高亮" in left
    assert any(t.startswith("笔记：调研要实") for t in left), left
    assert not any("点击可修改" in t or "点击可写笔记" in t for t in left + right)
    assert any("在阅读器的学习模式中修改" in t for t in left)
    assert any(t.startswith("笔记：对方的笔记") for t in right), right  # the compared text's
    assert "✎" in win.left.view.toPlainText()

    _click_sign(qtbot, win.left.view)
    said = win.info.text()
    assert "我的笔记：调研要实" in said and "掌握实情" in said and "本文" in said
    assert "在阅读器的学习模式中修改" in said

    # the reader keeps its own promise: a click there changes the note
    assert any("点击可修改" in t for t in _tips(text))

    # a note added in the reader while the window stands open shows there too
    n = len(win.left.notes)
    select_words(text, tui, "一是腿勤")
    assert study.add_note(True, text="开门见山") is not None
    assert len(win.left.notes) == n + 1
    assert any(t.startswith("笔记：开门见山") for t in _tips(win.left.view))


def test_marks_off_the_notes_stay(studied, qtbot):  # noqa: F811
    window, panel, library, first = studied
    study = window.study
    text = study.mode.page.text
    paras = [p.text for p in study.doc.paragraphs()]
    select_words(text, next(i for i, t in enumerate(paras) if "多向群众" in t), "多向群众请教")
    assert study.add_note(True, text="问计于民") is not None
    win = compare_with_second(panel, library, qtbot)
    win.marks.setChecked(False)  # the study marks off: the trainee's own remain
    tips = _tips(win.left.view)
    assert any(t.startswith("笔记：问计于民") for t in tips)
    assert not any(t.startswith("提纲句") for t in tips)
