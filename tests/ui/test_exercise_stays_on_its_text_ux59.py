"""A 提纲练习 under way stays on its text when the reader opens another (ux59, issue 11):
with the exercise in front, opening a second speech started an exercise on it at once (its
headings hidden before it was read, the 提纲练习进行中 banner over it) and the half-written
one left the screen. Now the new text is read as it is, the exercise says the reader shows
another text, 回到原文 brings its own back with every heading typed still there, and
练习这一篇 moves it to the new text, the old answers kept in the notes store."""

from __future__ import annotations

from .study_setup import open_and_study, studied  # noqa: F401 - the fixture
from .waits import WAIT_MS


def _type(exercise, n: int, text: str) -> None:
    box = exercise._boxes[n]
    box.setFocus()
    box.setText(text)
    box.textEdited.emit(text)


def _open(window, doc_id, qtbot):
    panel = window.study.panel
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        window.reader_panel.open_document(doc_id)


def test_the_exercise_waits_on_its_text_while_another_is_read(studied, qtbot):  # noqa: F811
    window, panel, library, first = studied
    mode, ex = window.study.mode, panel.exercise
    panel.tabs.setCurrentWidget(ex)
    assert mode.masked
    _type(ex, 0, "勤字当头")
    second = next(d for d in library.documents() if "全县" in (d.title or ""))

    _open(window, second.id, qtbot)
    assert panel.doc_id == second.id
    assert not mode.masked  # the new text is read with its headings
    assert "一、提高认识" in mode.page.text.toPlainText()
    assert ex.doc_id == first.id and ex.answers()[0] == "勤字当头"  # the exercise stayed
    assert ex.elsewhere_box.isVisible()
    said = ex.elsewhere.text()
    assert "全县办公室主任会议" in said and "青年干部培训班" in said
    assert ex.back_button.isVisible() and ex.take_button.isVisible()
    assert panel.print_button.isEnabled()  # this text's outline gives no exercise away

    ex.back_button.click()  # 回到原文
    qtbot.waitUntil(lambda: panel.doc_id == first.id and mode.masked, timeout=WAIT_MS)
    assert not ex.elsewhere_box.isVisible()
    assert ex.answers()[0] == "勤字当头"
    assert "一、＿＿＿＿＿＿" in mode.page.text.toPlainText()


def test_take_the_new_text_keeps_the_old_answers(studied, qtbot):  # noqa: F811
    window, panel, library, first = studied
    mode, ex = window.study.mode, panel.exercise
    panel.tabs.setCurrentWidget(ex)
    _type(ex, 1, "服务为本")
    second = next(d for d in library.documents() if "全县" in (d.title or ""))
    _open(window, second.id, qtbot)
    assert not mode.masked

    ex.take_button.click()  # 练习这一篇
    assert ex.doc_id == second.id and not ex.elsewhere_box.isVisible()
    assert mode.masked  # now this text's headings are the exercise's
    assert "一、＿＿＿＿＿＿" in mode.page.text.toPlainText()
    assert not any(ex.answers())
    kept = window.study.notes.attempts.for_document(first.id)  # back with the text
    assert kept and kept[0].answers[1].mine == "服务为本"


def test_with_the_exercise_behind_another_tab_it_follows_the_reader(studied, qtbot):  # noqa: F811
    window, panel, library, first = studied
    ex = panel.exercise
    panel.tabs.setCurrentIndex(0)  # 结构图 in front, nothing typed: nothing under way
    second = next(d for d in library.documents() if "全县" in (d.title or ""))
    _open(window, second.id, qtbot)
    assert ex.doc_id == second.id and not ex.elsewhere_box.isVisible()
    assert not window.study.mode.masked


def test_a_file_outside_the_library_keeps_its_typed_headings(studied, qtbot, tmp_path):  # noqa: F811
    """A file opened directly cannot keep its attempt: with headings typed, the exercise stays
    on it even behind another tab, says they are not saved, and has them when the file is
    opened again."""
    from drafter.corpus.load import load_document

    from .study_setup import FIRST

    window, panel, library, first = studied
    ex, reader = panel.exercise, window.reader_panel
    path = tmp_path / "外来讲话.txt"
    path.write_text(FIRST.replace("青年干部", "新任干部"), encoding="utf-8")
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        reader.show_document(load_document(path))
    assert panel.doc_id == "" and ex.doc_id == ""
    panel.tabs.setCurrentWidget(ex)
    _type(ex, 0, "四勤并举")
    panel.tabs.setCurrentIndex(0)  # behind another tab: still under way, unsaved
    _open(window, first.id, qtbot)
    # (its tab behind another: shown there, not on screen yet)
    assert ex.answers()[0] == "四勤并举" and not ex.elsewhere_box.isHidden()
    assert "不会保存" in ex.elsewhere.text()
    assert ex.back_button.isHidden()  # no library id to open it by
    with qtbot.waitSignal(panel.studied, timeout=WAIT_MS):
        reader.show_document(load_document(path))  # the file opened again
    assert ex.elsewhere_box.isHidden() and ex.answers()[0] == "四勤并举"
